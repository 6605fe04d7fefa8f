import { describe, expect, it } from 'vitest';
import {
  availabilityProblems,
  connectionBudgetProblems,
  containerProblems,
  ingressProblems,
  networkProblems,
  secretProblems,
  secretReferenceProblems,
  selects,
} from './policy.ts';
import type { Manifest } from './render.ts';
import type { Problem } from './schema-check.ts';

function manifest(kind: string, name: string, object: Record<string, any>, apiVersion = 'v1'): Manifest {
  return { overlay: 'overlays/test', source: `infra/k8s/base/${name}.yaml`, apiVersion, kind, name, object: { apiVersion, kind, metadata: { name }, ...object } };
}

const goodContainer = (name: string) => ({
  name,
  livenessProbe: { httpGet: { path: '/health/live', port: 8080 } },
  readinessProbe: { httpGet: { path: '/health/ready', port: 8080 } },
  resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '384Mi' } },
  securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
});

function deployment(name: string, component: string, container: Record<string, any> = goodContainer(name), extraLabels: Record<string, string> = {}) {
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': component, ...extraLabels };
  return manifest('Deployment', name, { spec: { selector: { matchLabels: { 'app.kubernetes.io/name': name } }, template: { metadata: { labels }, spec: { enableServiceLinks: false, containers: [container] } } } }, 'apps/v1');
}

const fields = (problems: Problem[]) => problems.map((p) => `${p.resource} ${p.field}: ${p.message}`);

describe('selects', () => {
  it('follows label-selector semantics', () => {
    const labels = { app: 'gateway', tier: 'web' };
    expect(selects({}, labels)).toBe(true);
    expect(selects(undefined, labels)).toBe(false);
    expect(selects({ matchLabels: { app: 'gateway' } }, labels)).toBe(true);
    expect(selects({ matchLabels: { app: 'identity' } }, labels)).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'app', operator: 'In', values: ['identity', 'gateway'] }] }, labels)).toBe(true);
    expect(selects({ matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['gateway'] }] }, labels)).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'missing', operator: 'DoesNotExist' }] }, labels)).toBe(true);
    expect(selects({ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, labels)).toBe(true);
  });
});

describe('containerProblems', () => {
  it('accepts a complete container', () => {
    expect(containerProblems([deployment('identity', 'subgraph')])).toEqual([]);
  });

  it('names each missing probe, request, limit and security setting by its field', () => {
    const bare = { name: 'identity', resources: { requests: { cpu: '100m' }, limits: { memory: '384Mi' } }, securityContext: { allowPrivilegeEscalation: true } };
    expect(fields(containerProblems([deployment('identity', 'subgraph', bare)]))).toEqual([
      'Deployment/identity spec.template.spec.containers[0].resources.requests.memory: container identity: missing memory request',
      'Deployment/identity spec.template.spec.containers[0].resources.limits.cpu: container identity: missing cpu limit',
      'Deployment/identity spec.template.spec.containers[0].securityContext.runAsNonRoot: container identity: must run as non-root (runAsNonRoot: true)',
      'Deployment/identity spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem: container identity: root filesystem must be read-only',
      'Deployment/identity spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation: container identity: allowPrivilegeEscalation must be false',
      'Deployment/identity spec.template.spec.containers[0].livenessProbe: container identity: missing liveness probe',
      'Deployment/identity spec.template.spec.containers[0].readinessProbe: container identity: missing readiness probe',
    ]);
  });

  it('refuses service links, which would set IDENTITY_PORT=tcp://… in every pod', () => {
    const identity = deployment('identity', 'subgraph');
    delete identity.object.spec.template.spec.enableServiceLinks;
    expect(fields(containerProblems([identity]))).toEqual(['Deployment/identity spec.template.spec.enableServiceLinks: must be false: service links set <SERVICE>_PORT=tcp://… in every pod']);
  });

  it('takes runAsNonRoot from the pod and asks no probes of a Job', () => {
    const { livenessProbe: _l, readinessProbe: _r, ...container } = goodContainer('migrate');
    const job = manifest('Job', 'migrate', { spec: { template: { spec: { enableServiceLinks: false, securityContext: { runAsNonRoot: true }, containers: [{ ...container, securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false } }] } } } }, 'batch/v1');
    expect(containerProblems([job])).toEqual([]);
  });
});

describe('availabilityProblems', () => {
  it('wants an autoscaler and a disruption budget for every Deployment, and no fixed replica count', () => {
    const identity = deployment('identity', 'subgraph');
    identity.object.spec.replicas = 2;
    const hpa = manifest('HorizontalPodAutoscaler', 'identity', { spec: { scaleTargetRef: { kind: 'Deployment', name: 'identity' }, minReplicas: 2, maxReplicas: 4 } }, 'autoscaling/v2');
    const pdb = manifest('PodDisruptionBudget', 'identity', { spec: { maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'identity' } } } }, 'policy/v1');
    expect(fields(availabilityProblems([identity]))).toEqual([
      'Deployment/identity metadata.name: no HorizontalPodAutoscaler scales this Deployment',
      'Deployment/identity spec.replicas: the HorizontalPodAutoscaler owns the replica count: leave spec.replicas out',
      'Deployment/identity metadata.name: no PodDisruptionBudget selects its pods',
    ]);
    delete identity.object.spec.replicas;
    expect(availabilityProblems([identity, hpa, pdb])).toEqual([]);
  });
});

describe('secrets', () => {
  it('refuses any rendered Secret and secret-looking ConfigMap keys', () => {
    const secret = manifest('Secret', 'omsorg-secrets', { data: { INTERNAL_JWT_SECRET: 'eA==' } });
    const config = manifest('ConfigMap', 'omsorg-config', { data: { LOG_LEVEL: 'info', SURVEY_PEPPER: 'x' } });
    expect(fields(secretProblems([secret, config]))).toEqual([
      'Secret/omsorg-secrets data: a Secret must not be kept in the repository: create it in the cluster and reference it by name',
      'ConfigMap/omsorg-config data.SURVEY_PEPPER: looks like a secret: reference it from a Secret instead',
    ]);
  });

  it('wants every referenced secret key documented, except the database URI the operator makes', () => {
    const container = { ...goodContainer('identity'), env: [
      { name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'omsorg-db-app', key: 'uri' } } },
      { name: 'INTERNAL_JWT_SECRET', valueFrom: { secretKeyRef: { name: 'omsorg-secrets', key: 'INTERNAL_JWT_SECRET' } } },
      { name: 'SMTP_URL', valueFrom: { secretKeyRef: { name: 'omsorg-secrets', key: 'SMTP_URL' } } },
    ] };
    const problems = secretReferenceProblems([deployment('identity', 'subgraph', container)], { 'omsorg-secrets': ['INTERNAL_JWT_SECRET'] }, ['omsorg-db']);
    expect(fields(problems)).toEqual(['Deployment/identity spec.template.spec.containers[0].env[2]: Secret omsorg-secrets key SMTP_URL is not listed in infra/k8s/secrets/omsorg-secrets.env.example']);
  });
});

describe('ingressProblems', () => {
  const route = (path: string, service: string) => ({ path, pathType: 'Prefix', backend: { service: { name: service, port: { name: 'http' } } } });
  const ingress = (paths: unknown[]) => manifest('Ingress', 'omsorg', { spec: { rules: [{ host: 'omsorg.invalid', http: { paths } }] } }, 'networking.k8s.io/v1');

  it('routes exactly the gateway paths to the gateway and the rest to the portals', () => {
    expect(ingressProblems([ingress([route('/graphql', 'gateway'), route('/auth', 'gateway'), route('/', 'portals')])], ['/graphql', '/auth'])).toEqual([]);
    expect(fields(ingressProblems([ingress([route('/graphql', 'gateway'), route('/old', 'gateway'), route('/', 'portals')])], ['/graphql', '/auth']))).toEqual([
      'Ingress/omsorg spec.rules[0].http.paths: /auth (the gateway answers it) is not routed to the gateway on omsorg.invalid',
      'Ingress/omsorg spec.rules[0].http.paths: /old is routed to the gateway on omsorg.invalid, which does not answer it',
    ]);
  });

  it('never makes /metrics or /health public', () => {
    const problems = ingressProblems([ingress([route('/graphql', 'gateway'), route('/metrics', 'gateway'), route('/health', 'gateway'), route('/', 'portals')])], ['/graphql', '/metrics', '/health']);
    expect(fields(problems)).toEqual([
      'Ingress/omsorg spec.rules[0].http.paths[1].path: /metrics must never be public',
      'Ingress/omsorg spec.rules[0].http.paths[2].path: /health must never be public',
    ]);
  });
});

describe('networkProblems', () => {
  const policy = (name: string, spec: Record<string, any>) => manifest('NetworkPolicy', name, { spec }, 'networking.k8s.io/v1');
  const denyAll = policy('default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
  const fromIngress = policy('edge', {
    podSelector: { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: ['gateway', 'portals'] }] },
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }] }],
  });
  const subgraphsFromGateway = policy('subgraphs', { podSelector: { matchLabels: { 'app.kubernetes.io/component': 'subgraph' } }, ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } } }] }] });
  const database = manifest('Cluster', 'omsorg-db', { spec: { instances: 2 } }, 'postgresql.cnpg.io/v1');
  const client = { 'omsorg/postgres-client': 'true' };
  const toDatabase = policy('postgres-clients', { podSelector: { matchLabels: client }, egress: [{ to: [{ podSelector: { matchLabels: { 'cnpg.io/cluster': 'omsorg-db' } } }], ports: [{ port: 5432 }] }] });
  const databaseFromClients = policy('postgres', { podSelector: { matchLabels: { 'cnpg.io/cluster': 'omsorg-db' } }, ingress: [{ from: [{ podSelector: { matchLabels: client } }] }] });
  const system = () => [
    deployment('gateway', 'gateway', undefined, client),
    deployment('identity', 'subgraph', undefined, client),
    deployment('portals', 'portals'),
    database,
    denyAll,
    fromIngress,
    subgraphsFromGateway,
    toDatabase,
    databaseFromClients,
  ];
  const check = (manifests: Manifest[]) => fields(networkProblems(manifests, { ingressNamespace: 'ingress-nginx' }));

  it('accepts default deny, the gateway to the subgraphs, the services to PostgreSQL, the ingress controller to the edge', () => {
    expect(check(system())).toEqual([]);
  });

  it('wants a default deny', () => {
    expect(check(system().filter((m) => m !== denyAll))).toEqual(['NetworkPolicy/edge spec.podSelector: no default-deny NetworkPolicy (podSelector {}, policyTypes Ingress and Egress, no rules)']);
  });

  it('refuses anyone but the gateway reaching a subgraph', () => {
    const portalsToIdentity = policy('shortcut', { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'identity' } }, ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'portals' } } }] }] });
    const open = policy('open', { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'identity' } }, ingress: [{}] });
    expect(check([...system(), portalsToIdentity, open])).toEqual(['NetworkPolicy/shortcut spec.ingress: lets portals reach identity', 'NetworkPolicy/open spec.ingress: lets (anyone) reach identity']);
  });

  it('refuses the portals reaching PostgreSQL, and says when a service cannot', () => {
    const portalsAsClient = policy('postgres-portals', { podSelector: { matchLabels: { 'cnpg.io/cluster': 'omsorg-db' } }, ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'portals' } } }] }] });
    expect(check([...system(), portalsAsClient])).toEqual(['NetworkPolicy/postgres-portals spec.ingress: lets portals reach omsorg-db (PostgreSQL)']);
    expect(check(system().filter((m) => m !== toDatabase))).toEqual([
      'Deployment/gateway metadata.labels: gateway may not connect to PostgreSQL (no egress to it on 5432)',
      'Deployment/identity metadata.labels: identity may not connect to PostgreSQL (no egress to it on 5432)',
    ]);
  });

  it('wants the ingress controller to reach the gateway and the portals', () => {
    expect(check(system().filter((m) => m !== fromIngress))).toEqual([
      'Deployment/gateway metadata.labels: no NetworkPolicy lets the ingress controller (namespace ingress-nginx) reach gateway',
      'Deployment/portals metadata.labels: no NetworkPolicy lets the ingress controller (namespace ingress-nginx) reach portals',
    ]);
  });
});

describe('connectionBudgetProblems', () => {
  const hpa = (name: string, component: string, maxReplicas: number) =>
    manifest('HorizontalPodAutoscaler', name, { metadata: { name, labels: { 'app.kubernetes.io/component': component } }, spec: { maxReplicas } }, 'autoscaling/v2');
  const cluster = (max: string) => manifest('Cluster', 'omsorg-db', { spec: { postgresql: { parameters: { max_connections: max } } } }, 'postgresql.cnpg.io/v1');
  const perPod = { subgraph: 13, gateway: 10, migrations: 10 };

  it('fits every pod at its autoscaler maximum into max_connections', () => {
    // 2 x 6 x 13 + 8 x 10 + 10 (migrations) + 20 (reserve) = 266
    const system = [hpa('identity', 'subgraph', 6), hpa('feedback', 'subgraph', 6), hpa('gateway', 'gateway', 8), hpa('portals', 'portals', 10)];
    expect(connectionBudgetProblems([...system, cluster('266')], perPod)).toEqual([]);
    expect(fields(connectionBudgetProblems([...system, cluster('265')], perPod))).toEqual([
      'Cluster/omsorg-db spec.postgresql.parameters.max_connections: 265 is too few: the autoscalers\' maxima need 266',
    ]);
  });
});
