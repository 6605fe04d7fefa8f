import { describe, expect, it } from 'vitest';
import citizenAr from '../locales/citizen/ar.json';
import citizenEn from '../locales/citizen/en.json';
import citizenFi from '../locales/citizen/fi.json';
import citizenSv from '../locales/citizen/sv.json';
import startAr from '../locales/citizen/start/ar.json';
import startEn from '../locales/citizen/start/en.json';
import startFi from '../locales/citizen/start/fi.json';
import startSv from '../locales/citizen/start/sv.json';
import sharedAr from '../locales/ar.json';
import sharedEn from '../locales/en.json';
import sharedFi from '../locales/fi.json';
import sharedSv from '../locales/sv.json';
import attachmentsAr from '../locales/attachments/ar.json';
import attachmentsEn from '../locales/attachments/en.json';
import attachmentsFi from '../locales/attachments/fi.json';
import attachmentsSv from '../locales/attachments/sv.json';
import { servicesInOrder } from './service-order.ts';
import { knownEventTypes } from './case/timeline.ts';
import { offeredLanguages } from './apply/languages.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['citizen', citizenSv, { en: citizenEn, fi: citizenFi, ar: citizenAr }],
  ['citizen start page', startSv, { en: startEn, fi: startFi, ar: startAr }],
  ['shared words', sharedSv, { en: sharedEn, fi: sharedFi, ar: sharedAr }],
  ['attachments', attachmentsSv, { en: attachmentsEn, fi: attachmentsFi, ar: attachmentsAr }],
])('%s messages', (_name, sv, others) => {
  const swedish = leaves(sv as Tree);

  it.each(Object.entries(others))('%s has every Swedish text, with the same placeholders and plural forms', (_locale, messages) => {
    const translated = leaves(messages as Tree);
    expect([...translated.keys()].sort()).toEqual([...swedish.keys()].sort());
    for (const [key, text] of swedish) {
      const other = translated.get(key)!;
      expect(placeholders(other), key).toEqual(placeholders(text));
      expect(other.split('|').length, key).toBe(text.split('|').length);
      expect(other.trim(), key).not.toBe('');
    }
  });

  it('writes a literal @ the way vue-i18n needs it', () => {
    for (const [key, text] of swedish) expect(/(^|[^'])@/.test(text), key).toBe(false);
  });
});

describe('words for the API’s values', () => {
  const shared = leaves(sharedSv as Tree);
  const citizen = leaves(citizenSv as Tree);

  it('names and describes every service type, event type and language', () => {
    for (const type of servicesInOrder) {
      expect(shared.has(`applications.serviceType.${type}`), type).toBe(true);
      expect(shared.has(`applications.serviceDescription.${type}`), type).toBe(true);
      expect(citizen.has(`applications.citizen.apply.needs.hint.${type}`), type).toBe(true);
    }
    for (const type of [...knownEventTypes, 'OTHER']) expect(shared.has(`applications.eventType.${type}`), type).toBe(true);
    for (const code of offeredLanguages) expect(citizen.has(`applications.citizen.languages.${code}`), code).toBe(true);
  });
});
