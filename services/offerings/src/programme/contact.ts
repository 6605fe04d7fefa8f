/**
 * Where a reader of the printed programme registers: a phone number for the district's activities
 * (printed for those who would rather phone) and the citizen portal's activities page.
 */

/** The district activities' phone, where one is known; else the city's contact centre. */
const DISTRICT_PHONES: Record<string, string> = {
  'Hägersten-Älvsjö': '08-508 22 000',
};
const CONTACT_CENTRE = '08-508 00 508';

export function programmePhone(district: string): string {
  return DISTRICT_PHONES[district] ?? CONTACT_CENTRE;
}

/** The citizen portal's activities page (`CITIZEN_PORTAL_URL` + /aktiviteter), printed without "https://". */
export function programmeWebAddress(env: Record<string, string | undefined> = process.env): string {
  const base = (env.CITIZEN_PORTAL_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
  return `${base}/aktiviteter`.replace(/^https?:\/\//, '');
}

/** The file's name: "program-hagersten-alvsjo-2026-12.pdf" (plain letters, so any system keeps it). */
export function programmeFileName(district: string, month: string, layout: 'NOTICE_BOARD' | 'NEWSPAPER'): string {
  const slug = district
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `program-${slug || 'stadsdel'}-${month}${layout === 'NEWSPAPER' ? '-tidning' : ''}.pdf`;
}
