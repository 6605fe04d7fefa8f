export * from './events.ts';
export * from './availability.ts';
