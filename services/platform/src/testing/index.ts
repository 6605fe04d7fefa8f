export * from './test-database.ts';
export * from './test-subgraph.ts';
export * from './poll.ts';
export * from './count-statements.ts';
export * from './capture-logs.ts';
