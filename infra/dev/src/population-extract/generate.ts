import { luhnChecksumDigit } from '@omsorg/platform';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, PLACES, type Place } from './places.ts';

/*
 * A generated population extract (in the shape identity imports: docs/OUTREACH.md, "Residents"):
 * residents aged 60–100 in the year given, about 1 in 25 turning 75 that year and as many
 * turning 80, both genders, in Stockholm district areas (mostly Hägersten-Älvsjö), with valid
 * personnummer (Luhn), and a few deliberately broken rows so the import's report has something
 * to show. Deterministic: the same options give the same file, byte for byte.
 */

export type ExtractOptions = {
  /** Data rows (the header not counted), broken ones included. */
  rows: number;
  /** The year ages are counted in ("turns 75 in …"). */
  year: number;
  seed?: number;
  /** Personnummer (12 digits) never to generate: the development people, who are seeded otherwise. */
  exclude?: readonly string[];
};

export const EXTRACT_HEADER = ['Personnummer', 'Efternamn', 'Förnamn', 'Utdelningsadress', 'Postnummer', 'Postort', 'Stadsdelsområde'] as const;

/** One broken row per this many: what they are, in turn. */
export const BROKEN_EVERY = 800;
export const BROKEN_KINDS = ['CHECKSUM', 'NO_SUCH_DATE', 'MISSING_POSTAL_CODE', 'MISSING_GIVEN_NAME', 'BAD_POSTAL_CODE', 'DUPLICATE', 'MISSING_STREET'] as const;

/** Relative number of residents per age reached in the year; 75 and 80 each hold 1/25 of the sum. */
export function ageWeight(age: number): number {
  if (age < 60 || age > 100) return 0;
  if (age <= 74) return 0.9;
  if (age <= 80) return 1;
  if (age <= 84) return 0.8;
  const old = [0.55, 0.45, 0.35, 0.28, 0.2, 0.14, 0.1, 0.07, 0.05, 0.03, 0.02, 0.02, 0.015, 0.01, 0.01, 0.005];
  return old[age - 85] ?? 0;
}

/** mulberry32: a small, fast, seeded PRNG (32-bit state); good enough for test data. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many residents of each age, summing exactly to `total` (largest remainders). */
export function ageCounts(total: number): Map<number, number> {
  const ages = Array.from({ length: 41 }, (_, i) => 60 + i);
  const sum = ages.reduce((s, age) => s + ageWeight(age), 0);
  const exact = ages.map((age) => ({ age, value: (total * ageWeight(age)) / sum }));
  const counts = new Map(exact.map(({ age, value }) => [age, Math.floor(value)]));
  let left = total - [...counts.values()].reduce((s, n) => s + n, 0);
  for (const { age } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1) || a.age - b.age)) {
    if (left-- <= 0) break;
    counts.set(age, counts.get(age)! + 1);
  }
  return counts;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

type Resident = { pnr: string; familyName: string; givenName: string; street: string; postalCode: string; postalTown: string; districtArea: string };

export function generatePopulationExtract(options: ExtractOptions): string {
  const random = prng(options.seed ?? 2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const taken = new Set(options.exclude ?? []);
  const brokenCount = Math.floor(options.rows / BROKEN_EVERY);
  const ages = [...ageCounts(options.rows - brokenCount)].flatMap(([age, count]) => Array<number>(count).fill(age));
  // Shuffle (Fisher–Yates), so ages are mixed through the file.
  for (let i = ages.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ages[i], ages[j]] = [ages[j]!, ages[i]!];
  }
  const shareSum = PLACES.reduce((s, place) => s + place.share, 0);
  const placeOf = (): Place => {
    let at = random() * shareSum;
    for (const place of PLACES) if ((at -= place.share) < 0) return place;
    return PLACES.at(-1)!;
  };

  const resident = (age: number): Resident => {
    const female = random() < (age >= 90 ? 0.7 : age >= 80 ? 0.6 : 0.52);
    const year = options.year - age;
    let pnr: string;
    do {
      const start = Date.UTC(year, 0, 1);
      const day = new Date(start + Math.floor(random() * 365) * 86_400_000);
      const genderDigit = 2 * Math.floor(random() * 5) + (female ? 0 : 1);
      const nine = `${pad(year % 100)}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}${pad(Math.floor(random() * 100))}${genderDigit}`;
      pnr = `${Math.floor(year / 100)}${nine}${luhnChecksumDigit(nine)}`;
    } while (taken.has(pnr));
    taken.add(pnr);
    const names = female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES;
    const givenName = random() < 0.2 ? `${pick(names)} ${pick(names)}` : pick(names);
    const place = placeOf();
    const number = 1 + Math.floor(random() * 120);
    // Apartment number as the register writes it: floor (10 = ground floor) and door.
    const flat = random() < 0.5 ? ` lgh ${10 + Math.floor(random() * 7)}0${1 + Math.floor(random() * 4)}` : '';
    return {
      pnr,
      familyName: pick(FAMILY_NAMES),
      givenName,
      street: `${pick(place.streets)} ${number}${flat}`,
      postalCode: pick(place.postalCodes),
      postalTown: place.postalTown,
      districtArea: place.districtArea,
    };
  };

  const lines: string[] = [EXTRACT_HEADER.join(';')];
  const written: Resident[] = [];
  const line = (r: Resident) => lines.push([`${r.pnr.slice(0, 8)}-${r.pnr.slice(8)}`, r.familyName, r.givenName, r.street, r.postalCode, r.postalTown, r.districtArea].map(csvField).join(';'));
  let broken = 0;
  for (let row = 0, next = 0; row < options.rows; row++) {
    if (row % BROKEN_EVERY === BROKEN_EVERY / 2 && broken < brokenCount && written.length > 0) {
      const kind = BROKEN_KINDS[broken++ % BROKEN_KINDS.length]!;
      const base = resident(75);
      taken.delete(base.pnr);
      if (kind === 'CHECKSUM') line({ ...base, pnr: `${base.pnr.slice(0, 11)}${(Number(base.pnr[11]) + 1) % 10}` });
      else if (kind === 'NO_SUCH_DATE') line({ ...base, pnr: `${base.pnr.slice(0, 4)}13${base.pnr.slice(6)}` });
      else if (kind === 'MISSING_POSTAL_CODE') line({ ...base, postalCode: '' });
      else if (kind === 'MISSING_GIVEN_NAME') line({ ...base, givenName: '' });
      else if (kind === 'BAD_POSTAL_CODE') line({ ...base, postalCode: '12A 45' });
      else if (kind === 'DUPLICATE') line({ ...written[Math.floor(random() * written.length)]! });
      else line({ ...base, street: '' });
      continue;
    }
    const r = resident(ages[next++]!);
    written.push(r);
    line(r);
  }
  return `${lines.join('\n')}\n`;
}
