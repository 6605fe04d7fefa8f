import { startTracing } from '@omsorg/platform/tracing';

// Tracing (when on) first: what is imported after it can be traced.
await startTracing('feedback');
const { runService } = await import('@omsorg/platform');
const { feedbackService } = await import('./service.ts');
await runService(feedbackService);
