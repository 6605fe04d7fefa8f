import { createI18n } from 'vue-i18n';
import { applyLocale, storedLocale } from './current-locale.ts';
import { lazyMessages, type LazyLocaleMessages } from './lazy-messages.ts';
import { defaultLocale, type Locale } from './locales.ts';

const uiMessages = lazyMessages({
  sv: () => import('../locales/sv.json'),
  en: () => import('../locales/en.json'),
  fi: () => import('../locales/fi.json'),
  ar: () => import('../locales/ar.json'),
});

/** The global composer's message API, which is all the loading needs (useI18n returns the same object). */
interface MessageTarget {
  mergeLocaleMessage: (locale: string, messages: Record<string, unknown>) => void;
  locale: { value: string };
}

interface LoadState {
  sources: Map<LazyLocaleMessages, Map<Locale, Promise<void>>>;
  /** The language being switched to, so a remote that joins meanwhile loads it as well. */
  target: Locale;
}

const states = new WeakMap<object, LoadState>();

function stateOf(target: MessageTarget): LoadState {
  let state = states.get(target);
  if (!state) {
    state = { sources: new Map(), target: target.locale.value as Locale };
    states.set(target, state);
  }
  return state;
}

/** The language itself and, unless it is Swedish, Swedish for any text it lacks. */
function withFallback(locale: Locale): Locale[] {
  return locale === defaultLocale ? [locale] : [locale, defaultLocale];
}

function loadOne(target: MessageTarget, source: LazyLocaleMessages, locale: Locale): Promise<void> {
  const loaded = stateOf(target).sources.get(source);
  if (!loaded) return Promise.resolve();
  const load = source[locale];
  // A package without plain-Swedish messages shows its Swedish ones (the fallback, loaded too).
  if (!load) return Promise.resolve();
  let pending = loaded.get(locale);
  if (!pending) {
    pending = load().then((tree) => target.mergeLocaleMessage(locale, tree));
    // A failed fetch is tried again next time rather than remembered.
    pending.catch(() => loaded.delete(locale));
    loaded.set(locale, pending);
  }
  return pending;
}

function loadFor(target: MessageTarget, sources: LazyLocaleMessages[], locales: Locale[]): Promise<void> {
  return Promise.all(sources.flatMap((source) => locales.map((locale) => loadOne(target, source, locale)))).then(() => undefined);
}

/**
 * Registers a package's messages and loads them for the current language (and the one being
 * switched to) plus the Swedish fallback. Resolves once they are there.
 */
export function addMessages(target: MessageTarget, source: LazyLocaleMessages): Promise<void> {
  const state = stateOf(target);
  if (!state.sources.has(source)) state.sources.set(source, new Map());
  const locales = new Set([...withFallback(target.locale.value as Locale), ...withFallback(state.target)]);
  return loadFor(target, [source], [...locales]);
}

/** Loads every registered package's messages for a language (and Swedish) before it is shown. */
export function loadLocale(target: MessageTarget, locale: Locale): Promise<void> {
  const state = stateOf(target);
  state.target = locale;
  return loadFor(target, [...state.sources.keys()], withFallback(locale));
}

/**
 * The one i18n instance of a shell: Swedish by default, the ui's strings plus the shell's;
 * remotes add theirs with mergeMessages when they load. Messages arrive on demand: await
 * messagesReady before mounting so no message key is ever shown.
 */
export function createPortalI18n(shellMessages?: LazyLocaleMessages) {
  const locale = storedLocale();
  applyLocale(locale, { remember: false });
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: defaultLocale,
    messages: {},
    missingWarn: false,
    fallbackWarn: false,
  });
  void addMessages(i18n.global, uiMessages).catch(() => {});
  if (shellMessages) void addMessages(i18n.global, shellMessages).catch(() => {});
  return i18n;
}

export type PortalI18n = ReturnType<typeof createPortalI18n>;

/** Resolves when the messages registered so far are loaded for the current language. */
export function messagesReady(i18n: PortalI18n): Promise<void> {
  return loadLocale(i18n.global, i18n.global.locale.value as Locale);
}

/** Adds a remote's messages; resolves when they are loaded for the current language. */
export function mergeMessages(i18n: PortalI18n, messages: LazyLocaleMessages): Promise<void> {
  return addMessages(i18n.global, messages);
}
