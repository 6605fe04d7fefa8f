import { sentWith, stubGateway } from '@omsorg/ui/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitizenDecisionLetterDocument } from '../../generated/graphql.ts';
import { fetchDecisionLetter } from './case-store.ts';

const LETTER = { fileName: 'beslut.pdf', contentBase64: 'JVBERi0=', language: 'sv' };
const SIGNE = { id: 'p-signe', fullName: 'Signe Andersson' };
const ERIK = { id: 'p-erik', fullName: 'Erik Andersson', postalAddress: { street: 'Älvsjövägen 12', postalCode: '125 30', town: 'Älvsjö' } };

afterEach(() => vi.unstubAllGlobals());

describe('fetchDecisionLetter', () => {
  it("asks for a representative's copy naming whose case it is, in one request", async () => {
    const sent = stubGateway([[CitizenDecisionLetterDocument, () => ({ application: { id: 'app-1', decisionLetter: LETTER } })]]);
    expect(await fetchDecisionLetter('app-1', ERIK, SIGNE)).toEqual(LETTER);
    expect(sent).toHaveLength(1);
    expect(sentWith(sent, CitizenDecisionLetterDocument)[0]?.variables).toEqual({
      id: 'app-1',
      recipient: { name: 'Erik Andersson', addressLines: ['Älvsjövägen 12', '125 30 Älvsjö'] },
      concerning: 'Signe Andersson',
    });
  });

  it("asks for the person's own letter without `concerning`", async () => {
    const sent = stubGateway([[CitizenDecisionLetterDocument, () => ({ application: { id: 'app-1', decisionLetter: LETTER } })]]);
    await fetchDecisionLetter('app-1', { ...SIGNE, postalAddress: null }, SIGNE);
    expect(sentWith(sent, CitizenDecisionLetterDocument)[0]?.variables).toEqual({ id: 'app-1', recipient: { name: 'Signe Andersson', addressLines: [] }, concerning: null });
  });

  it('is null when the case or its letter is gone', async () => {
    stubGateway([[CitizenDecisionLetterDocument, () => ({ application: null })]]);
    expect(await fetchDecisionLetter('app-1', ERIK, SIGNE)).toBeNull();
  });
});
