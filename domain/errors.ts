/**
 * The error vocabulary of the product. Each kind maps to exactly one HTTP status at the edge
 * (functions/shared/http.ts); the code is machine-readable and stable, the message is for humans.
 */
export type ErrorKind =
  | 'invalid_input' // 400
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409
  | 'gone' // 410
  | 'rule_violated' // 422
  | 'locked'; // 423

export abstract class DomainError extends Error {
  abstract readonly kind: ErrorKind;
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInput extends DomainError {
  readonly kind = 'invalid_input' as const;
}
export class Unauthenticated extends DomainError {
  readonly kind = 'unauthenticated' as const;
}
export class Forbidden extends DomainError {
  readonly kind = 'forbidden' as const;
}
export class NotFound extends DomainError {
  readonly kind = 'not_found' as const;
}
/** The caller's request conflicts with the current state (including a lost optimistic-lock race). */
export class Conflict extends DomainError {
  readonly kind = 'conflict' as const;
}
export class Gone extends DomainError {
  readonly kind = 'gone' as const;
}
export class RuleViolated extends DomainError {
  readonly kind = 'rule_violated' as const;
}

/** The resource (e.g. a vault user after too many wrong PINs) is locked until someone unlocks it. */
export class Locked extends DomainError {
  readonly kind = 'locked' as const;
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
