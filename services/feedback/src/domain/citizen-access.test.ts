import type { Actor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { mayGiveFeedbackAbout, mayListOwnFeedback, mayReadOwnFeedback } from './access.ts';

const signe: Actor = { kind: 'person', personId: 'signe', actingFor: [] };
const erik: Actor = { kind: 'person', personId: 'erik', actingFor: ['signe'] };
const greta: Actor = { kind: 'person', personId: 'greta', actingFor: [] };
const council: Actor = { kind: 'staff', staffId: 's', roles: ['QUALITY_COUNCIL'], unit: 'Enhet' };
const anonymous: Actor = { kind: 'anonymous' };

describe('feedback about a person one represents', () => {
  it('lets a representative name the person they represent, and nobody else name anyone', () => {
    expect(mayGiveFeedbackAbout(erik, 'signe')).toBe(true);
    expect(mayGiveFeedbackAbout(erik, 'greta')).toBe(false);
    expect(mayGiveFeedbackAbout(signe, 'signe')).toBe(false);
    expect(mayGiveFeedbackAbout(greta, 'signe')).toBe(false);
    expect(mayGiveFeedbackAbout(council, 'signe')).toBe(false);
    expect(mayGiveFeedbackAbout(anonymous, 'signe')).toBe(false);
  });
});

describe('"Mina synpunkter"', () => {
  const signesOwn = { personId: 'signe', concernsPersonId: null };
  const erikAboutSigne = { personId: 'erik', concernsPersonId: 'signe' };
  const anonymousItem = { personId: null, concernsPersonId: null };

  it('is for signed-in citizens only', () => {
    expect(mayListOwnFeedback(signe)).toBe(true);
    expect(mayListOwnFeedback(council)).toBe(false);
    expect(mayListOwnFeedback(anonymous)).toBe(false);
  });

  it('shows the sender their own and a representative what concerns the person they represent', () => {
    expect(mayReadOwnFeedback(signe, signesOwn)).toBe(true);
    expect(mayReadOwnFeedback(erik, signesOwn)).toBe(true);
    expect(mayReadOwnFeedback(erik, erikAboutSigne)).toBe(true);
  });

  it('shows nothing to another person, to staff, to anyone for anonymous feedback, nor to the person others wrote about', () => {
    expect(mayReadOwnFeedback(greta, signesOwn)).toBe(false);
    expect(mayReadOwnFeedback(greta, erikAboutSigne)).toBe(false);
    expect(mayReadOwnFeedback(council, signesOwn)).toBe(false);
    expect(mayReadOwnFeedback(anonymous, signesOwn)).toBe(false);
    expect(mayReadOwnFeedback(signe, anonymousItem)).toBe(false);
    expect(mayReadOwnFeedback(signe, erikAboutSigne)).toBe(false);
  });
});
