import type { Context, ScheduledEvent } from 'aws-lambda';
import type { RunBudget } from '../../app/timed-work';
import { log } from './logger';

/** Leave this much of the Lambda's time to finish the item in hand and the run's summary. */
const SAFETY_MS = 15_000;

/**
 * A scheduled job: bounded work per invocation (items and time), a logged summary as the result.
 * What a run does not reach stays due and the next run picks it up.
 */
export function scheduledJob<R extends object>(name: string, run: (budget: RunBudget) => Promise<R>) {
  return async (_event: ScheduledEvent, context?: Context): Promise<R> => {
    const budget: RunBudget = {
      maxItems: Number(process.env.JOB_MAX_ITEMS ?? 500),
      pageSize: 50,
      onItemError: (ref, error) => log.error(`${name}: item failed, left for the next run`, { ref, error }),
      ...(context?.getRemainingTimeInMillis ? { timeUp: () => context.getRemainingTimeInMillis() < SAFETY_MS } : {}),
    };
    const result = await run(budget);
    log.info(`${name} finished`, { result });
    return result;
  };
}
