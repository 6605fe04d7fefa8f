import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import type { StaffRole } from '../graphql/actor.ts';
import type { LazyLocaleMessages } from '../i18n/lazy-messages.ts';

/** A link a remote adds to the shell's main navigation. labelKey is one of its own messages. */
export interface NavigationItem {
  to: string;
  labelKey: string;
  /**
   * Staff shell: shown only to staff with one of these roles (a remote some roles load for a
   * narrow use keeps the rest of its menu from them). Only the menu: pages ask the API, which
   * decides again.
   */
  roles?: readonly StaffRole[];
}

/** Places in a shell where a remote may put a small component. */
export interface RemoteWidgets {
  /**
   * Shown on the shell's start page, in the order the shell lists its remotes. On the staff
   * shell it may wait for its first data in an async setup: the start page shows the parts and
   * its menu together once every part is ready (Suspense), so nothing moves when they arrive.
   */
  startPage?: Component;
}

/**
 * What every remote entry (`citizen.js`, `staff.js`) exports as default. Messages sit under
 * the remote's own namespace key (e.g. `{ sv: { offerings: { … } } }`) so remotes never clash.
 * Messages are loaded on demand (see lazyMessages): only the current language and Swedish.
 * `messages` arrive with the remote: what it shows at once (start-page part, menu) and, if small,
 * its pages' texts too; a remote whose pages say much more names those in its routes'
 * `meta.messages`, loaded when a page is opened (loadRouteMessages).
 * Every route carries `meta.titleKey`; the shell turns it into the page title.
 */
export interface RemoteModule {
  routes: RouteRecordRaw[];
  navigation: NavigationItem[];
  messages: LazyLocaleMessages;
  widgets?: RemoteWidgets;
}

/** How a shell declares a remote it may mount. */
export interface RemoteDefinition {
  name: string;
  /** The dynamic import of the exposed module; only called when the remote is to be shown. */
  load: () => Promise<{ default: RemoteModule }>;
  /** Staff remotes only: the remote is not even loaded unless the user has one of these roles. */
  requiredRoles?: StaffRole[];
  /**
   * The remote's menu entries as the shell shows them from the first paint, labelled from the
   * shell's own messages. When given they stand in for the module's `navigation` in the shell's
   * menu, so the menu does not grow (and move the page below it) as remotes arrive; they are
   * hidden if the remote fails. Keep them equal to the module's `navigation`.
   */
  navigation?: NavigationItem[];
}

export function defineRemoteModule(module: RemoteModule): RemoteModule {
  return module;
}

declare module 'vue-router' {
  interface RouteMeta {
    /** Message key of the page title (and usually the h1). */
    titleKey?: string;
    /** Messages the page needs beyond its remote's own, loaded before it is shown (loadRouteMessages). */
    messages?: LazyLocaleMessages;
  }
}
