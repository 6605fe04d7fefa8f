import { serviceSlugs, serviceTypeFromSlug, sortServices, type ServiceType } from '../service-order.ts';
import type { AnswersForm } from './answers-form.ts';

/** One question per page, in this order; the needs page repeats once per chosen service. */
export type StepKind =
  | 'services'
  | 'needs'
  | 'livesAlone'
  | 'relatives'
  | 'hospital'
  | 'contactMethod'
  | 'contactDetails'
  | 'bestTime'
  | 'language'
  | 'interpreter'
  | 'consent'
  | 'check';

export interface Step {
  kind: StepKind;
  /** The part of the address after /ansokan/:id/, also saved as the draft's draftStep. */
  path: string;
  service?: ServiceType;
}

const fixedPaths: Record<Exclude<StepKind, 'needs'>, string> = {
  services: 'insatser',
  livesAlone: 'bor-ensam',
  relatives: 'anhoriga',
  hospital: 'sjukhus',
  contactMethod: 'kontaktsatt',
  contactDetails: 'kontaktuppgifter',
  bestTime: 'basta-tid',
  language: 'sprak',
  interpreter: 'tolk',
  consent: 'samtycke',
  check: 'kontrollera',
};

export const stepPaths = fixedPaths;
export const needsPathPrefix = 'behov/';

function fixed(kind: Exclude<StepKind, 'needs'>): Step {
  return { kind, path: fixedPaths[kind] };
}

export function needsStep(service: ServiceType): Step {
  return { kind: 'needs', path: `${needsPathPrefix}${serviceSlugs[service]}`, service };
}

/**
 * The pages for these answers, ending with "check your answers". A letter needs no best time
 * to call, so that page is left out when letter is chosen.
 */
export function stepOrder(form: Pick<AnswersForm, 'services' | 'contactMethod'>): Step[] {
  return [
    fixed('services'),
    ...sortServices(form.services).map(needsStep),
    fixed('livesAlone'),
    fixed('relatives'),
    fixed('hospital'),
    fixed('contactMethod'),
    fixed('contactDetails'),
    ...(form.contactMethod === 'LETTER' ? [] : [fixed('bestTime')]),
    fixed('language'),
    fixed('interpreter'),
    fixed('consent'),
    fixed('check'),
  ];
}

/** The step at an address, or null when the address names no page (or a service not chosen). */
export function stepAt(path: string): Step | null {
  if (path.startsWith(needsPathPrefix)) {
    const service = serviceTypeFromSlug(path.slice(needsPathPrefix.length));
    return service ? needsStep(service) : null;
  }
  const kind = (Object.keys(fixedPaths) as Array<keyof typeof fixedPaths>).find((k) => fixedPaths[k] === path);
  return kind ? fixed(kind) : null;
}

function indexIn(order: Step[], path: string): number {
  return order.findIndex((step) => step.path === path);
}

export function nextStep(order: Step[], current: string): Step {
  const index = indexIn(order, current);
  return order[index + 1] ?? order[order.length - 1]!;
}

/** Where "Tillbaka" leads: the page before, or null on the first page. */
export function previousStep(order: Step[], current: string): Step | null {
  const index = indexIn(order, current);
  return index > 0 ? order[index - 1]! : null;
}
