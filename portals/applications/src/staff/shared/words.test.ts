import { describe, expect, it } from 'vitest';
import { ApplicationStatus, DecisionOutcome, ServiceType } from '../../generated/graphql.ts';
import shared from '../../locales/sv.json';
import staff from '../../locales/staff/sv.json';

type Tree = { [key: string]: string | Tree };
const at = (tree: Tree, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

describe('words for the generated enums', () => {
  it('has a Swedish word for every value the schema has', () => {
    for (const type of Object.values(ServiceType)) expect(at(shared as Tree, `applications.serviceType.${type}`) ?? at(staff as Tree, `applications.staff.words.serviceType.${type}`), type).toBeTypeOf('string');
    for (const status of Object.values(ApplicationStatus)) expect(at(staff as Tree, `applications.staff.words.status.${status}`), status).toBeTypeOf('string');
    for (const outcome of Object.values(DecisionOutcome)) expect(at(shared as Tree, `applications.decisionOutcome.${outcome}`) ?? at(staff as Tree, `applications.staff.words.outcome.${outcome}`), outcome).toBeTypeOf('string');
  });
});
