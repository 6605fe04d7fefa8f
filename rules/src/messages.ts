import ar from './messages/ar.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };

/**
 * The rules' messages, written once in messages/<locale>.json (nested, vue-i18n syntax, so the
 * portals compile them at build time) and read here by the services as flat keys with `{name}`
 * parameters. Swedish first; a missing text falls back to Swedish.
 */
export type RuleLocale = 'sv' | 'en' | 'fi' | 'ar';

type Nested = { [key: string]: string | Nested };

function flatten(messages: Nested, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string'
        ? // vue-i18n's literal syntax ({'@'}) is for the portals; the services show the character.
          [[`${prefix}${key}`, value.replace(/\{'(.)'\}/g, '$1')]]
        : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

export const ruleMessages: Record<RuleLocale, Record<string, string>> = {
  sv: flatten(sv),
  en: flatten(en),
  fi: flatten(fi),
  ar: flatten(ar),
};
