import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.ts';
import { renderCitizenLoginPage, renderErrorPage, renderLogoutPage, renderStaffLoginPage } from './interaction-pages.ts';

const actions = { loginAction: '/interaction/abc/login', abortAction: '/interaction/abc/abort' };

describe('interaction pages', () => {
  it('are complete Swedish documents without scripts or external resources', () => {
    for (const html of [
      renderCitizenLoginPage(actions),
      renderStaffLoginPage(actions),
      renderLogoutPage('<form id="op.logoutForm" method="post" action="/session/end/confirm"></form>'),
      renderErrorPage({ error: 'invalid_request' }),
    ]) {
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toContain('<link rel="icon" href="data:,">');
      expect(html).toContain('<main>');
      expect(html).toMatch(/<h1>[^<]+<\/h1>/);
      expect(html).not.toMatch(/<script|https?:\/\//);
    }
  });

  it('connects label, hint and input without an error', () => {
    const html = renderCitizenLoginPage(actions);
    expect(html).toContain('<label for="personnummer">Personnummer</label>');
    expect(html).toContain('id="personnummer"');
    expect(html).toContain('aria-describedby="personnummer-hint"');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('<button type="submit">Logga in</button>');
  });

  it('shows an error summary, the message at the field and keeps the escaped value', () => {
    const html = renderStaffLoginPage({ ...actions, value: '"><img>', error: { message: 'Det finns ingen medarbetare med det användarnamnet.' } });
    expect(html).toContain('<title>Fel: Logga in som medarbetare (testläge) – Omsorg</title>');
    expect(html.indexOf('role="alert"')).toBeLessThan(html.indexOf('<h1>'));
    expect(html).toContain('<a href="#anvandarnamn">Det finns ingen medarbetare med det användarnamnet.</a>');
    expect(html).toContain('id="anvandarnamn-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="anvandarnamn-error"');
    expect(html).toContain(`value="${escapeHtml('"><img>')}"`);
    expect(html).not.toContain('"><img>');
  });
});
