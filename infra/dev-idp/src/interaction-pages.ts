import { formatPersonalIdentityNumber } from '@omsorg/platform';
import { escapeHtml, renderPage } from './html.ts';
import { TEST_CITIZENS, TEST_STAFF } from './test-identities.ts';

/** The Swedish texts people see, in one place. */
export const TEXTS = {
  citizenHeading: 'Logga in med e-legitimation (testläge)',
  staffHeading: 'Logga in som medarbetare (testläge)',
  personalIdentityNumberLabel: 'Personnummer',
  personalIdentityNumberHint: '12 siffror, till exempel 19420315-2386',
  usernameLabel: 'Användarnamn',
  loginButton: 'Logga in',
  cancelButton: 'Avbryt',
  errorSummaryHeading: 'Det finns ett fel',
  errors: {
    personalIdentityNumberMissing: 'Skriv ditt personnummer med 12 siffror, till exempel 19420315-2386.',
    personalIdentityNumberFormat: 'Skriv personnumret med 12 siffror, till exempel 19420315-2386.',
    personalIdentityNumberInvalid: 'Personnumret är inte giltigt. Kontrollera siffrorna och försök igen.',
    usernameMissing: 'Skriv ditt användarnamn.',
    usernameUnknown: 'Det finns ingen medarbetare med det användarnamnet.',
  },
} as const;

export type FieldError = { message: string };

type FieldOptions = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: FieldError | undefined;
  inputMode?: 'numeric' | 'text';
  autocomplete: string;
};

function renderErrorSummary(fieldId: string, error: FieldError): string {
  // role="alert" makes screen readers announce it; autofocus moves the keyboard focus to it
  // without any script.
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">${escapeHtml(TEXTS.errorSummaryHeading)}</h2>
<ul>
<li><a href="#${fieldId}">${escapeHtml(error.message)}</a></li>
</ul>
</div>`;
}

function renderField(field: FieldOptions): string {
  const hintId = `${field.id}-hint`;
  const errorId = `${field.id}-error`;
  const describedBy = [field.hint ? hintId : undefined, field.error ? errorId : undefined].filter(Boolean).join(' ');
  const attributes = [
    'type="text"',
    `id="${field.id}"`,
    `name="${field.name}"`,
    `value="${escapeHtml(field.value)}"`,
    `autocomplete="${field.autocomplete}"`,
    'spellcheck="false"',
    'autocapitalize="none"',
    field.inputMode ? `inputmode="${field.inputMode}"` : '',
    describedBy ? `aria-describedby="${describedBy}"` : '',
    field.error ? 'aria-invalid="true"' : '',
  ].filter(Boolean);
  return `<div class="field${field.error ? ' field--error' : ''}">
<label for="${field.id}">${escapeHtml(field.label)}</label>
${field.hint ? `<p class="hint" id="${hintId}">${escapeHtml(field.hint)}</p>` : ''}
${field.error ? `<p class="error-message" id="${errorId}"><span class="visually-hidden">Fel: </span>${escapeHtml(field.error.message)}</p>` : ''}
<input ${attributes.join(' ')}>
</div>`;
}

type LoginPageOptions = {
  /** Where the login form posts to. */
  loginAction: string;
  /** Where the cancel form posts to. */
  abortAction: string;
  value?: string;
  error?: FieldError | undefined;
};

function renderLoginPage(options: LoginPageOptions & {
  heading: string;
  note: string;
  field: Omit<FieldOptions, 'value' | 'error'>;
  testPeople: string;
}): string {
  const { heading, note, field, error } = options;
  const body = `<p class="test-mode">Testläge</p>
${error ? renderErrorSummary(field.id, error) : ''}
<h1>${escapeHtml(heading)}</h1>
<p class="note">${escapeHtml(note)}</p>
<form method="post" action="${escapeHtml(options.loginAction)}" novalidate>
${renderField({ ...field, value: options.value ?? '', error })}
<button type="submit">${escapeHtml(TEXTS.loginButton)}</button>
</form>
<form method="post" action="${escapeHtml(options.abortAction)}">
<button type="submit" class="secondary">${escapeHtml(TEXTS.cancelButton)}</button>
</form>
${options.testPeople}`;
  return renderPage({ title: heading, body, hasError: Boolean(error) });
}

export function renderTestCitizensList(): string {
  const items = TEST_CITIZENS.map(
    (c) => `<li><strong>${escapeHtml(`${c.givenName} ${c.familyName}`)}</strong><br>
Personnummer: ${escapeHtml(formatPersonalIdentityNumber(c.personalIdentityNumber))}<br>
${escapeHtml(c.note)}</li>`,
  ).join('\n');
  return `<h2>Testpersoner</h2>
<p>Du kan använda vilket giltigt personnummer som helst. De här personerna finns med namn i testdata:</p>
<ul class="people">
${items}
</ul>`;
}

export function renderTestStaffList(): string {
  const items = TEST_STAFF.map(
    (s) => `<li><strong>${escapeHtml(`${s.givenName} ${s.familyName}`)}</strong>, ${escapeHtml(s.title.toLowerCase())}<br>
Användarnamn: ${escapeHtml(s.username)}</li>`,
  ).join('\n');
  return `<h2>Testmedarbetare</h2>
<ul class="people">
${items}
</ul>`;
}

export function renderCitizenLoginPage(options: LoginPageOptions): string {
  return renderLoginPage({
    ...options,
    heading: TEXTS.citizenHeading,
    note: 'Den här sidan ersätter BankID och Freja eID medan Omsorg utvecklas och testas. Ingen riktig legitimering görs.',
    field: {
      id: 'personnummer',
      name: 'personalIdentityNumber',
      label: TEXTS.personalIdentityNumberLabel,
      hint: TEXTS.personalIdentityNumberHint,
      inputMode: 'numeric',
      autocomplete: 'off',
    },
    testPeople: renderTestCitizensList(),
  });
}

export function renderStaffLoginPage(options: LoginPageOptions): string {
  return renderLoginPage({
    ...options,
    heading: TEXTS.staffHeading,
    note: 'Den här sidan ersätter stadens inloggning för medarbetare medan Omsorg utvecklas och testas. Inget lösenord behövs.',
    field: {
      id: 'anvandarnamn',
      name: 'username',
      label: TEXTS.usernameLabel,
      autocomplete: 'username',
    },
    testPeople: renderTestStaffList(),
  });
}

/** The page oidc-provider shows before logging out; `form` is its hidden form with the xsrf token. */
export function renderLogoutPage(form: string): string {
  const body = `<p class="test-mode">Testläge</p>
<h1>Vill du logga ut?</h1>
<p>Du loggas ut från testinloggningen. Sedan kommer du tillbaka till Omsorg.</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Ja, logga ut</button>
<button type="submit" form="op.logoutForm" class="secondary">Nej, fortsätt vara inloggad</button>`;
  return renderPage({ title: 'Logga ut', body });
}

export function renderLoggedOutPage(): string {
  const body = `<p class="test-mode">Testläge</p>
<h1>Du är utloggad</h1>
<p>Du kan stänga det här fönstret.</p>`;
  return renderPage({ title: 'Du är utloggad', body });
}

export function renderErrorPage(details: Record<string, string>): string {
  const technical = Object.entries(details)
    .map(([key, value]) => `${escapeHtml(key)}: ${escapeHtml(value)}`)
    .join('\n');
  const body = `<p class="test-mode">Testläge</p>
<h1>Något gick fel</h1>
<p>Inloggningen kunde inte göras klart. Gå tillbaka till Omsorg och försök logga in igen.</p>
<details>
<summary>Teknisk information för utvecklare</summary>
<pre>${technical}</pre>
</details>`;
  return renderPage({ title: 'Något gick fel', body });
}

export function renderHomePage(): string {
  const body = `<p class="test-mode">Testläge</p>
<h1>Testinloggning för Omsorg</h1>
<p>Här loggar du in när Omsorg körs på din egen dator. Gå till invånarwebben eller medarbetarwebben och välj att logga in.</p>
${renderTestCitizensList()}
${renderTestStaffList()}`;
  return renderPage({ title: 'Testinloggning', body });
}
