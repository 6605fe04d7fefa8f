export * from './events.ts';
export * from './invitation.ts';
export * from './availability.ts';
export * from './health-conversation.ts';
