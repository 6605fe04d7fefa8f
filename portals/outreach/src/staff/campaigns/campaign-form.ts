import { optionalDay } from '@omsorg/rules';
import { z } from 'zod';
import type { CampaignInput, CohortRuleInput, StaffCampaignFieldsFragment } from '../../generated/graphql.ts';

/*
 * The campaign editor's values and rules. The service checks the same bounds
 * (services/outreach/src/domain/cohort.ts) and answers in the user's language; these keep a form
 * from being sent with what it will refuse. Message keys are under outreach.staff.form.
 */

export const AGE_MIN = 60;
export const AGE_MAX = 110;
export const MONTHS_MAX = 120;
export const AREAS_MAX = 50;
export const AREA_MAX_LENGTH = 100;
export const REMINDER_WEEKS_MIN = 1;
export const REMINDER_WEEKS_MAX = 52;

/** A whole number typed in a text field ("75"), within bounds; `optional` lets it be empty (null). */
const wholeNumber = (min: number, max: number, key: string, optional = false) =>
  z
    .string()
    .trim()
    .refine((value) => (optional && value === '') || (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max), { message: key })
    .transform((value) => (value === '' ? null : Number(value)));

/** Areas typed by hand, separated by commas or new lines. */
export function typedAreas(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((area) => area.trim())
    .filter((area) => area !== '');
}

const ruleFields = {
  age: wholeNumber(AGE_MIN, AGE_MAX, 'error.age'),
  year: wholeNumber(2000, 2100, 'error.year'),
  districtAreas: z.array(z.string()),
  otherAreas: z.string().max(AREAS_MAX * (AREA_MAX_LENGTH + 2)),
  excludeCurrentCare: z.boolean(),
  notInvitedWithinMonths: wholeNumber(0, MONTHS_MAX, 'error.months', true),
};
const ruleSchema = z.object(ruleFields);

export const campaignSchema = z
  .object({
    name: z.string().trim().min(1, 'error.name').max(200),
    startsOn: optionalDay,
    endsOn: optionalDay,
    targetDescription: z.string().trim().max(2000),
    reminderAfterWeeks: wholeNumber(REMINDER_WEEKS_MIN, REMINDER_WEEKS_MAX, 'error.reminderWeeks', true),
    ...ruleFields,
  })
  .superRefine((values, context) => {
    if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) context.addIssue({ code: 'custom', path: ['endsOn'], message: 'error.period' });
    const areas = [...values.districtAreas, ...typedAreas(values.otherAreas)];
    if (areas.length > AREAS_MAX) context.addIssue({ code: 'custom', path: ['districtAreas'], message: 'error.areasTooMany' });
    if (typedAreas(values.otherAreas).some((area) => area.length > AREA_MAX_LENGTH)) context.addIssue({ code: 'custom', path: ['otherAreas'], message: 'error.areasTooLong' });
  });

export type CampaignFormValues = z.input<typeof campaignSchema>;
type Checked = z.output<typeof campaignSchema>;

/** A new campaign: the health conversations' usual rule (75 this year, no current care, not invited within a year). */
export function emptyCampaign(year: number): CampaignFormValues {
  return {
    name: '',
    startsOn: '',
    endsOn: '',
    targetDescription: '',
    reminderAfterWeeks: '',
    age: '75',
    year: String(year),
    districtAreas: [],
    otherAreas: '',
    excludeCurrentCare: true,
    notInvitedWithinMonths: '12',
  };
}

/** The form's values of a saved campaign; areas not among the known ones go to the free text. */
export function campaignValues(campaign: StaffCampaignFieldsFragment, knownAreas: readonly string[]): CampaignFormValues {
  const rule = campaign.cohortRule;
  return {
    name: campaign.name,
    startsOn: campaign.startsOn ?? '',
    endsOn: campaign.endsOn ?? '',
    targetDescription: campaign.targetDescription,
    reminderAfterWeeks: campaign.reminderAfterWeeks === null || campaign.reminderAfterWeeks === undefined ? '' : String(campaign.reminderAfterWeeks),
    age: rule.age === null || rule.age === undefined ? '' : String(rule.age),
    year: rule.year === null || rule.year === undefined ? '' : String(rule.year),
    districtAreas: rule.districtAreas.filter((area) => knownAreas.includes(area)),
    otherAreas: rule.districtAreas.filter((area) => !knownAreas.includes(area)).join(', '),
    excludeCurrentCare: rule.excludeCurrentCare,
    notInvitedWithinMonths: rule.notInvitedWithinMonths === null || rule.notInvitedWithinMonths === undefined ? '' : String(rule.notInvitedWithinMonths),
  };
}

/** The rule as the service takes it, from values that may not be checked yet (the live preview); null when not usable. */
export function ruleOf(values: CampaignFormValues): CohortRuleInput | null {
  const parsed = ruleSchema.safeParse(values);
  if (!parsed.success) return null;
  const rule = ruleInput(parsed.data);
  return rule.districtAreas.length === 0 || rule.districtAreas.length > AREAS_MAX ? null : rule;
}

function ruleInput(values: z.output<typeof ruleSchema>): CohortRuleInput {
  return {
    age: values.age,
    year: values.year,
    districtAreas: [...values.districtAreas, ...typedAreas(values.otherAreas)],
    excludeCurrentCare: values.excludeCurrentCare,
    notInvitedWithinMonths: values.notInvitedWithinMonths,
  };
}

export function toCampaignInput(values: Checked): CampaignInput {
  return {
    name: values.name,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    targetDescription: values.targetDescription,
    cohortRule: ruleInput(values),
    reminderAfterWeeks: values.reminderAfterWeeks,
  };
}
