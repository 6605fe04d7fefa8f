import { mergeCatalogs, type Catalogs } from '@omsorg/platform';
import { cohortMessages } from './cohort.ts';
import { invitationMessages } from './invitation.ts';
import { letterMessages } from './letters.ts';

/** Every message of the outreach service; each area adds its file here. */
export const outreachMessages: Catalogs = mergeCatalogs(cohortMessages, invitationMessages, letterMessages);
