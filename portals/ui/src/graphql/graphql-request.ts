import { currentLocale } from '../i18n/current-locale.ts';
import { markSessionEnded } from '../session/session-ended.ts';
import { GraphqlRequestError, type GraphqlErrorItem } from './graphql-request-error.ts';

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: GraphqlErrorItem[];
}

export type GraphqlRequestOptions = {
  /**
   * Errors the page can live with: when there is data and every error passes this test, the data
   * is returned (the fields those errors are about are null) instead of throwing. For example a
   * list row whose person the unit may not read yet.
   */
  tolerate?: (error: GraphqlErrorItem) => boolean;
};

/**
 * POSTs one operation to /graphql on this origin. The session cookie travels by itself;
 * no token is ever handled here.
 */
export async function graphqlRequest<T>(query: string, variables?: object, options: GraphqlRequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'accept-language': currentLocale(),
      },
      body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
    });
  } catch (cause) {
    throw new GraphqlRequestError('network', 'The service could not be reached', { cause });
  }

  let body: GraphqlResponse<T> | undefined;
  try {
    body = (await response.json()) as GraphqlResponse<T>;
  } catch (cause) {
    throw new GraphqlRequestError('http', `Unexpected response (${response.status})`, { status: response.status, cause });
  }

  if (body.errors?.length) {
    if (body.errors.some((e) => e.extensions?.reason === 'SESSION_ENDED')) markSessionEnded();
    const tolerate = options.tolerate;
    if (response.ok && body.data != null && tolerate && body.errors.every((e) => tolerate(e))) return body.data;
    throw new GraphqlRequestError('graphql', body.errors[0]?.message ?? 'GraphQL error', { errors: body.errors, status: response.status });
  }
  if (!response.ok || body.data == null) {
    throw new GraphqlRequestError('http', `Unexpected response (${response.status})`, { status: response.status });
  }
  return body.data;
}
