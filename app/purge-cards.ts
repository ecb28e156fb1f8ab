import type { Needs } from './deps';
import { type RunBudget, walkDue } from './timed-work';
import { purgeOneCard } from './vault';

/**
 * The card-purge job: walks cards whose purge time has passed (the sparse due index, no Scan) and
 * deletes their number, CVV and token, leaving the masked card and its audit trail. DynamoDB TTL
 * on the secret items is the backstop if this job does not run.
 */
export async function purgeCards(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:reservations' | 'store:scheduling'>, budget: RunBudget) {
  return walkDue(deps, 'purge', budget, async (ref) => (ref.cardId ? purgeOneCard(deps, ref.hotelId, ref.reservationId, ref.cardId) : null));
}
