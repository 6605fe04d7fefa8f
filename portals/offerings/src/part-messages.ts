import { ruleMessages } from '@omsorg/forms/messages';
import { lazyMessages, type LazyLocaleMessages, type MessageLocale } from '@omsorg/ui';

type JsonModule = { default: object };

/**
 * A part's own message files (one per language, loaded when one of its pages is opened), with the
 * shared rules' validation messages that its forms show.
 */
export function partMessages(loaders: Record<MessageLocale, () => Promise<JsonModule>>): LazyLocaleMessages {
  const load = (locale: MessageLocale) => () => Promise.all([loaders[locale](), ruleMessages(locale)]);
  return lazyMessages({ sv: load('sv'), en: load('en'), fi: load('fi'), ar: load('ar') });
}
