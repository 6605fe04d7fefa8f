import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import SafeInputPlugin from './safe-input-plugin.ts';
import { hasRole, type StaffRole } from '../auth/actor.ts';
import type { RequestContext } from './context.ts';
import { ConflictFailure, NotFoundFailure, RateLimitFailure } from './user-errors.ts';
import { ValidationFailure, toValidationFailure } from './validation.ts';

export type PlatformTypes = {
  Context: RequestContext;
  AuthScopes: {
    /** Anyone, signed in or not. */
    public: boolean;
    /** A signed-in citizen (or representative). */
    citizen: boolean;
    /** A signed-in staff member of any role. */
    staff: boolean;
    /** A staff member with this role. */
    role: StaffRole;
    /** The gateway itself. */
    system: boolean;
  };
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
  };
};

export type PlatformBuilder = PothosSchemaTypes.SchemaBuilder<PothosSchemaTypes.ExtendDefaultTypes<PlatformTypes>>;

/** The error a client sees when the actor may not read or change something. */
export function accessDenied(context: RequestContext): GraphQLError {
  return context.actor.kind === 'anonymous'
    ? new GraphQLError(context.t('error.unauthenticated'), { extensions: { code: 'UNAUTHENTICATED' } })
    : new GraphQLError(context.t('error.forbidden'), { extensions: { code: 'FORBIDDEN' } });
}

/**
 * One builder per subgraph, with the same plugins, scopes and error types everywhere:
 * scope-auth decides field by field, the errors plugin turns user-fixable failures into
 * typed results, the validation plugin checks every argument before a resolver runs, and the
 * safe-input plugin refuses any string no field should accept (after the field's own checks).
 */
export function createBuilder(options: { mutations?: boolean } = {}): PlatformBuilder {
  const builder = new SchemaBuilder<PlatformTypes>({
    plugins: [ScopeAuthPlugin, ErrorsPlugin, SafeInputPlugin, ValidationPlugin, DataloaderPlugin, DirectivesPlugin, FederationPlugin],
    defaultFieldNullability: false,
    scopeAuth: {
      authScopes: (context) => ({
        public: true,
        citizen: context.actor.kind === 'person',
        staff: context.actor.kind === 'staff',
        role: (role: StaffRole) => hasRole(context.actor, role),
        system: context.actor.kind === 'system',
      }),
      unauthorizedError: (_parent, context) => accessDenied(context),
    },
    errors: { defaultTypes: [ValidationFailure, ConflictFailure, NotFoundFailure, RateLimitFailure], unsafelyHandleInputErrors: true },
    validation: {
      validationError: (failure, _args, context) => toValidationFailure(failure, context),
    },
  });

  const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
    description: 'A problem the user can fix, described in their language.',
    fields: (t) => ({ message: t.exposeString('message') }),
  });

  const Issue = builder.objectRef<{ field: string; message: string }>('ValidationIssue').implement({
    shareable: true,
    fields: (t) => ({
      field: t.exposeString('field', { description: 'The input field, e.g. "text".' }),
      message: t.exposeString('message'),
    }),
  });

  builder.objectType(ValidationFailure, {
    name: 'ValidationError',
    shareable: true,
    interfaces: [ErrorInterface],
    fields: (t) => ({ issues: t.field({ type: [Issue], resolve: (error) => error.issues }) }),
  });

  builder.objectType(ConflictFailure, {
    name: 'ConflictError',
    description: 'Someone else changed this since you loaded it; nothing was saved. Reload and try again.',
    interfaces: [ErrorInterface],
    shareable: true,
    fields: (t) => ({ currentVersion: t.exposeInt('currentVersion') }),
  });

  builder.objectType(NotFoundFailure, {
    name: 'NotFoundError',
    description: 'Not found, or not yours to see.',
    interfaces: [ErrorInterface],
    shareable: true,
    fields: () => ({}),
  });

  builder.objectType(RateLimitFailure, {
    name: 'RateLimitError',
    description: 'Too many requests of this kind in a short time; nothing was done. Wait and try again.',
    interfaces: [ErrorInterface],
    shareable: true,
    fields: (t) => ({
      retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: 'Seconds until a new attempt can succeed.' }),
    }),
  });

  builder.queryType({});
  if (options.mutations) builder.mutationType({});
  return builder;
}
