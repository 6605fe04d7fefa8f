export { testPlugins } from './mount-options.ts';
export { sentWith, stubGateway, stubGatewayResponses, type SentOperation } from './gateway-stub.ts';
