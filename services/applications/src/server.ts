import { runService } from '@omsorg/platform';
import { callbackRules } from './domain/callbacks.ts';
import { applicationsService } from './service.ts';

// Refuse to start with office hours that are not hours (CALLBACK_OFFICE_HOURS, CALLBACK_WORKING_DAYS).
callbackRules();
await runService(applicationsService);
