import { createHash, randomBytes } from 'node:crypto';

/** Inputs shared by the AWS-calls and throughput sections. Dummy data only: no real card or key. */

export const PSP_TEST_KEY = `BenchKey${randomBytes(6).toString('hex')}`;

export const hotelBody = (siteId = '11112222') => ({
  name: 'Hôtel du Benchmark', email: 'frontdesk@hotel-bench.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
  psp: { provider: 'systempay', siteId, mode: 'TEST', testKey: PSP_TEST_KEY },
});

const day = (offsetDays: number): string => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A reservation on option, arriving in a month; `variant` changes the departure (a real update). */
export const reservationBody = (variant = 0) => ({
  guest: { title: 'mr', firstName: 'Jean', lastName: 'Martin', email: 'jean.martin@example.com', language: 'fr' },
  arrival: day(30), departure: day(32 + (variant % 2)), total: { amount: 40_000, currency: 'EUR' }, optionDeadline: day(10),
});

export const adminKey = (): string => `admin_${randomBytes(24).toString('base64url')}`;
export const sha256Hex = (s: string): string => createHash('sha256').update(s).digest('hex');

/** The hidden fields of the rendered payment form (what the guest's browser posts to the PSP). */
export function formFields(html: string): Record<string, string> {
  const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)]));
}

/**
 * What the PSP posts after a successful payment on that form, signed with the shop's test key
 * (masked card number). `src` RETRY is the PSP's redelivery of the same news: same notification id,
 * its own vads_hash and signature.
 */
export function ipnFor(form: Record<string, string>, sign: (f: Record<string, string>, key: string) => string, src: 'PAY' | 'RETRY' = 'PAY'): Record<string, string> {
  const fields: Record<string, string> = Object.fromEntries(Object.entries(form).filter(([k]) => k.startsWith('vads_')));
  Object.assign(fields, {
    vads_trans_status: 'AUTHORISED', vads_trans_uuid: createHash('md5').update(`${form.vads_trans_id}AUTHORISED`).digest('hex'),
    vads_url_check_src: src, vads_hash: randomBytes(32).toString('hex'), vads_card_number: '497010XXXXXX0014', vads_card_brand: 'CB',
    vads_operation_type: form.vads_page_action === 'REGISTER' ? 'VERIFICATION' : 'DEBIT', vads_result: '00',
  });
  return { ...fields, signature: sign(fields, PSP_TEST_KEY) };
}
