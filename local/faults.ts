import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handler } from 'aws-lambda';
import { createHash } from 'node:crypto';
import { aroundAwsCalls } from '../adapters/aws/clients';
import { parseMime } from './outbox';

/**
 * Fault injection for the local runtime (off unless a run asks for it): AWS calls fail before
 * they reach the local AWS, or after it applied them and before the answer comes back (the
 * dangerous kind), and a function "crashes" right after a successful write, its result thrown
 * away as when a Lambda dies. The product's code paths are the ones exercised: nothing here
 * changes what a handler does, only what the world answers it.
 */

export type AwsFaultKind = 'aws_before' | 'aws_after' | 'crash_after_write';

export interface FaultOptions {
  /** Share of AWS calls that fail, 0–1. */
  readonly rate: number;
  /** Of the failing calls, the share that fail after being applied (default 0.4). */
  readonly afterShare?: number;
  /** Share of successful writes followed by a crash of the function (default rate / 10). */
  readonly crashRate?: number;
  /** The run's random source (seeded by the caller for a reproducible run). */
  readonly random: () => number;
  /** Services whose calls may fail (default DynamoDB, SQS, KMS, SES). */
  readonly services?: readonly string[];
}

/** The error an AWS call answers under an injected fault: retryable, like a throttle or a lost connection. */
export class InjectedFault extends Error {
  readonly $fault = 'server';
  readonly $retryable = { throttling: false };
  constructor(readonly kind: AwsFaultKind, readonly call: string) {
    super(kind === 'aws_before' ? `Injected fault: ${call} did not reach the service` : `Injected fault: ${call} was applied but its answer was lost`);
    this.name = kind === 'aws_before' ? 'ServiceUnavailable' : 'TimeoutError';
  }
}

/** A function that died after a write: whatever it returns is lost. */
export class InjectedCrash extends Error {
  constructor(readonly fn: string, readonly after: string) {
    super(`Injected crash of ${fn} right after ${after}`);
    this.name = 'InjectedCrash';
  }
}

interface Invocation {
  readonly fn: string;
  faults: number;
  crashedAfter?: string;
  /** E-mails handed to SES in this invocation: sent, whatever becomes of the invocation. */
  readonly sent: string[];
}

const WRITES = new Set([
  'DynamoDB.TransactWrite', 'DynamoDB.TransactWriteItems', 'DynamoDB.Put', 'DynamoDB.PutItem', 'DynamoDB.Update', 'DynamoDB.UpdateItem',
  'DynamoDB.Delete', 'DynamoDB.DeleteItem', 'DynamoDB.BatchWrite', 'DynamoDB.BatchWriteItem',
  'SQS.SendMessage', 'SQS.SendMessageBatch', 'SQS.ChangeMessageVisibility', 'SES.SendEmail',
]);

export interface FaultFigures {
  readonly calls: number;
  readonly byKind: Record<AwsFaultKind, number>;
  readonly byService: Record<string, number>;
  /** Invocations that ended in an injected fault or crash, by function. */
  readonly failedInvocations: Record<string, number>;
}

export class FaultInjector {
  private readonly scope = new AsyncLocalStorage<Invocation>();
  private enabled = false;
  private calls = 0;
  private readonly byKind: Record<AwsFaultKind, number> = { aws_before: 0, aws_after: 0, crash_after_write: 0 };
  private readonly byService: Record<string, number> = {};
  private readonly failedInvocations: Record<string, number> = {};
  /**
   * E-mails whose sending cannot be known by the product: SES took them and then the answer was
   * lost, or the function failed before it could note them sent. A second copy of one of these
   * is at-least-once delivery doing its job, not a bug; any other duplicate is.
   */
  readonly uncertainEmails = new Map<string, number>();

  constructor(private readonly opts: FaultOptions) {}

  /** Faults apply between start() and stop() only; the set-up and the final checks run clean. */
  start(): void {
    this.enabled = true;
    aroundAwsCalls((call, next) => this.around(call.service, call.command, call.input, next));
  }

  stop(): void {
    this.enabled = false;
    aroundAwsCalls(undefined);
  }

  figures(): FaultFigures {
    return { calls: this.calls, byKind: { ...this.byKind }, byService: { ...this.byService }, failedInvocations: { ...this.failedInvocations } };
  }

  /** Runs one invocation of a function; an injected crash makes it fail whatever the handler did. */
  wrap<E, R>(fn: string, handler: Handler<E, R>): Handler<E, R> {
    return (event, context, callback) => {
      const inv: Invocation = { fn, faults: 0, sent: [] };
      return this.scope.run(inv, async () => {
        let result: R | undefined;
        let error: unknown;
        try {
          result = (await handler(event, context, callback)) as R;
        } catch (e) {
          error = e;
        }
        const failed = error !== undefined || inv.crashedAfter !== undefined || hasItemFailures(result);
        if (failed && (inv.faults > 0 || inv.crashedAfter)) this.failedInvocations[fn] = (this.failedInvocations[fn] ?? 0) + 1;
        // E-mails sent by an invocation that did not complete may be sent again by its retry.
        if (failed) for (const key of inv.sent) this.uncertainEmails.set(key, (this.uncertainEmails.get(key) ?? 0) + 1);
        const faulted = inv.faults > 0 || inv.crashedAfter !== undefined;
        if (inv.crashedAfter) throw new InjectedCrash(fn, inv.crashedAfter);
        if (error !== undefined) throw faulted ? markFaulted(error) : error;
        return (faulted ? markFaulted(result) : result) as R;
      });
    };
  }

  private async around(service: string, command: string, input: unknown, next: () => Promise<unknown>): Promise<unknown> {
    const inv = this.scope.getStore();
    const call = `${service}.${command}`;
    const services = this.opts.services ?? ['DynamoDB', 'SQS', 'KMS', 'SES'];
    // Only functions' calls fail: the runtime's own pollers and the run's checks are the platform.
    if (!this.enabled || !inv || !services.includes(service)) return next();
    // Once a function has crashed, nothing it does afterwards reaches AWS.
    if (inv.crashedAfter) throw new InjectedCrash(inv.fn, inv.crashedAfter);
    this.calls++;
    const r = this.opts.random;
    const email = service === 'SES' ? emailKey(input) : undefined;
    if (r() < this.opts.rate) {
      const kind: AwsFaultKind = r() < (this.opts.afterShare ?? 0.4) ? 'aws_after' : 'aws_before';
      if (kind === 'aws_after') {
        await next();
        if (email) inv.sent.push(email);
      }
      this.count(kind, service, inv);
      throw new InjectedFault(kind, call);
    }
    const out = await next();
    if (email) inv.sent.push(email);
    if (WRITES.has(call) && r() < (this.opts.crashRate ?? this.opts.rate / 10)) {
      inv.crashedAfter = call;
      this.count('crash_after_write', service, inv);
      throw new InjectedCrash(inv.fn, call);
    }
    return out;
  }

  private count(kind: AwsFaultKind, service: string, inv: Invocation): void {
    inv.faults++;
    this.byKind[kind]++;
    this.byService[service] = (this.byService[service] ?? 0) + 1;
  }
}

/** Which e-mail an SES call sends, as the outbox shows it: recipients and subject. */
function emailKey(input: unknown): string {
  const data = (input as { Content?: { Raw?: { Data?: Uint8Array } } } | undefined)?.Content?.Raw?.Data;
  if (!data) return 'unknown';
  const email = parseMime(Buffer.from(data).toString('utf8'));
  return outboxKey(email);
}

/** One e-mail's identity in the outbox: who it went to and what it said. */
export const outboxKey = (e: { to: readonly string[]; subject: string; text?: string; reference?: string }): string =>
  `${[...e.to].sort().join(',')}|${e.subject}|${e.reference ?? createHash('sha256').update(e.text ?? '').digest('hex').slice(0, 16)}`;

const FAULTED = Symbol('faulted');

/** Marks what an invocation touched by a fault answered, so the runtime can tell an excused 5xx. */
function markFaulted<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.defineProperty(value, FAULTED, { value: true });
  return value;
}

/** Whether an invocation's answer (or error) came from one that an injected fault touched. */
export const wasFaulted = (value: unknown): boolean =>
  value instanceof InjectedCrash || (typeof value === 'object' && value !== null && (value as { [FAULTED]?: boolean })[FAULTED] === true);

function hasItemFailures(result: unknown): boolean {
  const failures = (result as { batchItemFailures?: unknown[] } | undefined)?.batchItemFailures;
  return Array.isArray(failures) && failures.length > 0;
}
