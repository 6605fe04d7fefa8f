import { OutreachReferral } from '../../entities/outreach-referral.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';

/** What a referral from outreach's health conversation said, on the application it became. */
const OutreachReferralRef = builder.objectRef<OutreachReferral>('OutreachReferral').implement({
  description: 'A referral from a health conversation of the outreach service ("hänvisning från uppsökande verksamhet").',
  fields: (t) => ({
    needs: t.exposeString('needs', { description: 'What is needed, in the outreach worker\'s words.' }),
    conversationOn: t.exposeString('conversationOn', { description: 'The Stockholm day of the conversation, YYYY-MM-DD.' }),
    workerName: t.exposeString('workerName', { description: 'The outreach worker who held it.' }),
    consentText: t.exposeString('consentText', { description: 'The person\'s consent to the referral, in their words.' }),
  }),
});

builder.objectFields(ApplicationRef, (t) => ({
  outreachReferral: t.field({
    type: OutreachReferralRef,
    nullable: true,
    description: 'For channel OUTREACH: the referral it came from; null otherwise. Whoever may read the application may read it.',
    resolve: (application, _args, context) => (application.channel === 'OUTREACH' ? context.em.findOne(OutreachReferral, { application: application.id }) : null),
  }),
}));
