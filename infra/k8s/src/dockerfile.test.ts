import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageProblems, parseStages } from './dockerfile.ts';
import { K8S_DIR, REPO_ROOT } from './render.ts';

const IMAGES = join(REPO_ROOT, 'infra/images');
const TARGETS = ['identity', 'applications', 'feedback', 'offerings', 'outreach', 'gateway', 'migrate', 'portals'];
const SCRIPTS = { 'infra/images/install-service.sh': readFileSync(join(IMAGES, 'install-service.sh'), 'utf8') };

describe('infra/images/Dockerfile', () => {
  const stages = parseStages(readFileSync(join(IMAGES, 'Dockerfile'), 'utf8'));

  it('builds every image the manifests name: non-root, with a health check, from the lockfile, without development dependencies', () => {
    expect(imageProblems(stages, TARGETS, { scripts: SCRIPTS, withoutHealthcheck: ['migrate'] })).toEqual([]);
    // The images the Kubernetes manifests run are exactly these targets.
    const files = [...['identity', 'applications', 'feedback', 'offerings', 'outreach', 'gateway', 'portals'].map((name) => `base/workloads/${name}.yaml`), 'migrations/job.yaml'];
    const named = new Set(files.flatMap((file) => [...readFileSync(join(K8S_DIR, file), 'utf8').matchAll(/image: omsorg\/([a-z]+)/g)].map(([, name]) => name)));
    expect([...named].sort()).toEqual([...TARGETS].sort());
  });

  it('starts each service with the heap bounds the services were measured with', () => {
    for (const target of TARGETS.filter((t) => t !== 'portals')) {
      const cmd = stages.find((s) => s.name === target)!.instructions.find((i) => i.keyword === 'CMD')!.args;
      expect(cmd, target).toContain('"--max-old-space-size=192", "--max-semi-space-size=16"');
    }
  });

  it('installs through install-service.sh from the lockfile and for production only', () => {
    expect(SCRIPTS['infra/images/install-service.sh']).toMatch(/pnpm install --offline --frozen-lockfile --prod --filter/);
  });
});

describe('imageProblems', () => {
  const check = (dockerfile: string, targets = ['app']) => imageProblems(parseStages(dockerfile), targets, { scripts: SCRIPTS });

  it('accepts a pinned, non-root image with a health check', () => {
    expect(check('FROM node:24-bookworm-slim AS app\nUSER 10001\nHEALTHCHECK CMD ["true"]\nCMD ["node", "server.ts"]\n')).toEqual([]);
  });

  it('names a root user, a missing health check, an unpinned base and a missing command', () => {
    expect(check('FROM node AS app\nUSER root\n')).toEqual(['app: base image node is not pinned by a tag', 'app: runs as root (USER root)', 'app: no HEALTHCHECK', 'app: no CMD']);
    expect(check('FROM node:latest AS app\nHEALTHCHECK NONE\nCMD ["node"]\n')).toEqual(['app: base image node is not pinned by a tag', 'app: runs as root (USER not set)', 'app: no HEALTHCHECK']);
  });

  it('follows stages: the user and health check of the stage an image is built on count', () => {
    expect(check('FROM node:24-bookworm-slim AS base\nUSER 10001\nHEALTHCHECK CMD ["true"]\nFROM base AS app\nCMD ["node", "a.ts"]\n')).toEqual([]);
    expect(check('FROM node:24-bookworm-slim AS base\nUSER 10001\nFROM base AS app\nUSER 0:0\nHEALTHCHECK CMD ["true"]\nCMD ["node", "a.ts"]\n')).toEqual(['app: runs as root (USER 0:0)']);
  });

  it('refuses an install that ignores the lockfile, and development dependencies copied into a Node image', () => {
    const dockerfile = [
      'FROM node:24-bookworm-slim AS build',
      'RUN pnpm install',
      'FROM node:24-bookworm-slim AS dev',
      'RUN pnpm install --frozen-lockfile',
      'FROM node:24-bookworm-slim AS prod',
      'RUN sh infra/images/install-service.sh @omsorg/identity /out',
      'FROM node:24-bookworm-slim AS app',
      'COPY --from=dev /app /app',
      'COPY --from=prod /out /app',
      'USER 10001',
      'HEALTHCHECK CMD ["true"]',
      'CMD ["node", "a.ts"]',
    ].join('\n');
    expect(check(dockerfile)).toEqual(['stage build: pnpm install without --frozen-lockfile', 'app: takes files from stage dev, which installs development dependencies']);
  });
});
