import { writeDayOf } from '@omsorg/letters';

/*
 * The answers to a sender ("återkoppling") staff start from: plain Swedish, the reference number
 * and the dates filled in; staff edit the text before sending.
 */

export const ANSWER_TEMPLATES = ['COMPLAINT_HANDLED', 'PRAISE_THANKS', 'SUGGESTION_RECEIVED', 'AFTER_PROVIDER_ANSWER'] as const;
export type AnswerTemplate = (typeof ANSWER_TEMPLATES)[number];

/** What a template is filled in with. */
export type AnswerTemplateFacts = {
  referenceNumber: string;
  receivedAt: Date;
  /** The sender's name, when known ("Hej Signe Andersson"). */
  contactName?: string | null;
  /** The unit that answers; the signature. */
  unit?: string | null;
  /** The latest provider's answer's organisation, for AFTER_PROVIDER_ANSWER. */
  providerName: string | null;
  /** The latest provider's answer, quoted in AFTER_PROVIDER_ANSWER. */
  providerAnswer: string | null;
};

/** The unit an answer is signed with when the item has none yet. */
export const DEFAULT_ANSWER_UNIT = 'Äldreomsorgen, Stockholms stad';

function frame(facts: AnswerTemplateFacts, body: string[]): string {
  const greeting = facts.contactName ? `Hej ${facts.contactName}!` : 'Hej!';
  return [greeting, ...body, ['Med vänliga hälsningar', facts.unit ?? DEFAULT_ANSWER_UNIT].join('\n')].join('\n\n');
}

/** The template's text with the facts filled in. */
export function fillAnswerTemplate(template: AnswerTemplate, facts: AnswerTemplateFacts): string {
  const received = writeDayOf(facts.receivedAt);
  const about = `Det gäller det du skrev till oss den ${received} (diarienummer ${facts.referenceNumber}).`;
  switch (template) {
    case 'COMPLAINT_HANDLED':
      return frame(facts, [
        'Tack för att du hörde av dig. ' + about,
        'Vi har tittat på det du berättade och pratat med dem som berördes. Det här har vi gjort: [skriv vad ni har gjort].',
        'Vi beklagar det som hände. Hör gärna av dig igen om något inte blir bättre. Uppge diarienumret.',
      ]);
    case 'PRAISE_THANKS':
      return frame(facts, [
        'Tack för dina fina ord! ' + about,
        'Vi har berättat det för dem som arbetar. Det betyder mycket för dem att höra vad som blir bra.',
      ]);
    case 'SUGGESTION_RECEIVED':
      return frame(facts, [
        'Tack för ditt förslag. ' + about,
        'Vi tar med det när vi ser över hur vi arbetar. [Skriv vad som händer med förslaget.]',
      ]);
    case 'AFTER_PROVIDER_ANSWER':
      return frame(facts, [
        'Tack för att du hörde av dig. ' + about,
        `Vi skickade det du skrev till ${facts.providerName ?? '[utföraren]'} och bad dem svara på vad de har gjort. Så här svarade de:`,
        facts.providerAnswer ?? '[Skriv vad utföraren svarade.]',
        'Hör gärna av dig igen om något inte blir bättre. Uppge diarienumret.',
      ]);
  }
}
