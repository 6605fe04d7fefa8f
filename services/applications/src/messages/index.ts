import { mergeCatalogs, type Catalogs } from '@omsorg/platform';
import { attachmentMessages } from './attachments.ts';
import { caseIntegrityMessages } from './case-integrity.ts';
import { caseworkMessages } from './casework.ts';
import { citizenMessages } from './citizen.ts';
import { communicationMessages } from './communication.ts';
import { intakeMessages } from './intake.ts';
import { providerChoiceMessages } from './provider-choice.ts';

/** Every message of the applications service. */
export const applicationsMessages: Catalogs = mergeCatalogs(caseworkMessages, citizenMessages, communicationMessages, intakeMessages, attachmentMessages, providerChoiceMessages, caseIntegrityMessages);
