export * from './categories.ts';
export * from './languages.ts';
export * from './programme.ts';
export * from './safe-text.ts';
export * from './registration.ts';
export * from './editor.ts';
export * from './events.ts';
