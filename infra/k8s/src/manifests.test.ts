import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOverlays } from './check.ts';
import { K8S_DIR, type Manifest } from './render.ts';
import { formatProblem, type Problem } from './schema-check.ts';

// Rendering four overlays and type-checking ~80 objects takes some seconds on a busy machine.
const SLOW = 120_000;

describe('infra/k8s overlays', () => {
  let overlays: Record<string, Manifest[]>;
  let problems: Problem[];
  beforeAll(async () => {
    ({ overlays, problems } = await checkOverlays());
  }, SLOW);

  it('render and pass the Kubernetes and CloudNativePG schemas and our rules', () => {
    expect(Object.keys(overlays)).toEqual(['overlays/production', 'overlays/production/migrations', 'overlays/staging', 'overlays/staging/migrations']);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('have per service a Deployment, Service, HorizontalPodAutoscaler and PodDisruptionBudget, and the rest of the system', () => {
    for (const overlay of ['overlays/staging', 'overlays/production']) {
      const names = (kind: string) => overlays[overlay]!.filter((m) => m.kind === kind).map((m) => m.name).sort();
      const workloads = ['applications', 'feedback', 'gateway', 'identity', 'offerings', 'outreach', 'portals'];
      for (const kind of ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) expect(names(kind), `${overlay} ${kind}`).toEqual(workloads);
      expect(names('Ingress')).toEqual(['omsorg']);
      expect(names('Cluster')).toEqual(['omsorg-db']);
      expect(names('ScheduledBackup')).toEqual(['omsorg-db-nightly']);
      expect(names('NetworkPolicy')).toContain('default-deny');
      expect(names('Secret')).toEqual([]);
    }
    for (const overlay of ['overlays/staging/migrations', 'overlays/production/migrations']) {
      expect(overlays[overlay]!.map((m) => `${m.kind}/${m.name}`)).toEqual(['Job/omsorg-migrate']);
    }
  });

  it('differ between staging and production where they should, and each names one release in both its parts', () => {
    const pick = (overlay: string, kind: string, name: string) => overlays[overlay]!.find((m) => m.kind === kind && m.name === name)!.object;
    expect(pick('overlays/staging', 'HorizontalPodAutoscaler', 'gateway').spec).toMatchObject({ minReplicas: 1, maxReplicas: 2 });
    expect(pick('overlays/production', 'HorizontalPodAutoscaler', 'gateway').spec).toMatchObject({ minReplicas: 3, maxReplicas: 8 });
    expect(pick('overlays/staging', 'Cluster', 'omsorg-db').spec.backup.retentionPolicy).toBe('7d');
    expect(pick('overlays/production', 'Cluster', 'omsorg-db').spec).toMatchObject({ instances: 3, backup: { retentionPolicy: '30d' } });
    expect(pick('overlays/production', 'Ingress', 'omsorg').spec.rules.map((rule: { host: string }) => rule.host)).toEqual(['omsorg.stockholm.invalid', 'omsorg-personal.stockholm.invalid']);
    for (const environment of ['staging', 'production']) {
      const images = [...overlays[`overlays/${environment}`]!, ...overlays[`overlays/${environment}/migrations`]!].flatMap((m) =>
        (m.object.spec?.template?.spec?.containers ?? []).map((c: { image: string }) => c.image.split(':')[1]),
      );
      expect(new Set(images).size, `${environment}: one tag for every image`).toBe(1);
      expect(images).not.toContain(undefined);
    }
  });
});

describe('a broken manifest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'omsorg-k8s-'));
    for (const part of ['base', 'migrations', 'overlays', 'secrets']) cpSync(join(K8S_DIR, part), join(dir, part), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is named by file and field: a typo in a field name, a missing memory limit', async () => {
    const file = join(dir, 'base/workloads/outreach.yaml');
    const original = readFileSync(file, 'utf8');
    const broken = original.replace('terminationGracePeriodSeconds:', 'terminationGracePeriodSecond:').replace('limits: { cpu: "1", memory: 384Mi }', 'limits: { cpu: "1" }');
    expect(broken).not.toBe(original);
    writeFileSync(file, broken);

    const { problems } = await checkOverlays(dir, ['overlays/staging']);
    const messages = problems.map(formatProblem);
    for (const overlay of ['overlays/staging']) {
      expect(messages).toContainEqual(
        expect.stringMatching(new RegExp(`base/workloads/outreach\\.yaml: Deployment/outreach \\(${overlay}\\) at spec\\.template\\.spec\\.terminationGracePeriodSecond: .*'terminationGracePeriodSecond' does not exist.*Did you mean to write 'terminationGracePeriodSeconds'`)),
      );
      expect(messages).toContainEqual(`${dir}/base/workloads/outreach.yaml: Deployment/outreach (${overlay}) at spec.template.spec.containers[0].resources.limits.memory: container outreach: missing memory limit`);
    }
    expect(messages).toHaveLength(2);
  }, SLOW);
});
