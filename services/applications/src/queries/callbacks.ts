import type { RequestContext } from '@omsorg/platform';
import { Application } from '../entities/application.ts';
import { byKey } from './casework/related.ts';

/** Applications by id in one round (a page of callbacks links each to its case). */
export async function applicationsById(ids: readonly string[], context: RequestContext): Promise<(Application | null)[]> {
  const applications = await context.em.find(Application, { id: { $in: [...ids] } });
  return byKey(ids, applications, (application) => application.id);
}
