import { describe, expect, it } from 'vitest';
import type { Manifest } from './render.ts';
import { formatProblem, schemaModule, schemaProblems } from './schema-check.ts';

function manifest(apiVersion: string, kind: string, name: string, rest: Record<string, unknown>): Manifest {
  return { overlay: 'overlays/test', source: `infra/k8s/base/${name}.yaml`, apiVersion, kind, name, object: { apiVersion, kind, metadata: { name }, ...rest } };
}

describe('schemaModule', () => {
  it('finds the model of a core, a grouped and a CloudNativePG kind, and none for an unknown group', () => {
    expect(schemaModule('v1', 'ConfigMap')).toBe('kubernetes-models/v1/ConfigMap');
    expect(schemaModule('apps/v1', 'Deployment')).toBe('kubernetes-models/apps/v1/Deployment');
    expect(schemaModule('postgresql.cnpg.io/v1', 'Cluster')).toBe('@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Cluster');
    expect(schemaModule('example.com/v1', 'Widget')).toBeUndefined();
  });
});

describe('schemaProblems', () => {
  it('names wrong types, unknown fields at any depth, and kinds it has no schema for', async () => {
    const container = { name: 'identity', image: 'omsorg/identity', ports: [{ containerPort: 'http' }], resources: { limitz: { cpu: '1' } } };
    const deployment = manifest('apps/v1', 'Deployment', 'identity', {
      spec: { replicass: 2, selector: { matchLabels: { app: 'identity' } }, template: { metadata: { labels: { app: 'identity' } }, spec: { containers: [container] } } },
    });
    const cluster = manifest('postgresql.cnpg.io/v1', 'Cluster', 'omsorg-db', { spec: { instances: 2, storage: { size: '1Gi', clas: 'fast' } } });
    const config = manifest('v1', 'ConfigMap', 'omsorg-config', { data: { LOG_LEVEL: 'info' } });
    const widget = manifest('example.com/v1', 'Widget', 'thing', {});
    const job = manifest('batch/v1', 'Jobb', 'typo', {});

    const messages = (await schemaProblems([deployment, cluster, config, widget, job])).map(formatProblem);
    const at = 'infra/k8s/base/identity.yaml: Deployment/identity (overlays/test) at spec';
    expect(messages).toEqual(
      expect.arrayContaining([
        `${at}.template.spec.containers[0].ports[0].containerPort: must be integer`,
        expect.stringMatching(/^infra\/k8s\/base\/identity\.yaml: Deployment\/identity \(overlays\/test\) at spec\.replicass: .*'replicass' does not exist in type 'IDeploymentSpec'\. Did you mean to write 'replicas'\?$/),
        expect.stringMatching(/at spec\.template\.spec\.containers\[0\]\.resources\.limitz: .*'limitz' does not exist in type 'IResourceRequirements'/),
        expect.stringMatching(/^infra\/k8s\/base\/omsorg-db\.yaml: Cluster\/omsorg-db \(overlays\/test\) at spec\.storage\.clas: .*'clas' does not exist/),
        'infra/k8s/base/thing.yaml: Widget/thing (overlays/test) at kind: no schema known for example.com/v1 Widget: add its model package to infra/k8s/src/schema-check.ts',
        'infra/k8s/base/typo.yaml: Jobb/typo (overlays/test) at kind: no schema known for batch/v1 Jobb: add its model package to infra/k8s/src/schema-check.ts',
      ]),
    );
    expect(messages.filter((message) => message.includes('ConfigMap'))).toEqual([]);
  }, 60_000);
});
