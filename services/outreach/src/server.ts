import { startTracing } from '@omsorg/platform/tracing';

// Tracing (when on) first: what is imported after it can be traced.
await startTracing('outreach');
const { runService } = await import('@omsorg/platform');
const { outreachService } = await import('./service.ts');
await runService(outreachService);
