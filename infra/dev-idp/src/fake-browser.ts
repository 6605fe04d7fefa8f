/**
 * Just enough of a browser for tests of login flows over HTTP (exported as
 * `@omsorg/dev-idp/testing`): a cookie jar scoped by host and path (ports are ignored, as
 * browsers do), redirects followed by hand, and the provider's self-submitting forms submitted.
 */

export type BrowserResponse = {
  status: number;
  /** The URL this response came from (after redirects when returned by `navigate`). */
  url: string;
  /** The Location header, made absolute. */
  location: string | null;
  body: string;
};

export type BrowserRequestInit = { method?: string; form?: Record<string, string>; headers?: Record<string, string> };

export type FakeBrowser = {
  /** One request, no redirects followed. */
  request(url: string, init?: BrowserRequestInit): Promise<BrowserResponse>;
  /**
   * Follows redirects and self-submitting forms until a page is shown, or until a redirect
   * goes to a URL starting with `stopAt` (that redirect is returned, not followed).
   */
  navigate(url: string, stopAt: string, init?: BrowserRequestInit): Promise<BrowserResponse>;
  /** The Cookie header the browser would send to `url`; without a URL, every cookie it holds. */
  cookieHeader(url?: string): string;
  /** Every Set-Cookie header line received so far, unparsed. */
  rawSetCookies(): string[];
};

type StoredCookie = { name: string; value: string; domain: string; hostOnly: boolean; path: string };

const MAX_HOPS = 20;

function defaultPath(url: URL): string {
  const slash = url.pathname.lastIndexOf('/');
  return slash <= 0 ? '/' : url.pathname.slice(0, slash);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

function domainMatches(host: string, cookie: StoredCookie): boolean {
  return cookie.hostOnly ? host === cookie.domain : host === cookie.domain || host.endsWith(`.${cookie.domain}`);
}

export function createFakeBrowser(): FakeBrowser {
  const jar = new Map<string, StoredCookie>();
  const received: string[] = [];

  function storeCookie(line: string, from: URL): void {
    received.push(line);
    const [pair = '', ...attributeParts] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const attributes = new Map<string, string>();
    for (const part of attributeParts) {
      const i = part.indexOf('=');
      const key = (i === -1 ? part : part.slice(0, i)).trim().toLowerCase();
      attributes.set(key, i === -1 ? '' : part.slice(i + 1).trim());
    }
    const domainAttribute = attributes.get('domain')?.replace(/^\./, '').toLowerCase();
    const path = attributes.get('path')?.startsWith('/') ? attributes.get('path')! : defaultPath(from);
    const cookie: StoredCookie = {
      name,
      value,
      domain: domainAttribute || from.hostname,
      hostOnly: !domainAttribute,
      path,
    };
    const key = `${cookie.domain}|${cookie.path}|${name}`;
    const maxAge = attributes.get('max-age');
    const expires = attributes.get('expires');
    const expired =
      (maxAge !== undefined && Number(maxAge) <= 0) ||
      (maxAge === undefined && expires !== undefined && Date.parse(expires) <= Date.now());
    if (expired) jar.delete(key);
    else jar.set(key, cookie);
  }

  function cookieHeader(url?: string): string {
    const target = url === undefined ? undefined : new URL(url);
    return [...jar.values()]
      .filter((c) => !target || (domainMatches(target.hostname, c) && pathMatches(target.pathname, c.path)))
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  async function request(url: string, init: BrowserRequestInit = {}): Promise<BrowserResponse> {
    const headers: Record<string, string> = { ...init.headers };
    const cookies = cookieHeader(url);
    if (cookies) headers.cookie = cookies;
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(url, { method: init.method ?? (init.form ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) storeCookie(line, new URL(url));
    const location = response.headers.get('location');
    return {
      status: response.status,
      url,
      location: location === null ? null : new URL(location, url).toString(),
      body: await response.text(),
    };
  }

  function selfSubmittingForm(page: BrowserResponse): { action: string; form: Record<string, string> } | undefined {
    if (page.status !== 200 || !page.body.includes('document.forms[0].submit()')) return undefined;
    const action = /<form method="post" action="([^"]+)"/.exec(page.body)?.[1];
    if (!action) return undefined;
    const form: Record<string, string> = {};
    for (const [, name, value] of page.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)) {
      if (name !== undefined) form[name] = value ?? '';
    }
    return { action: new URL(action.replaceAll('&amp;', '&'), page.url).toString(), form };
  }

  async function navigate(url: string, stopAt: string, init: BrowserRequestInit = {}): Promise<BrowserResponse> {
    let page = await request(url, init);
    for (let hops = 0; hops < MAX_HOPS; hops++) {
      if (page.location) {
        if (page.location.startsWith(stopAt)) return page;
        page = await request(page.location);
        continue;
      }
      const autoForm = selfSubmittingForm(page);
      if (!autoForm) return page;
      page = await request(autoForm.action, { form: autoForm.form });
    }
    throw new Error(`more than ${MAX_HOPS} redirects from ${url}`);
  }

  return { request, navigate, cookieHeader, rawSetCookies: () => [...received] };
}
