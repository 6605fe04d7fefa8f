import { markRaw, reactive } from 'vue';
import type { Router } from 'vue-router';
import type { StaffRole } from '../graphql/actor.ts';
import { mergeMessages, type PortalI18n } from '../i18n/create-portal-i18n.ts';
import type { RemoteDefinition, RemoteModule } from './contract.ts';

export type RemoteState =
  | { name: string; status: 'loading' }
  | { name: string; status: 'loaded'; module: RemoteModule }
  | { name: string; status: 'failed' };

export interface RemoteRegistry {
  remotes: RemoteState[];
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export function isAllowed(definition: RemoteDefinition, roles: readonly StaffRole[]): boolean {
  return !definition.requiredRoles || definition.requiredRoles.some((role) => roles.includes(role));
}

/** A shell that declares a remote's menu entries must keep them equal to the remote's own. */
function warnIfMenuDiffers(definition: RemoteDefinition, module: RemoteModule): void {
  if (!definition.navigation) return;
  const declared = definition.navigation.map((item) => item.to).join(' ');
  const actual = module.navigation.map((item) => item.to).join(' ');
  if (declared !== actual) console.warn(`Remote "${definition.name}": the shell's menu entries (${declared}) differ from the remote's (${actual})`);
}

/**
 * Loads the allowed remotes side by side, adds their routes and messages, and records each
 * outcome; a remote that fails or hangs is marked failed and the shell goes on without it.
 */
export async function loadRemotes(
  definitions: readonly RemoteDefinition[],
  options: { router: Router; i18n: PortalI18n; roles?: readonly StaffRole[]; timeoutMs?: number; registry?: RemoteRegistry },
): Promise<RemoteRegistry> {
  const registry = options.registry ?? reactive<RemoteRegistry>({ remotes: [] });
  const allowed = definitions.filter((d) => isAllowed(d, options.roles ?? []));
  registry.remotes = allowed.map((d) => ({ name: d.name, status: 'loading' }));

  await Promise.all(
    allowed.map(async (definition, index) => {
      try {
        const { default: module } = await withTimeout(
          definition.load().then(async (loaded) => {
            await mergeMessages(options.i18n, loaded.default.messages);
            return loaded;
          }),
          options.timeoutMs ?? 30_000,
        );
        for (const route of module.routes) options.router.addRoute(route);
        warnIfMenuDiffers(definition, module);
        registry.remotes[index] = { name: definition.name, status: 'loaded', module: markRaw(module) };
      } catch (error) {
        console.error(`Remote "${definition.name}" could not be loaded`, error);
        registry.remotes[index] = { name: definition.name, status: 'failed' };
      }
    }),
  );
  return registry;
}
