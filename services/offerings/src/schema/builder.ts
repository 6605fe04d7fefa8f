import { createBuilder } from '@omsorg/platform';

export const builder = createBuilder({ mutations: true });
