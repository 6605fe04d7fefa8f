import type { Actor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { decideSender } from './sender.ts';

const citizen: Actor = { kind: 'person', personId: '6f1c1d3e-2f7a-4b55-9a0e-0d7d7b3c9a11', actingFor: [] };
const visitor: Actor = { kind: 'anonymous' };
const staff: Actor = { kind: 'staff', staffId: '0b8e2a52-8d8c-4a37-9a43-1f0f5d8c2e10', roles: ['CASEWORKER'], unit: 'Hägersten-Älvsjö' };
const contact = { contactName: 'Greta Berg', contactEmail: 'greta@example.se', contactPhone: '070-123 45 67' };

describe('decideSender', () => {
  it('links a signed-in citizen who does not ask for anonymity', () => {
    expect(decideSender(citizen, { anonymous: false, ...contact })).toEqual({
      personId: citizen.personId,
      anonymous: false,
      concernsPersonId: null,
      contactAddress: null,
      answerBy: 'NONE',
      ...contact,
    });
  });

  it('keeps nothing identifying when a citizen asks for anonymity', () => {
    expect(decideSender(citizen, { anonymous: true, ...contact, contactAddress: 'Storgatan 1', answerBy: 'LETTER', concernsPersonId: 'p' })).toEqual({
      personId: null,
      anonymous: true,
      concernsPersonId: null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      contactAddress: null,
      answerBy: 'NONE',
    });
  });

  it('lets a visitor who is not signed in leave contact details', () => {
    expect(decideSender(visitor, { anonymous: false, ...contact, answerBy: 'PHONE' })).toEqual({
      personId: null,
      anonymous: false,
      concernsPersonId: null,
      contactAddress: null,
      answerBy: 'PHONE',
      ...contact,
    });
  });

  it('drops the contact details of a visitor who asks for anonymity', () => {
    expect(decideSender(visitor, { anonymous: true, ...contact })).toMatchObject({ personId: null, anonymous: true, contactEmail: null });
  });

  it('never links a staff member as if they were a person, nor lets them name whom it concerns', () => {
    expect(decideSender(staff, { anonymous: false, ...contact, concernsPersonId: 'p' })).toMatchObject({ personId: null, concernsPersonId: null });
  });

  it('keeps whom a signed-in representative says it concerns, with the address for a letter', () => {
    expect(decideSender(citizen, { anonymous: false, ...contact, concernsPersonId: 'p', answerBy: 'LETTER', contactAddress: 'Storgatan 1' })).toMatchObject({
      personId: citizen.personId,
      concernsPersonId: 'p',
      answerBy: 'LETTER',
      contactAddress: 'Storgatan 1',
    });
  });
});
