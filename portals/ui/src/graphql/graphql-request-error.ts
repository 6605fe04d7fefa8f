export interface GraphqlErrorItem {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export type GraphqlFailureKind = 'network' | 'http' | 'graphql';

/** Thrown by graphqlRequest; `kind` tells a page whether to say "try later" or "log in". */
export class GraphqlRequestError extends Error {
  override readonly name = 'GraphqlRequestError';
  readonly kind: GraphqlFailureKind;
  readonly errors: readonly GraphqlErrorItem[];
  readonly status: number | undefined;

  constructor(kind: GraphqlFailureKind, message: string, options: { errors?: readonly GraphqlErrorItem[]; status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.errors = options.errors ?? [];
    this.status = options.status;
  }

  get code(): string | undefined {
    return this.errors.find((e) => e.extensions?.code)?.extensions?.code;
  }

  get isUnauthenticated(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.status === 401;
  }

  /** The sign-in has ended (idle, too old, or the account changed): only signing in again helps. */
  get isSessionEnded(): boolean {
    return this.errors.some((e) => e.extensions?.reason === 'SESSION_ENDED');
  }

  get isForbidden(): boolean {
    return this.code === 'FORBIDDEN' || this.status === 403;
  }
}

export function isGraphqlRequestError(error: unknown): error is GraphqlRequestError {
  return error instanceof GraphqlRequestError;
}
