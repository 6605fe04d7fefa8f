import { Writable } from 'node:stream';
import { pdfText, pdfTextLines } from '@omsorg/letters/testing';
import { describe, expect, it } from 'vitest';
import { buildBookingLetter, renderBookingLetter, type BookingLetterFacts } from './booking-letter.ts';
import { buildInvitationLetter, renderInvitationLetters, type InvitationLetterFacts } from './invitation-letter.ts';
import { DEFAULT_OUTREACH_SENDER, invitationWebAddress } from './sender.ts';

const web = invitationWebAddress({ CITIZEN_PORTAL_URL: 'https://omsorg.stockholm.se/' });
const birgitta: InvitationLetterFacts = {
  kind: 'INVITATION',
  language: 'sv',
  recipient: { name: 'Birgitta Ek', addressLines: ['Fruängsgatan 12', '129 52 Hägersten'] },
  code: 'KBF79XTMQ4RH',
  age: 75,
  date: '2026-12-07',
  sender: DEFAULT_OUTREACH_SENDER,
  web,
};
const aino: InvitationLetterFacts = { ...birgitta, language: 'fi', recipient: { name: 'Aino Virtanen', addressLines: ['Lillåvägen 3', '125 52 Älvsjö'] }, code: '0A1B2C3D4E5F' };
const karl: InvitationLetterFacts = { ...birgitta, kind: 'REMINDER', recipient: { name: 'Karl Nilsson', addressLines: [] }, code: 'ZZZZ9999XXXX' };

/** All the text of a letter document, as a person reads it. */
function wordsOf(document: ReturnType<typeof buildInvitationLetter>): string {
  return [
    document.title,
    document.introduction,
    ...document.sections.flatMap((section) => [
      section.heading,
      ...(section.callout ? [`${section.callout.label}: ${section.callout.value}`] : []),
      ...(section.lines ?? []).map((line) => `${line.label}: ${line.value}`),
      ...(section.paragraphs ?? []).map((paragraph) => paragraph.text),
    ]),
    document.closing,
  ]
    .join(' ')
    .replace(/\u00a0/g, ' ');
}

/** Renders into memory, as the job renders into a file. */
async function render(letters: InvitationLetterFacts[], onProgress?: (done: number, total: number) => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await renderInvitationLetters(output, letters, { compress: false, onProgress });
  return Buffer.concat(chunks);
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

describe('the invitation letter', () => {
  it('in Swedish gives the code in groups of four, the web address, the phone, and that no BankID is needed', () => {
    const text = wordsOf(buildInvitationLetter(birgitta));
    expect(text).toContain('Välkommen till ett hälsosamtal');
    expect(text).toContain('Din kod: KBF7-9XTM-Q4RH');
    expect(text).toContain('På internet: omsorg.stockholm.se/inbjudan');
    expect(text).toContain('Per telefon: 08-508 22 000');
    expect(text).toContain('Du behöver inget BankID. Koden och ditt födelsedatum räcker.');
    expect(text).toContain('Du fyller 75 år i år.');
    expect(text).toContain('gratis och frivilligt');
    expect(text).toMatch(/äldrelots.*hälsa.*fall.*mat.*ensamhet/);
    expect(text).toMatch(/hemma hos dig, på en träffpunkt, på vårdcentralen eller per telefon/);
    expect(text).toContain('anhörig');
    expect(text).toContain('tolk');
  });

  it('in Finnish says the same in Finnish', () => {
    const letter = buildInvitationLetter(aino);
    expect(letter.lang).toBe('fi-FI');
    const text = wordsOf(letter);
    expect(text).toContain('Tervetuloa terveyskeskusteluun');
    expect(text).toContain('Koodisi: 0A1B-2C3D-4E5F');
    expect(text).toContain('Internetissä: omsorg.stockholm.se/inbjudan');
    expect(text).toContain('Puhelimitse: 08-508 22 000');
    expect(text).toContain('Et tarvitse BankID:tä. Koodi ja syntymäaikasi riittävät.');
    expect(text).not.toContain('Välkommen');
  });

  it('in English when that is the person’s language', () => {
    const letter = buildInvitationLetter({ ...birgitta, language: 'en' });
    expect(letter.lang).toBe('en-GB');
    const text = wordsOf(letter);
    expect(text).toContain('Your code: KBF7-9XTM-Q4RH');
    expect(text).toContain('You do not need BankID.');
    expect(text).toContain('On the internet: omsorg.stockholm.se/inbjudan');
  });

  it('falls back to Swedish for a language letters are not written in, and leaves out the age when unknown', () => {
    const text = wordsOf(buildInvitationLetter({ ...birgitta, language: 'ar', age: null }));
    expect(text).toContain('Välkommen till ett hälsosamtal');
    expect(text).not.toContain('Du fyller');
    expect(buildInvitationLetter({ ...birgitta, language: 'constructor' }).lang).toBe('sv-SE');
  });

  it('as a reminder says no answer has come, and that one who has answered may ignore it', () => {
    const text = wordsOf(buildInvitationLetter(karl));
    expect(text).toContain('Påminnelse: välkommen till ett hälsosamtal');
    expect(text).toContain('Vi har inte fått något svar');
    expect(text).toContain('Har du redan svarat?');
    expect(text).toContain('Din kod: ZZZZ-9999-XXXX');
  });

  it('prints the web address from CITIZEN_PORTAL_URL without the scheme, /inbjudan added', () => {
    expect(invitationWebAddress({ CITIZEN_PORTAL_URL: 'https://omsorg.stockholm.se/' })).toBe('omsorg.stockholm.se/inbjudan');
    expect(invitationWebAddress({})).toBe('localhost:8080/inbjudan');
  });
});

describe('renderInvitationLetters', () => {
  it('writes one PDF in which each letter starts on a new page, with its address in the window and its code', async () => {
    const progress: Array<[number, number]> = [];
    const pdf = await render([birgitta, aino, karl], (done, total) => progress.push([done, total]));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // One page each: a letter that spilled over would add a page with a continuation line.
    expect(pageCount(pdf)).toBe(3);
    expect(progress.at(-1)).toEqual([3, 3]);

    const lines = pdfTextLines(pdf);
    const starts = lines.flatMap((line, index) => (line === 'Stockholms stad' ? [index] : []));
    expect(starts).toHaveLength(3);
    // The window: the return address, then the recipient's name and address lines.
    expect(lines.slice(starts[0]! + 5, starts[0]! + 9)).toEqual([
      `${DEFAULT_OUTREACH_SENDER.unit}, Box 4, 129 21 Hägersten`,
      'Birgitta Ek',
      'Fruängsgatan 12',
      '129 52 Hägersten',
    ]);
    expect(lines.slice(starts[2]! + 6, starts[2]! + 8)).toEqual(['Karl Nilsson', 'Postadress saknas']);

    const text = pdfText(pdf);
    expect(text).toContain('KBF7-9XTM-Q4RH');
    expect(text).toContain('0A1B-2C3D-4E5F');
    expect(text).toContain('ZZZZ-9999-XXXX');
    expect(text).toContain('Du behöver inget BankID');
    expect(text).toContain('Et tarvitse BankID:tä');
    expect(text.indexOf('Birgitta Ek')).toBeLessThan(text.indexOf('Aino Virtanen'));
    expect(text.indexOf('Aino Virtanen')).toBeLessThan(text.indexOf('Karl Nilsson'));
  });

  it('refuses an empty cohort', async () => {
    await expect(render([])).rejects.toThrow(/at least one letter/);
  });
});

describe('booking letters', () => {
  const booking: BookingLetterFacts = {
    change: 'CONFIRMED',
    // 09:00 UTC is 10.00 in Stockholm in winter.
    booking: { at: new Date('2027-01-12T09:00:00Z'), kind: 'MEETING_PLACE', placeName: 'Träffpunkt Hägersten', placeAddress: 'Hägerstensvägen 110, Hägersten', workerName: 'Omar Haddad', interpreter: null },
    language: 'sv',
    recipient: birgitta.recipient,
    date: '2026-12-20',
    sender: DEFAULT_OUTREACH_SENDER,
    web,
  };

  it('confirm the time written out in Stockholm time, the place, and how to change with code and birth date or by phone', async () => {
    const pdf = await renderBookingLetter(booking, { compress: false });
    const text = pdfText(pdf);
    expect(pdf.toString('latin1')).toContain('/Lang (sv-SE)');
    expect(text).toContain('Din tid för hälsosamtal');
    expect(text).toContain('När: tisdag 12 januari 2027 klockan 10.00');
    expect(text).toContain('Var: Träffpunkt Hägersten');
    expect(text).toContain('Äldrelots: Omar Haddad');
    expect(text).toContain('omsorg.stockholm.se/inbjudan');
    expect(text).toContain('koden från ditt inbjudningsbrev och ditt födelsedatum');
    expect(text).toContain('ringa 08-508 22 000');
  });

  it('in summer time too, and in Finnish', () => {
    const text = wordsOf(buildBookingLetter({ ...booking, language: 'fi', booking: { ...booking.booking, at: new Date('2027-06-15T12:30:00Z'), kind: 'PHONE', interpreter: 'suomi' } }));
    expect(text).toContain('Aika: tiistaina 15. kesäkuuta 2027 kello 14.30');
    expect(text).toContain('Tapa: Puhelimessa');
    expect(text).not.toContain('Paikka:');
    expect(text).toContain('Vanhusluotsi soittaa sinulle.');
    expect(text).toContain('Et tarvitse BankID:tä.');
  });

  it('say the new and the old time when moved, and how to book again when cancelled', () => {
    const moved = wordsOf(buildBookingLetter({ ...booking, change: 'RESCHEDULED', previousAt: new Date('2027-01-05T13:00:00Z') }));
    expect(moved).toContain('Ny tid för ditt hälsosamtal');
    expect(moved).toContain('När: tisdag 12 januari 2027 klockan 10.00');
    expect(moved).toContain('Gamla tiden (gäller inte): tisdag 5 januari 2027 klockan 14.00');
    const cancelled = wordsOf(buildBookingLetter({ ...booking, change: 'CANCELLED' }));
    expect(cancelled).toContain('Ditt hälsosamtal är avbokat');
    expect(cancelled).toContain('Vill du boka en ny tid?');
    expect(cancelled).not.toContain('anhörig');
  });
});
