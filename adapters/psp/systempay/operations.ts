import type { ChargeOrder, PspAccount, PspCallResult, PspMovement, PspOperations } from '../../../app/psp';
import type { Money } from '../../../domain/money';
import type { PspPaymentState } from '../../../domain/psp-operation';
import { type PspCredentials, type PspOperationResult, type PspTransactionState, SystempayRest, type SystempayRestOptions } from './rest';
import type { SystempaySecrets } from './secrets';

/** Authorised and not yet captured: what Transaction/Update and CANCELLATION_ONLY still act on (reference §6.4, §6.5). */
const HELD = new Set(['AUTHORISED', 'WAITING_AUTHORISATION']);
/** Held until the merchant validates it (manual validation, reference §8): what Transaction/Validate acts on (§6.6). */
const TO_VALIDATE = new Set(['AUTHORISED_TO_VALIDATE', 'WAITING_AUTHORISATION_TO_VALIDATE']);

/**
 * Bank answers that ask for the cardholder to authenticate (a soft decline a SILENT payment cannot
 * meet): 1A, "additional customer authentication required" (the PSD2 soft decline), and 63,
 * "does not abide to security rules" (the closest `vads_auth_result` the reference documents,
 * which the sandbox answers for its authentication-required test cards).
 */
const AUTHENTICATION_REQUIRED = new Set(['1A', '63']);

function paymentState(t: PspTransactionState): PspPaymentState {
  const status = t.detailedStatus === 'CAPTURED' ? 'captured'
    : TO_VALIDATE.has(t.detailedStatus) ? 'to_validate'
    : HELD.has(t.detailedStatus) ? 'held'
      : t.detailedStatus === 'CANCELLED' ? 'cancelled'
        : t.detailedStatus === 'REFUSED' ? 'refused' : 'other';
  return {
    ref: t.uuid, status, pspStatus: t.detailedStatus, amount: t.amount, currency: t.currency, refundedAmount: t.refundedAmount,
    ...(status === 'refused' ? {
      refusal: {
        message: `${t.refusal ?? 'payment refused'}${t.authResult ? ` (bank answer ${t.authResult})` : ''}`,
        authenticationRequired: t.authResult !== undefined && AUTHENTICATION_REQUIRED.has(t.authResult),
      },
    } : {}),
    ...(t.maskedPan ? { maskedCard: t.maskedPan } : {}),
  };
}

const movement = (r: PspOperationResult): PspMovement => ({ ref: r.uuid, pspStatus: r.detailedStatus });

function mapResult<A, B>(r: PspCallResult<A>, f: (a: A) => B): PspCallResult<B> {
  return r.ok ? { ok: true, value: f(r.value) } : r;
}

/** Systempay's REST API V4 for money operations on a payment it holds; its status words stay in this folder. */
export class SystempayOperations implements PspOperations {
  readonly provider = 'systempay' as const;
  private readonly rest: SystempayRest | undefined;

  constructor(options: {
    /** The REST API V4 base (`…/api-payment/V4/`); without it, money operations are refused. */
    readonly restUrl?: string;
    readonly rest?: SystempayRestOptions;
  }) {
    this.rest = options.restUrl ? new SystempayRest(options.restUrl, options.rest) : undefined;
  }

  async lookUp(account: PspAccount, paymentRef: string): Promise<PspCallResult<PspPaymentState>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.getTransaction(creds, paymentRef), paymentState));
  }

  async refund(account: PspAccount, op: { paymentRef: string; amount: Money; comment: string }): Promise<PspCallResult<PspMovement>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.refund(creds, { uuid: op.paymentRef, amount: op.amount, comment: op.comment }), movement));
  }

  async cancel(account: PspAccount, op: { paymentRef: string; comment: string }): Promise<PspCallResult<PspMovement>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.cancel(creds, { uuid: op.paymentRef, comment: op.comment }), movement));
  }

  async lowerAmount(account: PspAccount, op: { paymentRef: string; newAmount: Money; comment: string }): Promise<PspCallResult<PspMovement>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.lowerAmount(creds, { uuid: op.paymentRef, newAmount: op.newAmount, comment: op.comment }), movement));
  }

  async validate(account: PspAccount, op: { paymentRef: string; comment: string }): Promise<PspCallResult<PspMovement>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.validate(creds, { uuid: op.paymentRef, comment: op.comment }), movement));
  }

  async capturePart(account: PspAccount, op: { paymentRef: string; amount: Money; comment: string }): Promise<PspCallResult<PspMovement>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.capturePart(creds, { uuid: op.paymentRef, amount: op.amount, comment: op.comment }), movement));
  }

  async charge(account: PspAccount, op: ChargeOrder): Promise<PspCallResult<PspPaymentState>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.chargeToken(creds, {
      token: op.token, ...(op.chainingRef ? { chainingRef: op.chainingRef } : {}), amount: op.amount, orderId: op.orderRef, metadata: { reservation: op.reservationId },
    }), paymentState));
  }

  async findCharge(account: PspAccount, orderRef: string): Promise<PspCallResult<PspPaymentState | null>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.getOrder(creds, orderRef), (list) => {
      // A charge makes one payment per order; the newest one tells.
      const last = list[list.length - 1];
      return last ? paymentState(last) : null;
    }));
  }

  /** The REST password of the payment's mode; a hotel without one is refused for good (nothing was sent). */
  private async withRest<T>(account: PspAccount, call: (rest: SystempayRest, creds: PspCredentials) => Promise<PspCallResult<T>>): Promise<PspCallResult<T>> {
    if (!this.rest) throw new Error('No Systempay REST URL is configured (PSP_REST_URL)');
    const s = account.secrets as SystempaySecrets;
    const password = account.mode === 'PRODUCTION' ? s.productionPassword : s.testPassword;
    if (!password) return { ok: false, failure: 'permanent', code: 'psp_credentials_missing', message: `The hotel has no ${account.mode} REST password for its PSP shop` };
    return call(this.rest, { siteId: account.settings.siteId, mode: account.mode, password });
  }
}
