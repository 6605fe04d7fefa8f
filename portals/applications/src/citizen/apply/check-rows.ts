import { sortServices, type ServiceType } from '../service-order.ts';
import type { AnswersForm } from './answers-form.ts';
import { isOfferedLanguage } from './languages.ts';
import { needsStep, stepPaths } from './steps.ts';

/** One answer on "Kontrollera dina svar": what was asked, what was answered, where to change it. */
export interface CheckRow {
  /** stable id; also the id of its "Ändra" link, so an error can point at it */
  id: string;
  /** message key of the question, or a service whose needs this row shows */
  labelKey: string;
  service?: ServiceType;
  /** message keys and literal text, shown as separate lines */
  value: Array<{ key: string; params?: Record<string, string> } | { text: string }>;
  changePath: string;
}

export interface CheckSection {
  headingKey: string;
  rows: CheckRow[];
}

const none = { key: 'applications.citizen.check.nothing' };
const yesNo = (value: '' | 'yes' | 'no') => (value ? { key: `applications.citizen.apply.${value}` } : none);
const text = (value: string) => (value.trim() ? { text: value.trim() } : none);

/** The answers in the order they were asked, grouped the way a person thinks about them. */
export function checkSections(form: AnswersForm): CheckSection[] {
  const services = sortServices(form.services);
  const language = form.language.trim();
  return [
    {
      headingKey: 'applications.citizen.check.section.services',
      rows: [
        {
          id: 'check-services',
          labelKey: 'applications.citizen.check.services',
          value: services.length ? services.map((s) => ({ key: `applications.serviceType.${s}` })) : [none],
          changePath: stepPaths.services,
        },
        ...services.map((service) => ({
          id: `check-needs-${needsStep(service).path.split('/')[1]}`,
          labelKey: 'applications.citizen.check.needs',
          service,
          value: [text(form.needs[service] ?? '')],
          changePath: needsStep(service).path,
        })),
      ],
    },
    {
      headingKey: 'applications.citizen.check.section.situation',
      rows: [
        { id: 'check-lives-alone', labelKey: 'applications.citizen.check.livesAlone', value: [yesNo(form.livesAlone)], changePath: stepPaths.livesAlone },
        { id: 'check-relatives', labelKey: 'applications.citizen.check.relatives', value: [text(form.helpFromRelatives)], changePath: stepPaths.relatives },
        { id: 'check-hospital', labelKey: 'applications.citizen.check.hospital', value: [yesNo(form.recentHospitalStay)], changePath: stepPaths.hospital },
      ],
    },
    {
      headingKey: 'applications.citizen.check.section.contact',
      rows: [
        {
          id: 'check-contact-method',
          labelKey: 'applications.citizen.check.contactMethod',
          value: [form.contactMethod ? { key: `applications.citizen.contactMethod.${form.contactMethod}` } : none],
          changePath: stepPaths.contactMethod,
        },
        ...(form.contactWhom
          ? [{ id: 'check-contact-whom', labelKey: 'applications.citizen.check.contactWhom', value: [{ key: `applications.citizen.check.contactWhomValue.${form.contactWhom}` }], changePath: stepPaths.contactDetails }]
          : []),
        { id: 'check-phone', labelKey: 'applications.citizen.check.phone', value: [text(form.phone)], changePath: stepPaths.contactDetails },
        { id: 'check-email', labelKey: 'applications.citizen.check.email', value: [text(form.email)], changePath: stepPaths.contactDetails },
        ...(form.contactMethod === 'LETTER'
          ? []
          : [{ id: 'check-best-time', labelKey: 'applications.citizen.check.bestTime', value: [text(form.bestTime)], changePath: stepPaths.bestTime }]),
      ],
    },
    {
      headingKey: 'applications.citizen.check.section.language',
      rows: [
        {
          id: 'check-language',
          labelKey: 'applications.citizen.check.language',
          value: [language ? (isOfferedLanguage(language) ? { key: `applications.citizen.languages.${language}` } : { text: language }) : none],
          changePath: stepPaths.language,
        },
        { id: 'check-interpreter', labelKey: 'applications.citizen.check.interpreter', value: [yesNo(form.interpreterNeeded)], changePath: stepPaths.interpreter },
        { id: 'check-consent', labelKey: 'applications.citizen.check.consent', value: [yesNo(form.consentToContactHealthCare)], changePath: stepPaths.consent },
      ],
    },
  ];
}

/** The row a server validation issue is about, found by the page it belongs to. */
export function rowForPath(sections: CheckSection[], path: string): CheckRow | undefined {
  return sections.flatMap((s) => s.rows).find((row) => row.changePath === path);
}
