export { startStack, type RunningStack, type StackUrls } from './stack.ts';
export { portsFromEnv, type StackPorts } from './ports.ts';
export { serviceNodeFlags, startNodeProcess, waitForHttp } from './child-process.ts';
