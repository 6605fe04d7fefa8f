import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_PATHS } from '@omsorg/gateway/file-routes';
import { availabilityProblems, connectionBudgetProblems, containerProblems, ingressProblems, networkProblems, secretProblems, secretReferenceProblems } from './policy.ts';
import { K8S_DIR, overlayDirs, renderOverlay, type Manifest } from './render.ts';
import { formatProblem, schemaProblems, type Problem } from './schema-check.ts';

/** Secret name -> its keys, from `secrets/<name>.env.example` (what the README tells operators to create). */
export function documentedSecrets(k8sDir = K8S_DIR): Record<string, string[]> {
  const dir = join(k8sDir, 'secrets');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.env.example'))
      .map((file) => [
        file.replace(/\.env\.example$/, ''),
        readFileSync(join(dir, file), 'utf8')
          .split('\n')
          .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
          .map((line) => line.slice(0, line.indexOf('='))),
      ]),
  );
}

/** Omsorg's rules for one overlay's objects (the schema check runs over all overlays at once: one TypeScript program). */
export function policyProblems(manifests: Manifest[], secrets: Record<string, string[]>, clusters: string[]): Problem[] {
  const config = manifests.find((m) => m.kind === 'ConfigMap' && m.name.startsWith('omsorg-config'))?.object.data ?? {};
  const pool = Number(config.DATABASE_POOL_MAX ?? 10);
  return [
    ...containerProblems(manifests),
    ...availabilityProblems(manifests),
    ...secretProblems(manifests),
    ...secretReferenceProblems(manifests, secrets, clusters),
    ...ingressProblems(manifests, GATEWAY_PATHS),
    ...(manifests.some((m) => m.kind === 'NetworkPolicy') ? networkProblems(manifests, { ingressNamespace: 'ingress-nginx' }) : []),
    ...connectionBudgetProblems(manifests, { subgraph: pool + Number(config.JOB_POOL_MAX ?? 2) + 1, gateway: 10, migrations: pool }),
  ];
}

/** Renders every overlay under `k8sDir` (or `only` those) and returns everything wrong with them. */
export async function checkOverlays(k8sDir = K8S_DIR, only?: string[]): Promise<{ overlays: Record<string, Manifest[]>; problems: Problem[] }> {
  const names = overlayDirs(k8sDir).filter((name) => !only || only.includes(name));
  const rendered = await Promise.all(names.map((name) => renderOverlay(name, k8sDir)));
  const overlays = Object.fromEntries(names.map((name, index) => [name, rendered[index]!]));
  const secrets = documentedSecrets(k8sDir);
  // The migrations overlays read the database the system's overlays create.
  const clusters = [...new Set(rendered.flat().filter((m) => m.kind === 'Cluster').map((m) => m.name))];
  const problems = [...(await schemaProblems(rendered.flat())), ...rendered.flatMap((manifests) => policyProblems(manifests, secrets, clusters))];
  return { overlays, problems };
}

// `node infra/k8s/src/check.ts`: the same check as pnpm test, for a quick look after an edit.
if (import.meta.main) {
  const { overlays, problems } = await checkOverlays();
  for (const [name, manifests] of Object.entries(overlays)) console.log(`${name}: ${manifests.length} objects`);
  for (const problem of problems) console.error(formatProblem(problem));
  process.exitCode = problems.length > 0 ? 1 : 0;
}
