import type { MerchantInitiatedOutcome } from './cards';
import type { CtxMode } from './gateway';

/**
 * The cards the gateway registered ("alias", `vads_identifier`, REST `paymentMethodToken`;
 * reference §4.10, §6.8), kept for merchant-initiated payments (Charge/CreatePayment with
 * `formAction: "SILENT"`, §6.2). Only what such a payment needs: the masked card, the expiry, how
 * the issuer answers a charge of it, and the chaining reference given at the registration. Never
 * the card number.
 */
export interface StoredToken {
  readonly token: string;
  readonly siteId: string;
  readonly ctxMode: CtxMode;
  readonly cardBrand: string;
  readonly maskedPan: string;
  readonly expiryMonth: number;
  readonly expiryYear: number;
  readonly outcome: MerchantInitiatedOutcome;
  /** Returned at the registration (IPN `vads_initial_issuer_transaction_identifier`, REST `cardDetails.initialIssuerTransactionIdentifier`). */
  readonly initialIssuerTransactionIdentifier: string;
  /** `vads_cust_email` of the registration: "the token's values [are] used" in a payment by token (§6.2). */
  readonly email?: string;
  readonly createdAt: number;
  /** The transaction that created it (VERIFICATION for REGISTER, the DEBIT for REGISTER_PAY). */
  readonly creationUuid: string;
}

/** An operator's long `npm start` must not grow without bound. */
const KEPT_TOKENS = 10_000;

export class TokenStore {
  private readonly tokens = new Map<string, StoredToken>();

  add(token: StoredToken): void {
    this.tokens.set(key(token.siteId, token.token), token);
    if (this.tokens.size > KEPT_TOKENS) {
      const oldest = this.tokens.keys().next().value;
      if (oldest !== undefined) this.tokens.delete(oldest);
    }
  }

  /** A token is the shop's own; a merchant-chosen identifier is unique within the shop (§4.10). */
  get(siteId: string, token: string): StoredToken | undefined {
    return this.tokens.get(key(siteId, token));
  }
}

const key = (siteId: string, token: string): string => `${siteId}:${token}`;

/** A card is valid until the end of its expiry month. */
export function cardExpired(t: Pick<StoredToken, 'expiryMonth' | 'expiryYear'>, now: Date): boolean {
  return now.getUTCFullYear() * 12 + now.getUTCMonth() + 1 > t.expiryYear * 12 + t.expiryMonth;
}
