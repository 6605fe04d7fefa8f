import { startTracing } from '@omsorg/platform/tracing';

// Tracing (when on) first: what is imported after it can be traced.
await startTracing('applications');
const { runService } = await import('@omsorg/platform');
const { callbackRules } = await import('./domain/callbacks.ts');
const { applicationsService } = await import('./service.ts');

// Refuse to start with office hours that are not hours (CALLBACK_OFFICE_HOURS, CALLBACK_WORKING_DAYS).
callbackRules();
await runService(applicationsService);
