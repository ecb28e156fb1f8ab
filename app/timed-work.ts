import { Conflict } from '../domain/errors';
import type { Needs } from './deps';
import type { DueRef, DueWork } from './ports';

export interface RunBudget {
  /** Most items one invocation handles; the rest stay due for the next run. */
  readonly maxItems: number;
  /** Stop starting new items when this returns true (e.g. the Lambda is near its timeout). */
  readonly timeUp?: () => boolean;
  readonly pageSize?: number;
  /** Told of an item that failed for another reason than a lost race (the run goes on). */
  readonly onItemError?: (ref: DueRef, error: unknown) => void;
}

export interface RunTally {
  examined: number;
  skipped: number;
  /** True when the run stopped on its budget with work possibly left. */
  remaining: boolean;
  [outcome: string]: number | boolean;
}

/**
 * Walks the due items of one kind, shard by shard and page by page (Queries on the sparse index,
 * never a Scan), and hands each to `handle`, which re-checks it and acts with a conditional write.
 * A lost race (another run, or the guest paying at that very moment) is a skip, not an error.
 */
export async function walkDue(
  deps: Needs<'clock' | 'store:scheduling'>,
  work: DueWork,
  budget: RunBudget,
  handle: (ref: DueRef) => Promise<string | null>,
): Promise<RunTally> {
  const tally: RunTally = { examined: 0, skipped: 0, remaining: false };
  const until = deps.clock.now().toISOString();
  for (let shard = 0; shard < deps.store.dueShards; shard++) {
    let cursor: string | undefined;
    do {
      if (tally.examined >= budget.maxItems || budget.timeUp?.()) {
        tally.remaining = true;
        return tally;
      }
      const page = await deps.store.dueWork(work, shard, until, Math.min(budget.pageSize ?? 50, budget.maxItems - tally.examined), cursor);
      for (const ref of page.items) {
        tally.examined += 1;
        let outcome: string | null;
        try {
          outcome = await handle(ref);
        } catch (e) {
          // A lost race is a skip; anything else is logged and counted, and the run goes on:
          // one bad item must not stop the work of every hotel.
          outcome = e instanceof Conflict ? null : 'failed';
          if (outcome) budget.onItemError?.(ref, e);
        }
        if (outcome) tally[outcome] = Number(tally[outcome] ?? 0) + 1;
        else tally.skipped += 1;
      }
      cursor = page.cursor;
    } while (cursor);
  }
  return tally;
}
