import { describe, expect, it } from 'vitest';
import { GATEWAY_PATHS } from './file-routes.ts';
import { operationNames, routeGroup } from './metrics.ts';

describe('gateway metrics', () => {
  it('counts paths under a fixed set of route groups, never the path itself', () => {
    expect(routeGroup('/graphql')).toBe('graphql');
    expect(routeGroup('/auth/callback')).toBe('auth');
    expect(routeGroup('/attachments/2f0c7e3a-1d5b-4c9e-8a7f-0b1c2d3e4f5a')).toBe('/attachments');
    expect(routeGroup('/health/ready')).toBe('health');
    expect(routeGroup('/metrics')).toBe('metrics');
    expect(routeGroup('/19121212-1212')).toBe('other');
  });

  it('knows the trusted documents’ operation names', () => {
    const names = operationNames(new Map([['h1', 'query MyCases { me { id } }'], ['h2', 'mutation Send($x: ID!) { send(id: $x) } fragment F on T { a }'], ['h3', '{ anonymous }']]));
    expect([...names].sort()).toEqual(['MyCases', 'Send']);
  });

  it('is not among the paths the portals pass to the gateway', () => {
    expect(GATEWAY_PATHS.some((path) => path.startsWith('/metrics') || path.startsWith('/health'))).toBe(false);
  });
});
