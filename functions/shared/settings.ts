/**
 * A function's deployment settings (TABLE_NAME, KMS_KEY_ID, ...). In Lambda each function has only
 * the environment its catalog entry asks for. The local runtime serves every function in one
 * process, so it runs each invocation in a scope listing that function's settings
 * (local/function-scope.ts): a function reading a setting it did not declare fails locally just
 * as it would in AWS. In Lambda there is no scope, and this module loads nothing more.
 */
export interface FunctionScope {
  readonly fn: string;
  readonly allowed: ReadonlySet<string>;
  /** The purposes of secrets it may seal and open, as its catalog entry lists them (IAM's grants in AWS). */
  readonly kms?: { readonly seal?: readonly string[]; readonly open?: readonly string[] };
  /** Locally, a job run as of another instant (`POST /local/jobs/<job>?at=…`): the function's clock. */
  readonly now?: () => Date;
}

let scopeOf: () => FunctionScope | undefined = () => undefined;

/** Where the scope of the running invocation is read from: set by the local runtime, once. */
export function readScopeFrom(reader: () => FunctionScope | undefined): void {
  scopeOf = reader;
}

/** The function being served locally, if any (Lambda: undefined, one function per process). */
export const currentFunction = (): string | undefined => scopeOf()?.fn;

/** The scope of the function being served locally, if any. */
export const currentScope = (): FunctionScope | undefined => scopeOf();

export function setting(name: string): string | undefined {
  const s = scopeOf();
  if (s && !s.allowed.has(name)) return undefined;
  return process.env[name] || undefined;
}

export function requireSetting(name: string): string {
  const v = setting(name);
  if (!v) throw new Error(`Missing setting ${name}${currentFunction() ? ` for ${currentFunction()}` : ''}: declare it in functions/catalog.ts`);
  return v;
}
