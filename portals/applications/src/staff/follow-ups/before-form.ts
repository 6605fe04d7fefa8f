import { day } from '@omsorg/rules';
import { z } from 'zod';

/** The last due day of the follow-ups to list: a real day. */
export const followUpsBeforeSchema = z.object({ before: day() });
