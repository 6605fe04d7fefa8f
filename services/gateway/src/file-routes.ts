/**
 * The services' own HTTP routes for files (uploads and downloads that are not GraphQL), by path
 * prefix and the subgraph that answers them. The gateway passes each through with the session,
 * CSRF and origin checks of /graphql (attachmentsGuard, sessionGate, attachmentsProxy); the
 * portal servers and an ingress route the same prefixes to the gateway. A new route is one line
 * here, and the service lists it in its `httpRoutes`.
 */
export const FILE_ROUTES = {
  /** Attachments to applications: upload and download. */
  '/attachments': 'applications',
  /** The population extract (outreach staff and managers): upload. */
  '/population-imports': 'identity',
  /** Outreach's letters to post, one print file. */
  '/outreach-letters': 'outreach',
  /** Outreach's invitation letter batches, print files. */
  '/letter-batches': 'outreach',
  /** The national user survey's results for a unit (CSV): upload. */
  '/survey-national-results': 'feedback',
  /** Lex Sarah report documents (PDF). */
  '/lex-sarah-reports': 'feedback',
  /** Answer letters to feedback senders (PDF). */
  '/feedback-letters': 'feedback',
  /** The feedback statistics as XLSX. */
  '/feedback-statistics': 'feedback',
  /** The printable activities programme of a district's month (PDF). */
  '/offerings-programmes': 'offerings',
  /** One activity session as a calendar file (.ics): public. */
  '/session-calendars': 'offerings',
  /** A venue's coming activities as a calendar to subscribe to (.ics, webcal): public. */
  '/venue-calendars': 'offerings',
  /** Letters to activity registrants moved up from the waiting list (PDF). */
  '/offerings-letters': 'offerings',
  /** The activities' monthly attendance report (CSV). */
  '/offerings-attendance': 'offerings',
} as const satisfies Record<string, string>;

/** The file routes anyone may read (GET, HEAD) without signing in; the service still decides what it shows. */
export const PUBLIC_FILE_ROUTES: ReadonlySet<string> = new Set(['/session-calendars', '/venue-calendars']);

/** Every path prefix the gateway answers, for the portal servers' proxies. */
export const GATEWAY_PATHS = ['/graphql', '/auth', ...Object.keys(FILE_ROUTES)];
