// The rule lives in @omsorg/rules, so a portal checks a personnummer as the services do.
export * from '@omsorg/rules/personal-identity-number';
