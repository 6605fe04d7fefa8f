import { problemAt, type Problem } from './schema-check.ts';
import type { Manifest } from './render.ts';

/**
 * Omsorg's own rules for its manifests, beyond the schemas: each a pure function of the rendered
 * objects of one overlay, returning what is wrong. manifests.test.ts runs them on every overlay.
 */

type Labels = Record<string, string>;
type Selector = { matchLabels?: Labels; matchExpressions?: Array<{ key: string; operator: string; values?: string[] }> } | undefined;

/** Kubernetes label-selector semantics: an empty selector selects everything. */
export function selects(selector: Selector, labels: Labels): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    if (operator === 'In') return key in labels && values.includes(labels[key]!);
    if (operator === 'NotIn') return !(key in labels) || !values.includes(labels[key]!);
    if (operator === 'Exists') return key in labels;
    if (operator === 'DoesNotExist') return !(key in labels);
    return false;
  });
  return byLabels && byExpressions;
}

/** Pods that run Omsorg's code: the Deployments' and Jobs' templates. */
const WORKLOAD_KINDS = new Set(['Deployment', 'Job']);

function podTemplate(manifest: Manifest): { labels: Labels; spec: Record<string, any> } | undefined {
  if (!WORKLOAD_KINDS.has(manifest.kind)) return undefined;
  const template = manifest.object.spec?.template;
  return { labels: template?.metadata?.labels ?? {}, spec: template?.spec ?? {} };
}

const has = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * Every container: requests and limits for CPU and memory, not root, a read-only root
 * filesystem and no privilege escalation; a Deployment's containers also liveness and
 * readiness probes (a Job's run to completion and have none). Every pod: no service links.
 */
export function containerProblems(manifests: Manifest[]): Problem[] {
  const problems: Problem[] = [];
  for (const manifest of manifests) {
    const pod = podTemplate(manifest);
    if (!pod) continue;
    if (pod.spec.enableServiceLinks !== false) {
      // Service links would set IDENTITY_PORT=tcp://… and the like, which the services read as their port.
      problems.push(problemAt(manifest, 'spec.template.spec.enableServiceLinks', 'must be false: service links set <SERVICE>_PORT=tcp://… in every pod'));
    }
    const groups = ['initContainers', 'containers'] as const;
    for (const group of groups) {
      (pod.spec[group] ?? []).forEach((container: Record<string, any>, index: number) => {
        const at = `spec.template.spec.${group}[${index}]`;
        const problem = (field: string, message: string) => problems.push(problemAt(manifest, `${at}.${field}`, `container ${container.name}: ${message}`));
        for (const kind of ['requests', 'limits'] as const) {
          for (const resource of ['cpu', 'memory'] as const) {
            if (!has(container.resources?.[kind]?.[resource])) problem(`resources.${kind}.${resource}`, `missing ${resource} ${kind === 'limits' ? 'limit' : 'request'}`);
          }
        }
        const security = container.securityContext ?? {};
        if (security.runAsNonRoot !== true && pod.spec.securityContext?.runAsNonRoot !== true) problem('securityContext.runAsNonRoot', 'must run as non-root (runAsNonRoot: true)');
        if (security.readOnlyRootFilesystem !== true) problem('securityContext.readOnlyRootFilesystem', 'root filesystem must be read-only');
        if (security.allowPrivilegeEscalation !== false) problem('securityContext.allowPrivilegeEscalation', 'allowPrivilegeEscalation must be false');
        if (manifest.kind === 'Deployment' && group === 'containers') {
          if (!container.livenessProbe) problem('livenessProbe', 'missing liveness probe');
          if (!container.readinessProbe) problem('readinessProbe', 'missing readiness probe');
        }
      });
    }
  }
  return problems;
}

/** Every Deployment is scaled by a HorizontalPodAutoscaler and protected by a PodDisruptionBudget. */
export function availabilityProblems(manifests: Manifest[]): Problem[] {
  const problems: Problem[] = [];
  const hpas = manifests.filter((m) => m.kind === 'HorizontalPodAutoscaler');
  const pdbs = manifests.filter((m) => m.kind === 'PodDisruptionBudget');
  for (const deployment of manifests.filter((m) => m.kind === 'Deployment')) {
    const labels = podTemplate(deployment)!.labels;
    const hpa = hpas.find((h) => h.object.spec?.scaleTargetRef?.kind === 'Deployment' && h.object.spec?.scaleTargetRef?.name === deployment.name);
    if (!hpa) problems.push(problemAt(deployment, 'metadata.name', 'no HorizontalPodAutoscaler scales this Deployment'));
    else if ((hpa.object.spec.minReplicas ?? 1) < 1 || hpa.object.spec.maxReplicas < (hpa.object.spec.minReplicas ?? 1)) {
      problems.push(problemAt(hpa, 'spec.maxReplicas', 'maxReplicas must be at least minReplicas (and minReplicas at least 1)'));
    }
    if (has(deployment.object.spec?.replicas)) problems.push(problemAt(deployment, 'spec.replicas', 'the HorizontalPodAutoscaler owns the replica count: leave spec.replicas out'));
    if (!pdbs.some((p) => selects(p.object.spec?.selector, labels))) problems.push(problemAt(deployment, 'metadata.name', 'no PodDisruptionBudget selects its pods'));
  }
  return problems;
}

/** No Secret is rendered (secrets are created in the cluster, by name: infra/k8s/secrets/), and no ConfigMap holds something named like one. */
export function secretProblems(manifests: Manifest[]): Problem[] {
  const problems: Problem[] = [];
  for (const manifest of manifests) {
    if (manifest.kind === 'Secret') problems.push(problemAt(manifest, 'data', 'a Secret must not be kept in the repository: create it in the cluster and reference it by name'));
    if (manifest.kind === 'ConfigMap') {
      for (const key of Object.keys(manifest.object.data ?? {})) {
        if (/SECRET|PASSWORD|PEPPER|ACCESS_KEY|TOKEN/i.test(key)) problems.push(problemAt(manifest, `data.${key}`, 'looks like a secret: reference it from a Secret instead'));
      }
    }
  }
  return problems;
}

/**
 * The secrets referenced by name are the ones the README's `kubectl create secret` lines create:
 * each key is listed in `secrets/<name>.env.example` (`known`: secret name -> keys), or made by
 * the CloudNativePG operator (`<cluster>-app`, for each of `clusters`).
 */
export function secretReferenceProblems(manifests: Manifest[], known: Record<string, string[]>, clusters: string[] = manifests.filter((m) => m.kind === 'Cluster').map((m) => m.name)): Problem[] {
  const problems: Problem[] = [];
  const operatorMade = new Set(clusters.map((name) => `${name}-app`));
  const check = (manifest: Manifest, field: string, name: string, key: string) => {
    if (operatorMade.has(name) && key === 'uri') return;
    if (!known[name]?.includes(key)) problems.push(problemAt(manifest, field, `Secret ${name} key ${key} is not listed in infra/k8s/secrets/${name}.env.example`));
  };
  for (const manifest of manifests) {
    const pod = podTemplate(manifest);
    pod?.spec.containers?.forEach((container: Record<string, any>, index: number) => {
      (container.env ?? []).forEach((variable: Record<string, any>, envIndex: number) => {
        const ref = variable.valueFrom?.secretKeyRef;
        if (ref) check(manifest, `spec.template.spec.containers[${index}].env[${envIndex}]`, ref.name, ref.key);
      });
    });
    if (manifest.kind === 'Cluster') {
      const credentials = manifest.object.spec?.backup?.barmanObjectStore?.s3Credentials ?? {};
      for (const [field, ref] of Object.entries(credentials) as Array<[string, { name: string; key: string }]>) {
        check(manifest, `spec.backup.barmanObjectStore.s3Credentials.${field}`, ref.name, ref.key);
      }
    }
  }
  return problems;
}

/**
 * The public door: the Ingress sends exactly the gateway's paths (`gatewayPaths`: /graphql,
 * /auth and the file routes) to the gateway and `/` to the portals, on every host, and never
 * /metrics or /health.
 */
export function ingressProblems(manifests: Manifest[], gatewayPaths: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const ingress of manifests.filter((m) => m.kind === 'Ingress')) {
    (ingress.object.spec?.rules ?? []).forEach((rule: Record<string, any>, ruleIndex: number) => {
      const paths: Array<Record<string, any>> = rule.http?.paths ?? [];
      const at = `spec.rules[${ruleIndex}].http.paths`;
      paths.forEach((path, pathIndex) => {
        if (/^\/(metrics|health)/.test(path.path) || (path.path === '/' && path.backend?.service?.name === 'gateway')) {
          problems.push(problemAt(ingress, `${at}[${pathIndex}].path`, `${path.path} must never be public`));
        }
        if (path.pathType !== 'Prefix') problems.push(problemAt(ingress, `${at}[${pathIndex}].pathType`, 'use Prefix'));
      });
      const toGateway = paths.filter((p) => p.backend?.service?.name === 'gateway').map((p) => p.path as string);
      for (const missing of gatewayPaths.filter((p) => !toGateway.includes(p))) problems.push(problemAt(ingress, at, `${missing} (the gateway answers it) is not routed to the gateway on ${rule.host}`));
      for (const extra of toGateway.filter((p) => !gatewayPaths.includes(p))) problems.push(problemAt(ingress, at, `${extra} is routed to the gateway on ${rule.host}, which does not answer it`));
      if (!paths.some((p) => p.path === '/' && p.backend?.service?.name === 'portals')) problems.push(problemAt(ingress, at, `/ is not routed to the portals on ${rule.host}`));
    });
  }
  return problems;
}

type PolicyPeer = { podSelector?: Selector; namespaceSelector?: Selector; ipBlock?: unknown };

/** The pods a NetworkPolicy peer in the same namespace selects, by name of their workload. */
function peerPods(peer: PolicyPeer, pods: Array<{ name: string; labels: Labels }>): string[] {
  if (peer.namespaceSelector || peer.ipBlock) return [];
  return pods.filter((pod) => selects(peer.podSelector ?? {}, pod.labels)).map((pod) => pod.name);
}

/**
 * Network isolation: a default deny for every pod in both directions; the subgraphs accept
 * connections only from the gateway (and other namespaces' monitoring); PostgreSQL only from
 * the services, the migrations and its own instances; the portals and the gateway from the
 * ingress controller's namespace.
 */
export function networkProblems(manifests: Manifest[], options: { ingressNamespace: string }): Problem[] {
  const problems: Problem[] = [];
  const policies = manifests.filter((m) => m.kind === 'NetworkPolicy');
  const pods = manifests.flatMap((m) => {
    const pod = podTemplate(m);
    return pod ? [{ name: m.name, labels: pod.labels, manifest: m }] : [];
  });
  const clusters = manifests.filter((m) => m.kind === 'Cluster');
  const databasePods = clusters.map((c) => ({ name: `${c.name} (PostgreSQL)`, labels: { 'cnpg.io/cluster': c.name } as Labels, manifest: c }));
  const everyPod = [...pods, ...databasePods];

  const defaultDeny = policies.some(
    (p) => Object.keys(p.object.spec?.podSelector ?? {}).length === 0 && ['Ingress', 'Egress'].every((t) => p.object.spec?.policyTypes?.includes(t)) && !p.object.spec?.ingress && !p.object.spec?.egress,
  );
  const anchor = policies[0] ?? manifests[0];
  if (!defaultDeny && anchor) problems.push(problemAt(anchor, 'spec.podSelector', 'no default-deny NetworkPolicy (podSelector {}, policyTypes Ingress and Egress, no rules)'));

  /** Who may open connections to `target`: workload names in this namespace, or `namespace:<name>`. */
  const allowedFrom = (target: { labels: Labels }) =>
    policies
      .filter((p) => selects(p.object.spec?.podSelector, target.labels))
      .flatMap((p) => (p.object.spec?.ingress ?? []).map((rule: { from?: PolicyPeer[] }) => ({ policy: p, peers: rule.from })))
      .flatMap(({ policy, peers }: { policy: Manifest; peers?: PolicyPeer[] }) =>
        peers === undefined
          ? [{ policy, who: '(anyone)' }]
          : peers.flatMap((peer) => [
              ...peerPods(peer, everyPod).map((who) => ({ policy, who })),
              ...(peer.namespaceSelector ? [{ policy, who: `namespace:${peer.namespaceSelector.matchLabels?.['kubernetes.io/metadata.name'] ?? '(any)'}` }] : []),
              ...(peer.ipBlock ? [{ policy, who: '(addresses)' }] : []),
            ]),
      );

  const componentOf = (name: string) => pods.find((p) => p.name === name)?.labels['app.kubernetes.io/component'];
  const otherNamespaces = new Set([`namespace:${options.ingressNamespace}`, 'namespace:monitoring', 'namespace:cnpg-system']);
  for (const pod of everyPod) {
    const component = pod.labels['app.kubernetes.io/component'];
    const allowed = allowedFrom(pod);
    const refuse = (who: string, policy: Manifest) => problems.push(problemAt(policy, 'spec.ingress', `lets ${who} reach ${pod.name}`));
    for (const { policy, who } of allowed) {
      if (who === '(anyone)' || who === '(addresses)' || who === 'namespace:(any)') refuse(who, policy);
      else if (who.startsWith('namespace:') && !otherNamespaces.has(who)) refuse(who, policy);
      else if (component === 'subgraph' && !who.startsWith('namespace:') && componentOf(who) !== 'gateway') refuse(who, policy);
      else if (component === 'subgraph' && who === `namespace:${options.ingressNamespace}`) refuse(who, policy);
      else if ((component === 'gateway' || component === 'portals') && !who.startsWith('namespace:')) refuse(who, policy);
      else if (pod.labels['cnpg.io/cluster'] && !who.startsWith('namespace:') && !who.endsWith('(PostgreSQL)') && !['subgraph', 'gateway', 'migrations'].includes(componentOf(who) ?? '')) refuse(who, policy);
      else if (pod.labels['cnpg.io/cluster'] && who === `namespace:${options.ingressNamespace}`) refuse(who, policy);
    }
    if ((component === 'gateway' || component === 'portals') && !allowed.some((a) => a.who === `namespace:${options.ingressNamespace}`)) {
      problems.push(problemAt(pod.manifest, 'metadata.labels', `no NetworkPolicy lets the ingress controller (namespace ${options.ingressNamespace}) reach ${pod.name}`));
    }
  }
  // The services must still reach PostgreSQL: an egress rule to its pods on 5432.
  for (const pod of pods.filter((p) => ['subgraph', 'gateway', 'migrations'].includes(p.labels['app.kubernetes.io/component'] ?? ''))) {
    const reaches = policies
      .filter((p) => selects(p.object.spec?.podSelector, pod.labels))
      .some((p) => (p.object.spec?.egress ?? []).some((rule: { to?: PolicyPeer[]; ports?: Array<{ port: number }> }) => rule.ports?.some((port) => port.port === 5432) && rule.to?.some((peer) => databasePods.some((db) => selects(peer.podSelector, db.labels)))));
    if (clusters.length > 0 && !reaches) problems.push(problemAt(pod.manifest, 'metadata.labels', `${pod.name} may not connect to PostgreSQL (no egress to it on 5432)`));
  }
  return problems;
}

/**
 * PostgreSQL's max_connections covers every pod at its autoscaler's maximum: a subgraph holds
 * DATABASE_POOL_MAX + JOB_POOL_MAX + 1 (pg-boss's LISTEN), the gateway its pool of 10, the
 * migrations Job (rendered apart, run beside the old release) one pool, with `reserve` left for the operator and superuser.
 */
export function connectionBudgetProblems(manifests: Manifest[], perPod: { subgraph: number; gateway: number; migrations: number }, reserve = 20): Problem[] {
  const problems: Problem[] = [];
  for (const cluster of manifests.filter((m) => m.kind === 'Cluster')) {
    const max = Number(cluster.object.spec?.postgresql?.parameters?.max_connections ?? 100);
    let needed = reserve;
    for (const hpa of manifests.filter((m) => m.kind === 'HorizontalPodAutoscaler')) {
      const component = hpa.object.metadata?.labels?.['app.kubernetes.io/component'];
      if (component === 'subgraph' || component === 'gateway') needed += hpa.object.spec.maxReplicas * perPod[component as 'subgraph' | 'gateway'];
    }
    needed += perPod.migrations;
    if (needed > max) problems.push(problemAt(cluster, 'spec.postgresql.parameters.max_connections', `${max} is too few: the autoscalers' maxima need ${needed}`));
  }
  return problems;
}
