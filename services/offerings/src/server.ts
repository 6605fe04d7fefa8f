import { startTracing } from '@omsorg/platform/tracing';

// Tracing (when on) first: what is imported after it can be traced.
await startTracing('offerings');
const { runService } = await import('@omsorg/platform');
const { offeringsService } = await import('./service.ts');
await runService(offeringsService);
