import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { Interaction } from 'oidc-provider';
import { parsePersonalIdentityNumber } from '@omsorg/platform';
import { citizenAccount, findTestStaff, staffAccount } from './accounts.ts';
import type { AccountStore, Audience, DevAccount } from './accounts.ts';
import {
  TEXTS,
  renderCitizenLoginPage,
  renderErrorPage,
  renderStaffLoginPage,
} from './interaction-pages.ts';
import type { FieldError } from './interaction-pages.ts';

export type InteractionHandlerOptions = {
  provider: Provider;
  accounts: AccountStore;
  audienceOfClient: (clientId: string) => Audience | undefined;
  contentSecurityPolicy: string;
};

const MAX_FORM_BYTES = 10_000;
const ROUTE = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|abort))?$/;

type LoginOutcome = { account: DevAccount } | { error: FieldError; value: string };

export function checkCitizenLogin(value: string): LoginOutcome {
  if (value.trim() === '') return { error: { message: TEXTS.errors.personalIdentityNumberMissing }, value };
  const parsed = parsePersonalIdentityNumber(value);
  if (!parsed.ok) {
    const message = parsed.error === 'FORMAT' ? TEXTS.errors.personalIdentityNumberFormat : TEXTS.errors.personalIdentityNumberInvalid;
    return { error: { message }, value };
  }
  return { account: citizenAccount(parsed.value) };
}

export function checkStaffLogin(value: string): LoginOutcome {
  if (value.trim() === '') return { error: { message: TEXTS.errors.usernameMissing }, value };
  const staff = findTestStaff(value);
  if (!staff) return { error: { message: TEXTS.errors.usernameUnknown }, value };
  return { account: staffAccount(staff) };
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res: ServerResponse, status: number, html: string, csp: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.end(html);
}

/**
 * Our own login pages at /interaction/:uid, in place of oidc-provider's devInteractions.
 * Returns false when the request is not for us.
 */
export function createInteractionHandler({ provider, accounts, audienceOfClient, contentSecurityPolicy: csp }: InteractionHandlerOptions) {
  function renderLogin(audience: Audience, uid: string, state: { value?: string; error?: FieldError | undefined } = {}): string {
    const options = { loginAction: `/interaction/${uid}/login`, abortAction: `/interaction/${uid}/abort`, ...state };
    return audience === 'citizen' ? renderCitizenLoginPage(options) : renderStaffLoginPage(options);
  }

  async function finishConsent(req: IncomingMessage, res: ServerResponse, details: Interaction): Promise<void> {
    // Normally loadExistingGrant answers consent already; this covers anything it did not.
    const accountId = details.session?.accountId;
    const clientId = String(details.params.client_id);
    const grant = (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ?? new provider.Grant({ accountId, clientId });
    const missing = details.prompt.details;
    if (Array.isArray(missing.missingOIDCScope)) grant.addOIDCScope(missing.missingOIDCScope as string[]);
    if (Array.isArray(missing.missingOIDCClaims)) grant.addOIDCClaims(missing.missingOIDCClaims as string[]);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  return async function handleInteraction(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = ROUTE.exec(url.pathname);
    if (!match) return false;
    const [, uid, action] = match;
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.uid !== uid) throw new Error('interaction uid does not match the cookie');
      const audience = audienceOfClient(String(details.params.client_id));
      if (!audience) throw new Error('unknown client');

      if (req.method === 'GET' && !action) {
        if (details.prompt.name === 'consent') {
          await finishConsent(req, res, details);
          return true;
        }
        sendHtml(res, 200, renderLogin(audience, uid), csp);
        return true;
      }
      if (req.method === 'POST' && action === 'abort') {
        await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'End-User aborted interaction' },
          { mergeWithLastSubmission: false },
        );
        return true;
      }
      if (req.method === 'POST' && action === 'login') {
        const form = await readForm(req);
        const outcome =
          audience === 'citizen'
            ? checkCitizenLogin(form.get('personalIdentityNumber') ?? '')
            : checkStaffLogin(form.get('username') ?? '');
        if ('error' in outcome) {
          sendHtml(res, 400, renderLogin(audience, uid, { value: outcome.value, error: outcome.error }), csp);
          return true;
        }
        accounts.remember(outcome.account);
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: outcome.account.accountId } },
          { mergeWithLastSubmission: false },
        );
        return true;
      }
      res.setHeader('Allow', action ? 'POST' : 'GET');
      sendHtml(res, 405, renderErrorPage({ error: 'method_not_allowed' }), csp);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      sendHtml(res, 400, renderErrorPage({ error: 'interaction_failed', error_description: message }), csp);
      return true;
    }
  };
}
