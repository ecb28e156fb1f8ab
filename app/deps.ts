import type { Clock, EventPublisher, Ids, Mailer, PinHasher, PspPayments, PspProvisioner, SecretSealer, Store } from './ports';

/** What use cases are given: ports only, so the same code runs in Lambda, locally and in tests. */
export interface Deps {
  readonly store: Store;
  readonly sealer: SecretSealer;
  readonly ids: Ids;
  readonly clock: Clock;
  readonly mailer?: Mailer;
  readonly provisioner?: PspProvisioner;
  readonly publisher?: EventPublisher;
  /** The PSP's server-to-server operations (refunds). */
  readonly psp?: PspPayments;
  /** PIN hashing for vault users. */
  readonly pins?: PinHasher;
}
