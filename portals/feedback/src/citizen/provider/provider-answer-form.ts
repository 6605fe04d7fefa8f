import { providerAnswerText } from '@omsorg/rules/feedback';
import { z } from 'zod';

export { FORWARD_TEXT_MAX_LENGTH } from '@omsorg/rules/feedback';

/** The provider's answer: the service checks the same rule. */
export const providerPageSchema = z.object({ answer: providerAnswerText({ missing: 'provider.answerMissing' }) });
export const providerPageFieldIds = { answer: 'provider-answer' };
