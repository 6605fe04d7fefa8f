export const hello = (name: string): string => `hej ${name}`;
