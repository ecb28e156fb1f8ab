import { randomInt } from 'node:crypto';
import type { PspAttempt } from '../../../app/ports';
import type { CheckoutInput, PspCheckout, StartedCheckout } from '../../../app/psp';
import { RuleViolated } from '../../../domain/errors';
import { reusableAttempt, type OpenAttempt } from '../../../domain/payment-request';
import { attemptRef, compactUtc, formatTransId, MAX_TRANS_NUMBER, paymentForm, transDay } from './form';
import { keyFor } from './secrets';

/**
 * Systempay's checkout: the Form API V2, a signed form the guest's browser posts to the hosted
 * payment page, its `vads_trans_id` allocated per shop and UTC day.
 */
export class SystempayCheckout implements PspCheckout {
  readonly provider = 'systempay' as const;

  /** `formUrl`: the hosted payment page the form posts to (`…/vads-payment/`). */
  constructor(private readonly options: { readonly formUrl?: string }) {}

  async checkout(input: CheckoutInput): Promise<StartedCheckout> {
    const { settings, request, now } = input;
    const formUrl = this.options.formUrl;
    if (!formUrl) throw new Error('No Systempay form URL is configured (PSP_FORM_URL)');
    const key = keyFor(input.secrets, settings.mode);
    if (!key) throw new RuleViolated('psp_key_missing', 'The hotel has no PSP key for its current mode');
    let attempt: OpenAttempt;
    let record: PspAttempt | undefined;
    const open = input.open;
    // Trans ids are per UTC day: a form signed yesterday is not offered again today.
    const reused = reusableAttempt(request, open, { mode: settings.mode, now }) && open.formAt.slice(0, 10) === now.toISOString().slice(0, 10);
    if (reused) {
      attempt = open!;
    } else {
      // Signed to the second: the reused form must carry the very `vads_trans_date` of the first one.
      const at = new Date(Math.floor(now.getTime() / 1000) * 1000);
      // A trans id drawn at random from the shop's 899,999 of the day (numeric, as every version
      // of the reference accepts): the page stores the attempt under it only if nobody holds it.
      const transId = formatTransId(randomInt(1, MAX_TRANS_NUMBER + 1));
      record = {
        siteId: settings.siteId, day: transDay(compactUtc(at)), transId, hotelId: input.hotelId, subject: request.subject,
        paymentRequestId: request.paymentRequestId, mode: settings.mode, createdAt: at.toISOString(),
      };
      attempt = {
        attemptRef: attemptRef({ vads_trans_date: compactUtc(at), vads_trans_id: transId }),
        paymentRequestId: request.paymentRequestId, mode: settings.mode, amount: request.amount, formAt: at.toISOString(),
      };
    }
    const fields = paymentForm({
      siteId: settings.siteId, mode: settings.mode, key, type: request.type,
      // The attempt ref is "<UTC day>-<trans id>": the form keeps the attempt's own date.
      transId: attempt.attemptRef.slice(-6), at: new Date(attempt.formAt), amount: request.amount,
      orderId: input.subject.reference, language: input.language, customer: input.subject.customer,
      notificationUrl: input.urls.notification, returnUrl: input.urls.return,
    });
    const checkout = { kind: 'form' as const, action: formUrl, fields };
    return record ? { checkout, attempt, reused: false, record } : { checkout, attempt, reused: true };
  }
}
