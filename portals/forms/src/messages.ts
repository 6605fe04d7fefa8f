import type { MessageLocale } from '@omsorg/ui';

/**
 * The shared rules' messages (@omsorg/rules, the same texts the services send) under `rules.`,
 * for a remote's message loaders, e.g.
 * `sv: () => Promise.all([import('./locales/staff/sv.json'), ruleMessages('sv')])`.
 * The JSON is compiled at build time like the portals' own (ui/build/messages.ts).
 */
export async function ruleMessages(locale: MessageLocale): Promise<{ default: { rules: object } }> {
  const loaded = await loaders[locale]();
  return { default: { rules: loaded.default } };
}

const loaders: Record<MessageLocale, () => Promise<{ default: object }>> = {
  sv: () => import('@omsorg/rules/messages/sv.json'),
  en: () => import('@omsorg/rules/messages/en.json'),
  fi: () => import('@omsorg/rules/messages/fi.json'),
  ar: () => import('@omsorg/rules/messages/ar.json'),
};
