import { DockerfileParser } from 'dockerfile-ast';

/** One build stage of a Dockerfile: its FROM and the instructions after it. */
export type Stage = {
  name: string | undefined;
  /** The image (or earlier stage) it starts from, and the image's tag. */
  from: string;
  tag: string | undefined;
  instructions: Array<{ keyword: string; args: string; flags: Record<string, string | null> }>;
};

/** Splits a Dockerfile into its stages with dockerfile-ast (comments, continuations and JSON forms are its business). */
export function parseStages(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      const from = instruction as unknown as { getImageName(): string | null; getImageTag(): string | null; getBuildStage(): string | null };
      stages.push({ name: from.getBuildStage() ?? undefined, from: from.getImageName() ?? '', tag: from.getImageTag() ?? undefined, instructions: [] });
      continue;
    }
    const flags = Object.fromEntries(
      ((instruction as unknown as { getFlags?: () => Array<{ getName(): string; getValue(): string | null }> }).getFlags?.() ?? []).map((flag) => [flag.getName(), flag.getValue()]),
    );
    stages.at(-1)?.instructions.push({ keyword, args: instruction.getArgumentsContent() ?? '', flags });
  }
  return stages;
}

/** A stage and every stage it is built on, the first FROM an image first. */
function chain(stages: Stage[], name: string): Stage[] {
  const result: Stage[] = [];
  let stage = stages.find((s) => s.name === name);
  for (let depth = 0; stage && depth < stages.length; depth += 1) {
    result.unshift(stage);
    const base = stage.from;
    stage = stages.find((s) => s.name === base);
  }
  return result;
}

/** Stages whose files end up in `name`: its chain and, transitively, every stage it copies from. */
function sources(stages: Stage[], name: string, seen = new Set<string>()): Stage[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const own = chain(stages, name);
  const copied = own.flatMap((stage) => stage.instructions.filter((i) => i.keyword === 'COPY' && i.flags.from).map((i) => i.flags.from!));
  return [...own, ...copied.flatMap((from) => sources(stages, from, seen))];
}

/** A RUN that installs packages, and whether it installs from the lockfile and without development dependencies. */
function installs(run: string, scripts: Record<string, string>): Array<{ frozen: boolean; prod: boolean }> {
  const direct = [...run.matchAll(/pnpm\s+install\b([^&;|]*)/g)].map(([, flags]) => ({ frozen: /--frozen-lockfile/.test(flags!), prod: /--prod\b/.test(flags!) }));
  const viaScripts = Object.entries(scripts)
    .filter(([path]) => run.includes(path))
    .flatMap(([, script]) => installs(script, {}));
  return [...direct, ...viaScripts];
}

/**
 * What must hold for each image `target`: a base image pinned by a tag (not `latest`); a
 * non-root USER; a HEALTHCHECK (but for `withoutHealthcheck`); a CMD; every install from the
 * lockfile; and, in an image that runs Node, no stage it takes files from installed development
 * dependencies. `scripts`: shell scripts a RUN calls, by path, whose installs count as its own.
 */
export function imageProblems(stages: Stage[], targets: string[], options: { scripts?: Record<string, string>; withoutHealthcheck?: string[] } = {}): string[] {
  const problems: string[] = [];
  const scripts = options.scripts ?? {};
  for (const stage of stages) {
    for (const run of stage.instructions.filter((i) => i.keyword === 'RUN')) {
      if (installs(run.args, scripts).some((install) => !install.frozen)) problems.push(`stage ${stage.name ?? stage.from}: pnpm install without --frozen-lockfile`);
    }
  }
  for (const target of targets) {
    const own = chain(stages, target);
    if (own.length === 0) {
      problems.push(`${target}: no such stage`);
      continue;
    }
    const root = own[0]!;
    if (!root.tag || root.tag === 'latest') problems.push(`${target}: base image ${root.from} is not pinned by a tag`);
    const all = own.flatMap((stage) => stage.instructions);
    const user = all.filter((i) => i.keyword === 'USER').at(-1)?.args.trim();
    if (!user || /^(root|0)(:|$)/.test(user)) problems.push(`${target}: runs as root (USER ${user ?? 'not set'})`);
    const healthcheck = all.filter((i) => i.keyword === 'HEALTHCHECK').at(-1)?.args.trim();
    const wantsHealthcheck = !(options.withoutHealthcheck ?? []).includes(target);
    if (wantsHealthcheck && (!healthcheck || /^NONE$/i.test(healthcheck))) problems.push(`${target}: no HEALTHCHECK`);
    const cmd = all.filter((i) => i.keyword === 'CMD').at(-1)?.args;
    if (!cmd) problems.push(`${target}: no CMD`);
    if (cmd && /^\[?\s*"?node\b/.test(cmd)) {
      for (const stage of sources(stages, target)) {
        for (const run of stage.instructions.filter((i) => i.keyword === 'RUN')) {
          if (installs(run.args, scripts).some((install) => !install.prod)) problems.push(`${target}: takes files from stage ${stage.name}, which installs development dependencies`);
        }
      }
    }
  }
  return problems;
}
