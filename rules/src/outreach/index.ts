export * from './events.ts';
export * from './invitation.ts';
