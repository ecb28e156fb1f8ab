import type { Wired } from '../app/deps';

/** The AWS calls one operation made (by service and action), and how long its handler took. */
export interface OperationCalls {
  readonly total: number;
  readonly calls: Record<string, number>;
  /** Handler duration against the local moto server (indicative only). */
  readonly ms: number;
}

/**
 * Handlers measured as Lambda runs them: one container (Deps) per function, fresh for a cold run,
 * kept for a warm one; every AWS SDK call counted (adapters/aws/clients.ts). Project code is
 * imported here, after the caller has set the environment.
 */
export async function perFunctionContainers() {
  const { awsCallCounts, resetAwsCallCounts } = await import('../adapters/aws/clients');
  const { container, setContainer } = await import('../functions/shared/container');
  const containers = new Map<string, Wired>();
  const useContainer = (fn: string, fresh: boolean) => {
    if (fresh || !containers.has(fn)) {
      setContainer(undefined);
      containers.set(fn, container());
    }
    setContainer(containers.get(fn));
  };
  const measure = async <T>(fn: string, fresh: boolean, run: () => Promise<T>): Promise<{ value: T; calls: OperationCalls }> => {
    useContainer(fn, fresh);
    resetAwsCallCounts();
    const t0 = performance.now();
    const value = await run();
    const ms = performance.now() - t0;
    const calls = awsCallCounts();
    return { value, calls: { total: Object.values(calls).reduce((a, b) => a + b, 0), calls, ms } };
  };
  /** A container of its own, for wiring that is never measured. */
  const unmeasuredDeps = (): Wired => {
    setContainer(undefined);
    return container();
  };
  /** Back to the settings' own wiring (the next section builds its containers itself). */
  const release = (): void => setContainer(undefined);
  return { measure, unmeasuredDeps, release };
}

export function expectStatus(what: string, res: { status: number; body: unknown }, ...ok: number[]): void {
  if (!ok.includes(res.status)) {
    const code = (res.body as { error?: { code?: string } } | undefined)?.error?.code;
    throw new Error(`${what}: HTTP ${res.status}${code ? ` (${code})` : ''}, expected ${ok.join('/')}`);
  }
}
