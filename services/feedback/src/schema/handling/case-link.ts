import { builder } from '../builder.ts';
import { FeedbackRef } from '../feedback.ts';

/**
 * A case, owned by applications; feedback keeps only its id. The gateway asks applications for
 * the rest, which answers under the case's own access rules (and logs the read there): a reader
 * who may not see the case gets its id and nothing else.
 */
const ApplicationRef = builder.externalRef('Application', builder.selection<{ id: string }>('id')).implement({
  externalFields: () => ({}),
  fields: (t) => ({ id: t.exposeID('id') }),
});

builder.objectFields(FeedbackRef, (t) => ({
  application: t.field({
    type: ApplicationRef,
    nullable: true,
    description: 'The case it is linked to ("kopplat ärende"), read under the case\'s own rules; null when not linked.',
    resolve: (feedback) => (feedback.applicationId ? { id: feedback.applicationId } : null),
  }),
}));
