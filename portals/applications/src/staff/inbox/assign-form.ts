import { z } from 'zod';

/** The choice that means "put the cases back in the inbox, unassigned". */
export const NOBODY = 'none';

/**
 * Handing the chosen rows to someone: at least one row chosen (`selectedCount` reads the table's
 * choice when the form is sent), and whom to give them to.
 */
export function assignSchema(selectedCount: () => number) {
  return z.object({ assignee: z.string() }).superRefine((values, context) => {
    if (selectedCount() === 0) context.addIssue({ code: 'custom', path: ['assignee'], message: 'inbox.assign.noneSelected' });
    else if (!values.assignee) context.addIssue({ code: 'custom', path: ['assignee'], message: 'inbox.assign.errors.assignee' });
  });
}

/** The assignee the API takes: an id, or null for nobody. */
export function toAssigneeId(assignee: string): string | null {
  return assignee === NOBODY ? null : assignee;
}
