export { startGateway, type RunningGateway } from './gateway.ts';
export { gatewayConfigFromEnv, type GatewayConfig } from './config.ts';
