import type { Envelope } from '../events';
import type { Needs } from './deps';
import { type RunBudget, walkDue } from './timed-work';

/**
 * Delivers one committed event to its queues, then marks it relayed. Delivering twice is safe
 * (every consumer deduplicates on the event id); never delivering is what this prevents.
 */
export async function relayEvent(deps: Needs<'clock' | 'publisher' | 'store:outbox'>, event: Envelope): Promise<void> {
  if (!deps.publisher) throw new Error('No event publisher configured');
  await deps.publisher.publish(event);
  await deps.store.markRelayed(event.id, deps.clock.now().toISOString());
}

/**
 * The outbox redrive: events still unrelayed a while after their commit (the stream relay gave
 * up, or a queue was unreachable for long) are relayed from the table itself.
 */
export async function redriveOutbox(deps: Needs<'clock' | 'publisher' | 'store:outbox' | 'store:scheduling'>, budget: RunBudget) {
  return walkDue(deps, 'relay', budget, async (ref) => {
    const found = ref.eventId ? await deps.store.getOutboxEvent(ref.eventId) : undefined;
    if (!found || found.relayedAt) return null;
    await relayEvent(deps, found.event);
    return 'relayed';
  });
}
