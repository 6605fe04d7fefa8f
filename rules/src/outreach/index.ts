export * from './events.ts';
export * from './health-conversation.ts';
