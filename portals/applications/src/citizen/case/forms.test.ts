import { describe, expect, it } from 'vitest';
import { appealSchema, toAppealInput } from './appeal-form.ts';
import { investigationResponseSchema, toResponseInput } from './investigation-form.ts';

const messages = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('the appeal', () => {
  const schema = appealSchema(() => ['d-1', 'd-2']);

  it('needs one of the decisions that can be appealed, and a text', () => {
    expect(messages(schema.safeParse({ decisionId: '', text: ' \u0007 ' }))).toEqual([
      ['decisionId', 'appeal.errors.decisionMissing'],
      ['text', 'appeal.errors.textMissing'],
    ]);
    expect(messages(schema.safeParse({ decisionId: 'd-3', text: 'x' }))).toEqual([['decisionId', 'appeal.errors.decisionMissing']]);
  });

  it('takes as much text as the service does, counted as stored', () => {
    expect(messages(schema.safeParse({ decisionId: 'd-1', text: 'a'.repeat(10_001) }))).toEqual([['text', 'validation.tooLong']]);
    expect(toAppealInput(schema.parse({ decisionId: 'd-1', text: ' Jag vill flytta.\r\n ' }))).toEqual({ decisionId: 'd-1', text: 'Jag vill flytta.' });
  });
});

describe('the response to the investigation', () => {
  it('needs some text, not too long', () => {
    expect(messages(investigationResponseSchema.safeParse({ response: '  ' }))).toEqual([['response', 'investigation.errors.missing']]);
    expect(messages(investigationResponseSchema.safeParse({ response: 'a'.repeat(10_001) }))).toEqual([['response', 'validation.tooLong']]);
    expect(toResponseInput('app-1', investigationResponseSchema.parse({ response: ' Före nio. ' }))).toEqual({ applicationId: 'app-1', response: 'Före nio.' });
  });
});
