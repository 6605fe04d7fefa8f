export { default as AccountArea } from './components/AccountArea.vue';
export { default as LanguageSwitcher } from './components/LanguageSwitcher.vue';
export { default as PageLayout } from './components/PageLayout.vue';
export { default as RemoteUnavailable } from './components/RemoteUnavailable.vue';
export { default as SignInLink } from './components/SignInLink.vue';
export { default as SignOutButton } from './components/SignOutButton.vue';
export { default as TextSizeSetting } from './components/TextSizeSetting.vue';
export { default as UiButton } from './components/UiButton.vue';
export { default as UiCheckbox } from './components/UiCheckbox.vue';
export { default as UiErrorSummary } from './components/UiErrorSummary.vue';
export { default as UiLiveRegion } from './components/UiLiveRegion.vue';
export { default as UiNavList } from './components/UiNavList.vue';
export { default as UiNotice } from './components/UiNotice.vue';
export { default as UiPager } from './components/UiPager.vue';
export { default as UiRadioGroup } from './components/UiRadioGroup.vue';
export { default as UiSelect } from './components/UiSelect.vue';
export { default as UiTextArea } from './components/UiTextArea.vue';
export { default as UiTextField } from './components/UiTextField.vue';
export type { ChoiceOption } from './components/choice-option.ts';
export type { FieldError } from './components/field-error.ts';

export { useAnnouncer } from './composables/useAnnouncer.ts';
export { useLocale, usePersonLocale } from './composables/useLocale.ts';
export { useMe, type MeStatus } from './composables/useMe.ts';
export { usePageTitle } from './composables/usePageTitle.ts';
export { useRouteFocus } from './composables/useRouteFocus.ts';
export { usePageLoadFailure, useShellNavigation } from './composables/useShellNavigation.ts';
export { applyTextSize, textSizes, useTextSize, type TextSize } from './composables/useTextSize.ts';

export { RepresentationKind, StaffRole, type Actor, type Person, type Representation, type StaffMember } from './graphql/actor.ts';
export { documentHash, graphqlRequest, type GraphqlRequestOptions } from './graphql/graphql-request.ts';
export { GraphqlRequestError, isGraphqlRequestError, type GraphqlErrorItem, type GraphqlFailureKind } from './graphql/graphql-request-error.ts';

export { createPortalI18n, loadLocale, mergeMessages, messagesReady, type PortalI18n } from './i18n/create-portal-i18n.ts';
export { lazyMessages, type LazyLocaleMessages, type MessageLoader } from './i18n/lazy-messages.ts';
export { loadRouteMessages } from './i18n/route-messages.ts';
export { applyLocale, chosenLocale, currentLocale } from './i18n/current-locale.ts';
export { formatDate, formatDateTime, SERVICE_TIME_ZONE, stockholmDay } from './i18n/format.ts';
export { defaultLocale, directionOf, isLocale, localeNames, supportedLocales, type Locale, type LocaleMessages, type MessageTree } from './i18n/locales.ts';

export { defineRemoteModule, type NavigationItem, type RemoteDefinition, type RemoteModule, type RemoteWidgets } from './remote/contract.ts';
export { isAllowed, loadRemotes, type RemoteRegistry, type RemoteState } from './remote/remote-registry.ts';
export { default as UiLoadError } from './components/UiLoadError.vue';
export { default as UiLoading } from './components/UiLoading.vue';
export { useAsyncData } from './composables/useAsyncData.ts';
export { default as LoginProblemNotice } from './components/LoginProblemNotice.vue';
export { default as SessionEndedNotice } from './components/SessionEndedNotice.vue';
export { isLeavingForSignIn, keepFormsBeforeSignIn, markSessionEnded, signInAgainHref, takeKeptForm, useKeptForm, useKeptFormRestored, useSessionEnded } from './session/session-ended.ts';
