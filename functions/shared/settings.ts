import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A function's deployment settings (TABLE_NAME, KMS_KEY_ID, ...). In Lambda each function has only
 * the environment its catalog entry asks for. The local runtime serves every function in one
 * process, so it runs each invocation in a scope listing that function's settings: a function
 * reading a setting it did not declare fails locally just as it would in AWS.
 */
interface Scope {
  readonly fn: string;
  readonly allowed: ReadonlySet<string>;
}

const scope = new AsyncLocalStorage<Scope>();

export const inFunctionScope = <T>(fn: string, allowed: Iterable<string>, run: () => T): T => scope.run({ fn, allowed: new Set(allowed) }, run);

/** The function being served locally, if any (Lambda: undefined, one function per process). */
export const currentFunction = (): string | undefined => scope.getStore()?.fn;

export function setting(name: string): string | undefined {
  const s = scope.getStore();
  if (s && !s.allowed.has(name)) return undefined;
  return process.env[name] || undefined;
}

export function requireSetting(name: string): string {
  const v = setting(name);
  if (!v) throw new Error(`Missing setting ${name}${currentFunction() ? ` for ${currentFunction()}` : ''}: declare it in functions/catalog.ts`);
  return v;
}
