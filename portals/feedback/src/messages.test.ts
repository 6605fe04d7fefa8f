import { describe, expect, it } from 'vitest';
import { FEEDBACK_SOURCES, FEEDBACK_TARGETS } from '@omsorg/rules/feedback';
import { ApplicationIndicatorKey, FeedbackIndicatorKey, FeedbackStatisticsDimension, FeedbackStatisticsPeriod, FeedbackSubject, FeedbackType, OutreachIndicatorKey } from './generated/graphql.ts';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fi from './locales/fi.json' with { type: 'json' };
import sv from './locales/sv.json' with { type: 'json' };
import staffAr from './locales/staff/ar.json' with { type: 'json' };
import staffEn from './locales/staff/en.json' with { type: 'json' };
import staffFi from './locales/staff/fi.json' with { type: 'json' };
import staffSv from './locales/staff/sv.json' with { type: 'json' };

describe('feedback messages', () => {
  it('name every type and subject the schema has, in every language', () => {
    for (const { feedback } of [sv, en, fi, ar]) {
      expect(Object.keys(feedback.type).sort()).toEqual(Object.values(FeedbackType).sort());
      expect(Object.keys(feedback.typeHint).sort()).toEqual(Object.values(FeedbackType).sort());
      expect(Object.keys(feedback.subject).sort()).toEqual(Object.values(FeedbackSubject).sort());
    }
  });

  it('name every source, target, period, section and indicator of the statistics, in every language', () => {
    const indicators = [...Object.values(FeedbackIndicatorKey), ...Object.values(ApplicationIndicatorKey), ...Object.values(OutreachIndicatorKey)].sort();
    for (const { feedback } of [staffSv, staffEn, staffFi, staffAr]) {
      expect(Object.keys(feedback.statistics.source).sort()).toEqual([...FEEDBACK_SOURCES].sort());
      expect(Object.keys(feedback.statistics.target).sort()).toEqual([...FEEDBACK_TARGETS].sort());
      expect(Object.keys(feedback.statistics.period).sort()).toEqual(Object.values(FeedbackStatisticsPeriod).sort());
      expect(Object.keys(feedback.statistics.section).sort()).toEqual([...Object.values(FeedbackStatisticsDimension), 'OUTCOME'].sort());
      expect(Object.keys(feedback.indicators.key).sort()).toEqual(indicators);
    }
  });

  it('have the same statistics and indicator keys in every language', () => {
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
    const of = (messages: typeof sv, staff: typeof staffSv) => keys({ statistics: staff.feedback.statistics, indicators: staff.feedback.indicators, nav: messages.feedback.nav }).sort();
    for (const [messages, staff] of [[en, staffEn], [fi, staffFi], [ar, staffAr]] as const) expect(of(messages, staff)).toEqual(of(sv, staffSv));
  });
});
