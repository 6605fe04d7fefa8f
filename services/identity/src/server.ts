import { startTracing } from '@omsorg/platform/tracing';

// Tracing (when on) first: what is imported after it can be traced.
await startTracing('identity');
const { runService } = await import('@omsorg/platform');
const { identityService } = await import('./service.ts');
await runService(identityService);
