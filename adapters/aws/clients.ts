/**
 * What every AWS client of ours carries: each call counted (the benchmark reports AWS calls per
 * operation) and passed through the runtime's middleware if one is set (local fault injection).
 * The clients themselves are one module per service (client-*.ts), so a function's bundle holds
 * only the SDK clients it imports. Endpoints come from the standard AWS_ENDPOINT_URL variable,
 * which the local runtime points at the moto server; nothing here knows about it.
 */
const counts = new Map<string, number>();

export function awsCallCounts(): Record<string, number> {
  return Object.fromEntries(counts);
}
export function resetAwsCallCounts(): void {
  counts.clear();
}

/** A middleware a runtime wraps around every call of every client (the local runtime's fault injection). */
export type ClientMiddleware = (call: { service: string; command: string; input: unknown }, next: () => Promise<unknown>) => Promise<unknown>;
let around: ClientMiddleware | undefined;

/**
 * Puts a middleware around every AWS call from now on (undefined removes it). Lambda never sets
 * one; the local runtime does when it is asked to inject faults.
 */
export function aroundAwsCalls(mw: ClientMiddleware | undefined): void {
  around = mw;
}

/** What an observer sees of a call that succeeded (the benchmark prices DynamoDB capacity from item sizes). */
export type CallObserver = (call: { service: string; command: string; input: unknown; output: unknown }) => void;
let observer: CallObserver | undefined;

/** Sees every successful AWS call from now on (undefined removes it). Only the benchmark sets one. */
export function observeAwsCalls(o: CallObserver | undefined): void {
  observer = o;
}

export function counted<C extends { middlewareStack: { add: (...a: never[]) => void }; config: unknown }>(client: C, service: string): C {
  (client.middlewareStack as unknown as { add: (mw: unknown, opts: unknown) => void }).add(
    (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: { input?: unknown }) => {
      const mw = around;
      const command = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      return mw ? mw({ service, command, input: args.input }, () => next(args)) : next(args);
    },
    { step: 'initialize', name: 'aroundCalls', priority: 'high' },
  );
  (client.middlewareStack as unknown as { add: (mw: unknown, opts: unknown) => void }).add(
    (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
      const command = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      const name = `${service}.${command}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (!observer) return next(args);
      const result = (await next(args)) as { output?: unknown };
      observer?.({ service, command, input: (args as { input?: unknown }).input, output: result?.output });
      return result;
    },
    { step: 'initialize', name: 'countCalls' },
  );
  return client;
}
