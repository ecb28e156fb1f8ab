import type { Clock, EventPublisher, Ids, Mailer, PinHasher, PspProvisioner, SecretSealer, Store, StoreRole, StoreWith, WebhookSender } from './ports';
import type { ByProvider, PspCheckout, PspNotices, PspOperations } from './psp';

/** What use cases are given: ports only, so the same code runs in Lambda, locally and in tests. */
export interface Deps {
  readonly store: Store;
  readonly sealer: SecretSealer;
  readonly ids: Ids;
  readonly clock: Clock;
  readonly mailer?: Mailer;
  readonly provisioner?: PspProvisioner;
  readonly publisher?: EventPublisher;
  /** The PSP, by capability (app/psp.ts): the hosted page's checkout, notifications, money operations. */
  readonly pspCheckout?: ByProvider<PspCheckout>;
  readonly pspNotices?: ByProvider<PspNotices>;
  readonly pspOperations?: ByProvider<PspOperations>;
  /** PIN hashing for vault users. */
  readonly pins?: PinHasher;
  /** Signed POSTs to webhook endpoints, within the deployment's target rules. */
  readonly webhookSender?: WebhookSender;
}

/** A role of the store, as a use case names it among its needs: `'store:reservations'`. */
export type StoreNeed = `store:${StoreRole}`;
type RolesIn<K> = K extends `store:${infer R extends StoreRole}` ? R : never;

/**
 * What a use case needs: the ports it names, each one present, and of the store the roles it
 * names (`Needs<'clock' | 'store:reservations' | 'store:commit'>`). A function wired without one
 * of them is a type error where it is wired, not a failure at run time.
 */
export type Needs<K extends keyof Deps | StoreNeed> = { readonly [P in K & keyof Deps]-?: NonNullable<Deps[P]> }
  & ([RolesIn<K>] extends [never] ? unknown : { readonly store: StoreWith<RolesIn<K>> });

/** Every port a function can be wired with (the PSP sandbox's shop provisioning only exists locally). */
export type Wired = Needs<Exclude<keyof Deps, 'provisioner'>> & Pick<Deps, 'provisioner'>;
