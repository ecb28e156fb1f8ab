import { formatTransId, notificationId, outcomeKind, paymentForm, toOutcome } from '../../adapters/psp/systempay/form';
import { verify } from '../../adapters/psp/systempay/signature';

const base = {
  siteId: '12345678', mode: 'TEST' as const, key: '1122334455667788', transId: '000042', at: new Date('2026-11-22T09:00:00Z'),
  amount: { amount: 13_500, currency: 'EUR' }, orderId: 'R-1', language: 'fr',
  customer: { email: 'camille@example.com', firstName: 'Camille', lastName: 'Dupont' },
  notificationUrl: 'https://api.example.com/psp/systempay/H1/ipn', returnUrl: 'https://api.example.com/pay/tok/result',
};

describe('Systempay form', () => {
  it('builds a signed payment form for a deposit', () => {
    const f = paymentForm({ ...base, type: 'deposit' });
    expect(f).toMatchObject({
      vads_page_action: 'PAYMENT', vads_amount: '13500', vads_currency: '978', vads_trans_date: '20261122090000', vads_trans_id: '000042',
      vads_order_id: 'R-1', vads_url_check: base.notificationUrl, vads_payment_config: 'SINGLE', vads_version: 'V2', vads_ctx_mode: 'TEST',
    });
    expect(verify(f, f.signature, base.key)).toBe(true);
  });
  it('registers the card without charging for a guarantee', () => {
    const f = paymentForm({ ...base, type: 'guarantee' });
    expect(f.vads_page_action).toBe('REGISTER');
    expect(f.vads_amount).toBeUndefined();
    expect(verify(f, f.signature, base.key)).toBe(true);
  });
  it('formats transaction ids and refuses the gateway-reserved range', () => {
    expect(formatTransId(7)).toBe('000007');
    expect(() => formatTransId(900_000)).toThrow();
  });
  it('maps PSP statuses to outcomes', () => {
    expect(['AUTHORISED', 'CAPTURED', 'ACCEPTED', 'PARTIALLY_AUTHORISED'].map(outcomeKind)).toEqual(Array(4).fill('succeeded'));
    expect(['REFUSED', 'CAPTURE_FAILED', 'EXPIRED'].map(outcomeKind)).toEqual(Array(3).fill('failed'));
    expect(outcomeKind('ABANDONED')).toBe('abandoned');
    expect(outcomeKind('CANCELLED')).toBe('cancelled');
    expect(outcomeKind('WAITING_AUTHORISATION')).toBe('pending');
  });
  it('reads an IPN into an outcome without keeping more than the last four digits', () => {
    const o = toOutcome({ vads_trans_status: 'AUTHORISED', vads_amount: '13500', vads_currency: '978', vads_trans_uuid: 'u1', vads_trans_date: '20261122090000', vads_trans_id: '000042', vads_ctx_mode: 'TEST', vads_card_number: '497010XXXXXX0014', vads_card_brand: 'CB', vads_operation_type: 'DEBIT' });
    expect(o).toMatchObject({ kind: 'succeeded', operation: 'payment', amount: { amount: 13_500, currency: 'EUR' }, attemptRef: '20261122-000042', card: { brand: 'CB', masked: '•••• 0014' } });
  });
  it('deduplicates replays of the same news but not a new status', () => {
    const f = { vads_site_id: '1', vads_ctx_mode: 'TEST', vads_trans_date: '20261122090000', vads_trans_id: '000042', vads_trans_uuid: 'u1', vads_trans_status: 'AUTHORISED', vads_url_check_src: 'PAY', vads_hash: 'a' };
    expect(notificationId({ ...f, vads_url_check_src: 'RETRY', vads_hash: 'b' })).toBe(notificationId(f));
    expect(notificationId({ ...f, vads_trans_status: 'CAPTURED' })).not.toBe(notificationId(f));
  });
});
