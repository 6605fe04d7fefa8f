import { createLogger, onShutdown } from '@omsorg/platform';
import { gatewayConfigFromEnv } from './config.ts';
import { startGateway } from './gateway.ts';

const log = createLogger('gateway');
const gateway = await startGateway(gatewayConfigFromEnv(), log);
onShutdown(log, [gateway.close]);
