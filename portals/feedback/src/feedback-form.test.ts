import { describe, expect, it } from 'vitest';
import { feedbackSubjects, feedbackTypes } from './feedback-form.ts';
import { FeedbackSubject, FeedbackType } from './generated/graphql.ts';

describe('the feedback categories as offered', () => {
  it('lists every type and subject the schema has, a complaint and "Annat" first', () => {
    expect([...feedbackTypes].sort()).toEqual(Object.values(FeedbackType).sort());
    expect([...feedbackSubjects].sort()).toEqual(Object.values(FeedbackSubject).sort());
    expect([feedbackTypes[0], feedbackSubjects[0]]).toEqual(['COMPLAINT', 'OTHER']);
  });
});

