import { startTracing, stopTracing } from '@omsorg/platform/tracing';

// Tracing (when on) first: what is imported after it can be traced. Each public request starts its own trace.
await startTracing('gateway', { continueIncomingTraces: false });
const { createLogger, onShutdown } = await import('@omsorg/platform');
const { gatewayConfigFromEnv } = await import('./config.ts');
const { startGateway } = await import('./gateway.ts');

const log = createLogger('gateway');
const gateway = await startGateway(gatewayConfigFromEnv(), log);
onShutdown(log, [gateway.close, stopTracing]);
