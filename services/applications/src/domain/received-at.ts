import type { ReceivedAt } from '@omsorg/rules/applications';
import { instantInStockholm } from './stockholm-time.ts';

/** Stockholm's day and time now: the rule the staff page uses too (@omsorg/rules). */
export { stockholmClock } from '@omsorg/rules/applications';

/** When a registered application was received: its Stockholm day and time as an instant. */
export function receivedInstant({ receivedOn, receivedTime }: ReceivedAt): Date {
  return instantInStockholm(receivedOn, receivedTime);
}
