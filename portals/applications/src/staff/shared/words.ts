import { currentLocale } from '@omsorg/ui';
import { useI18n } from 'vue-i18n';
import type { ApplicationStatus, DecisionOutcome, ServiceType } from '../../generated/graphql.ts';

/**
 * Words for enum values, keyed by the generated enums (words.test.ts checks each has one). Service types and decision outcomes come from the remote's shared words
 * file when it has them (citizens and staff then read the same word). Statuses and events are
 * worded for caseworkers in the staff file (the shared ones speak to the applicant).
 */
export function useWords() {
  const { t, te } = useI18n();
  const shared = (sharedKey: string, staffKey: string): string => (te(sharedKey) || te(sharedKey, 'sv') ? t(sharedKey) : t(staffKey));

  function language(code: string | null | undefined): string {
    if (!code) return t('applications.staff.common.notGiven');
    try {
      const name = new Intl.DisplayNames([currentLocale()], { type: 'language' }).of(code);
      return name ?? code;
    } catch {
      return code;
    }
  }

  return {
    t,
    serviceType: (type: ServiceType) => shared(`applications.serviceType.${type}`, `applications.staff.words.serviceType.${type}`),
    eventType: (type: string) =>
      te(`applications.staff.words.eventType.${type}`, 'sv')
        ? t(`applications.staff.words.eventType.${type}`)
        : shared(`applications.eventType.${type}`, 'applications.staff.words.eventType.OTHER'),
    status: (status: ApplicationStatus) => t(`applications.staff.words.status.${status}`),
    lifeArea: (area: string) => t(`applications.staff.words.lifeArea.${area}`),
    outcome: (outcome: DecisionOutcome) => shared(`applications.decisionOutcome.${outcome}`, `applications.staff.words.outcome.${outcome}`),
    yesNo: (value: boolean | null | undefined) =>
      value === true ? t('applications.staff.common.yes') : value === false ? t('applications.staff.common.no') : t('applications.staff.common.notGiven'),
    language,
  };
}
