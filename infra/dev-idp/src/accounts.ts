import { createHash } from 'node:crypto';
import type { PersonalIdentityNumber } from '@omsorg/platform';
import { TEST_CITIZENS, TEST_STAFF } from './test-identities.ts';
import type { TestStaff } from './test-identities.ts';

/** Claim names of the Swedish OIDC profile (https://www.oidc.se). */
export const PERSONAL_IDENTITY_NUMBER_CLAIM = 'https://id.oidc.se/claim/personalIdentityNumber';
export const COORDINATION_NUMBER_CLAIM = 'https://id.oidc.se/claim/coordinationNumber';
export const NATURAL_PERSON_NUMBER_SCOPE = 'https://id.oidc.se/scope/naturalPersonNumber';

export type Audience = 'citizen' | 'staff';

export type AccountClaims = { sub: string } & Record<string, string>;

export type DevAccount = {
  accountId: string;
  audience: Audience;
  claims: AccountClaims;
};

/** The stable subject of a citizen: never the personnummer itself. */
export function citizenAccountId(normalizedNumber: string): string {
  return `citizen-${createHash('sha256').update(normalizedNumber).digest('hex').slice(0, 16)}`;
}

export function staffAccountId(username: string): string {
  return `staff-${username}`;
}

export function audienceOfAccount(accountId: string): Audience | undefined {
  if (accountId.startsWith('citizen-')) return 'citizen';
  if (accountId.startsWith('staff-')) return 'staff';
  return undefined;
}

export function citizenAccount(number: PersonalIdentityNumber): DevAccount {
  const accountId = citizenAccountId(number.normalized);
  const known = TEST_CITIZENS.find((c) => c.personalIdentityNumber === number.normalized);
  const givenName = known?.givenName ?? 'Test';
  const familyName = known?.familyName ?? 'Testsson';
  const numberClaim = number.isCoordinationNumber ? COORDINATION_NUMBER_CLAIM : PERSONAL_IDENTITY_NUMBER_CLAIM;
  return {
    accountId,
    audience: 'citizen',
    claims: {
      sub: accountId,
      name: `${givenName} ${familyName}`,
      given_name: givenName,
      family_name: familyName,
      birthdate: number.birthDate,
      [numberClaim]: number.normalized,
    },
  };
}

export function findTestStaff(username: string): TestStaff | undefined {
  const wanted = username.trim().toLowerCase();
  return TEST_STAFF.find((s) => s.username === wanted);
}

export function staffAccount(staff: TestStaff): DevAccount {
  const accountId = staffAccountId(staff.username);
  return {
    accountId,
    audience: 'staff',
    claims: {
      sub: accountId,
      name: `${staff.givenName} ${staff.familyName}`,
      given_name: staff.givenName,
      family_name: staff.familyName,
      preferred_username: staff.username,
    },
  };
}

/**
 * The accounts that have logged in since start, by subject. Any valid personnummer may log in,
 * so citizens are remembered at login; staff are fixed and always known.
 */
export type AccountStore = {
  remember(account: DevAccount): void;
  find(accountId: string): DevAccount | undefined;
};

export function createAccountStore(): AccountStore {
  const accounts = new Map<string, DevAccount>();
  for (const staff of TEST_STAFF) {
    const account = staffAccount(staff);
    accounts.set(account.accountId, account);
  }
  return {
    remember(account) {
      accounts.set(account.accountId, account);
    },
    find(accountId) {
      return accounts.get(accountId);
    },
  };
}
