import { join } from 'node:path';
import ts from 'typescript';
import { K8S_DIR, type Manifest } from './render.ts';

/** One thing wrong with a rendered manifest, named so that a person can go and fix it. */
export type Problem = {
  overlay: string;
  /** The file the object came from, relative to the repository. */
  source: string;
  /** `Kind/name`. */
  resource: string;
  /** Where in the object, e.g. `spec.template.spec.containers[0].resources.limits.memory`. */
  field: string;
  message: string;
};

export function formatProblem(problem: Problem): string {
  return `${problem.source}: ${problem.resource} (${problem.overlay}) at ${problem.field || '(root)'}: ${problem.message}`;
}

export function problemAt(manifest: Manifest, field: string, message: string): Problem {
  return { overlay: manifest.overlay, source: manifest.source, resource: `${manifest.kind}/${manifest.name}`, field, message };
}

/**
 * The model packages that hold a schema for an API group, by group (`''` is the core group).
 * A kind outside these, or one a package does not have, is a problem: never skipped.
 */
const SCHEMA_PACKAGES: Record<string, string> = {
  '': 'kubernetes-models',
  apps: 'kubernetes-models',
  batch: 'kubernetes-models',
  autoscaling: 'kubernetes-models',
  policy: 'kubernetes-models',
  'networking.k8s.io': 'kubernetes-models',
  'rbac.authorization.k8s.io': 'kubernetes-models',
  'postgresql.cnpg.io': '@kubernetes-models/cloudnative-pg',
};

/** The module that declares `apiVersion`/`kind` (class `Kind`, interface `IKind`), or undefined for an unknown group. */
export function schemaModule(apiVersion: string, kind: string): string | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const pkg = SCHEMA_PACKAGES[group!];
  if (!pkg || !version || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) return undefined;
  return `${pkg}/${group ? `${group}/` : ''}${version}/${kind}`;
}

type Model = { validate(): void };
type ModelClass = new (data: unknown) => Model;

/**
 * Validates each manifest against the Kubernetes and CloudNativePG schemas with
 * kubernetes-models: types, required fields and formats at run time (its JSON-schema validators),
 * then unknown fields, which those validators allow, by type-checking every object against the
 * same package's TypeScript interface (an object literal may only name known properties).
 */
export async function schemaProblems(manifests: Manifest[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  const typed: Array<{ manifest: Manifest; module: string }> = [];
  for (const manifest of manifests) {
    const module = schemaModule(manifest.apiVersion, manifest.kind);
    const loaded = module ? await import(module).catch(() => undefined) : undefined;
    const modelClass = loaded?.[manifest.kind] as ModelClass | undefined;
    if (!module || !modelClass) {
      problems.push(problemAt(manifest, 'kind', `no schema known for ${manifest.apiVersion} ${manifest.kind}: add its model package to infra/k8s/src/schema-check.ts`));
      continue;
    }
    try {
      new modelClass(manifest.object).validate();
    } catch (error) {
      const details = (error as { errors?: Array<{ instancePath: string; message?: string; params?: Record<string, unknown> }> }).errors;
      if (!details) throw error;
      for (const detail of details) {
        const extra = detail.params && 'allowedValues' in detail.params ? ` (${JSON.stringify(detail.params.allowedValues)})` : '';
        problems.push(problemAt(manifest, pointerToField(detail.instancePath), `${detail.message ?? 'invalid'}${extra}`));
      }
    }
    typed.push({ manifest, module });
  }
  problems.push(...typeProblems(typed));
  return problems;
}

function pointerToField(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((field, part) => (/^\d+$/.test(part) ? `${field}[${part}]` : field ? `${field}.${part}` : part), '');
}

type Span = { start: number; end: number; field: string; keys: Array<string | number> };

/** Writes a value as a TypeScript literal, noting where each property and element is. */
function literal(value: unknown, field: string, keys: Array<string | number>, out: { text: string; spans: Span[]; silenced: Set<string> }): void {
  if (out.silenced.has(field)) {
    // A field already reported: any value passes, so the rest of the object is checked.
    out.text += '(null as any)';
  } else if (Array.isArray(value)) {
    out.text += '[';
    value.forEach((item, index) => {
      if (index > 0) out.text += ',';
      const start = out.text.length;
      literal(item, `${field}[${index}]`, [...keys, index], out);
      out.spans.push({ start, end: out.text.length, field: `${field}[${index}]`, keys: [...keys, index] });
    });
    out.text += ']';
  } else if (value !== null && typeof value === 'object') {
    out.text += '{';
    Object.entries(value).forEach(([key, item], index) => {
      if (index > 0) out.text += ',';
      const start = out.text.length;
      const path = /^[A-Za-z_$][\w$]*$/.test(key) ? (field ? `${field}.${key}` : key) : `${field}[${JSON.stringify(key)}]`;
      out.text += `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}:`;
      literal(item, path, [...keys, key], out);
      out.spans.push({ start, end: out.text.length, field: path, keys: [...keys, key] });
    });
    out.text += '}';
  } else {
    out.text += JSON.stringify(value);
  }
}

/**
 * TypeScript reports one error per failing branch of an assignment, not every error: so each
 * field it names is taken out and the objects with errors are checked again, until none is left.
 */
function typeProblems(items: Array<{ manifest: Manifest; module: string }>): Problem[] {
  const problems: Problem[] = [];
  let pending = items.map((item) => ({ ...item, object: structuredClone(item.manifest.object) as unknown, silenced: new Set<string>() }));
  let program: ts.Program | undefined;
  for (let round = 0; round < 20 && pending.length > 0; round += 1) {
    const checked = checkTypes(pending, program);
    program = checked.program;
    problems.push(...checked.problems.map((found) => found.problem));
    const failed = new Set<number>();
    for (const found of checked.problems) {
      if (found.keys.length === 0) continue;
      failed.add(found.index);
      // An unknown field goes; a known field of the wrong type stays, unchecked.
      if (found.excess) removeAt(pending[found.index]!.object, found.keys);
      else pending[found.index]!.silenced.add(found.problem.field);
    }
    pending = pending.filter((_, index) => failed.has(index));
  }
  return problems;
}

function removeAt(object: unknown, keys: Array<string | number>): void {
  if (keys.length === 0) return;
  let parent: any = object;
  for (const key of keys.slice(0, -1)) parent = parent?.[key];
  if (parent && typeof parent === 'object') delete parent[keys.at(-1)!];
}

/** "Object literal may only specify known properties" (with and without a "did you mean"). */
const EXCESS_PROPERTY = new Set([2353, 2561]);

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  types: [],
};

function checkTypes(items: Array<{ manifest: Manifest; module: string; object: unknown; silenced: Set<string> }>, oldProgram: ts.Program | undefined) {
  // One in-memory file per manifest, beside this one so that the model packages resolve.
  const files = new Map<string, { text: string; spans: Span[]; manifest: Manifest; index: number }>();
  items.forEach(({ manifest, module, object, silenced }, index) => {
    const out = { text: `import type { I${manifest.kind} as Schema } from ${JSON.stringify(module)};\nexport const manifest: Schema = `, spans: [] as Span[], silenced };
    literal(object, '', [], out);
    out.text += ';\n';
    files.set(join(K8S_DIR, 'src', `.manifest-${index}.ts`), { ...out, manifest, index });
  });
  const host = ts.createCompilerHost(OPTIONS, true);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.readFile = (name) => files.get(name)?.text ?? readFile(name);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
    const file = files.get(name);
    if (file) return ts.createSourceFile(name, file.text, languageVersion, true);
    return oldProgram?.getSourceFile(name) ?? getSourceFile(name, languageVersion, onError, shouldCreate);
  };
  const program = ts.createProgram([...files.keys()], OPTIONS, host);
  const problems: Array<{ index: number; keys: Array<string | number>; excess: boolean; problem: Problem }> = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    const file = diagnostic.file && files.get(diagnostic.file.fileName);
    if (!file) throw new Error(`The schema check itself failed to type-check: ${message}`);
    const at = diagnostic.start ?? 0;
    // The innermost property or element around the error.
    const span = file.spans.filter((s) => s.start <= at && at < s.end).sort((a, b) => b.start - a.start)[0];
    problems.push({ index: file.index, keys: span?.keys ?? [], excess: EXCESS_PROPERTY.has(diagnostic.code), problem: problemAt(file.manifest, span?.field ?? '', message) });
  }
  return { program, problems };
}
