import { randomBytes } from 'node:crypto';
import { verify, type SignatureAlgorithm } from '../../adapters/psp/systempay/signature';
import { currencyByNumeric } from '../../domain/money';

export type CtxMode = 'TEST' | 'PRODUCTION';

export interface Shop {
  readonly siteId: string;
  readonly testKey: string;
  readonly productionKey?: string;
  readonly testPassword: string;
  readonly productionPassword?: string;
  readonly algorithm: SignatureAlgorithm;
  /**
   * The Back Office rule "Instant Payment Notification URL on batch change" (reference §5.2):
   * disabled by default; when on, a payment that expires unvalidated is notified (src BATCH).
   */
  readonly notifyOnBatchChange: boolean;
  /** The Back Office's "REST API Instant Payment Notification URL" (reference §6.9), when set. */
  readonly restIpnUrl?: string;
}

export interface ShopInput {
  siteId: string;
  testKey: string;
  productionKey?: string;
  testPassword?: string;
  productionPassword?: string;
  algorithm?: SignatureAlgorithm;
  /** Default false, like the gateway's rule; kept from an earlier provisioning when not given. */
  notifyOnBatchChange?: boolean;
  /** Kept from an earlier provisioning when not given; `null` removes it. */
  restIpnUrl?: string | null;
}

export interface ShopCredentials {
  siteId: string;
  testPassword: string;
  productionPassword?: string;
}

export class ShopInputError extends Error {}

export class ShopRegistry {
  private readonly shops = new Map<string, Shop>();

  get(siteId: string): Shop | undefined {
    return this.shops.get(siteId);
  }

  siteIds(): string[] {
    return [...this.shops.keys()].sort();
  }

  /** Re-provisioning keeps previously generated passwords so a restart of the caller stays valid. */
  provision(input: ShopInput): ShopCredentials {
    if (typeof input !== 'object' || input === null) throw new ShopInputError('body must be a JSON object');
    if (typeof input.siteId !== 'string' || !/^[0-9]{8}$/.test(input.siteId)) throw new ShopInputError('siteId must be 8 digits');
    if (typeof input.testKey !== 'string' || input.testKey === '') throw new ShopInputError('testKey is required');
    for (const name of ['productionKey', 'testPassword', 'productionPassword'] as const) {
      const v = input[name];
      if (v !== undefined && (typeof v !== 'string' || v === '')) throw new ShopInputError(`${name} must be a non-empty string`);
    }
    const algorithm = input.algorithm ?? 'HMAC-SHA-256';
    if (algorithm !== 'HMAC-SHA-256' && algorithm !== 'SHA-1') throw new ShopInputError('algorithm must be HMAC-SHA-256 or SHA-1');
    if (input.notifyOnBatchChange !== undefined && typeof input.notifyOnBatchChange !== 'boolean') throw new ShopInputError('notifyOnBatchChange must be true or false');
    if (input.restIpnUrl !== undefined && input.restIpnUrl !== null && (typeof input.restIpnUrl !== 'string' || !isHttpUrl(input.restIpnUrl))) {
      throw new ShopInputError('restIpnUrl must be an http(s) URL of at most 1024 characters, or null');
    }

    const previous = this.shops.get(input.siteId);
    const productionKey = input.productionKey ?? previous?.productionKey;
    const productionPassword = input.productionPassword ?? previous?.productionPassword
      ?? (productionKey ? `prodpassword_${randomToken()}` : undefined);
    const restIpnUrl = input.restIpnUrl === null ? undefined : input.restIpnUrl ?? previous?.restIpnUrl;
    const shop: Shop = {
      siteId: input.siteId,
      testKey: input.testKey,
      testPassword: input.testPassword ?? previous?.testPassword ?? `testpassword_${randomToken()}`,
      algorithm,
      notifyOnBatchChange: input.notifyOnBatchChange ?? previous?.notifyOnBatchChange ?? false,
      ...(restIpnUrl ? { restIpnUrl } : {}),
      ...(productionKey ? { productionKey } : {}),
      ...(productionPassword ? { productionPassword } : {}),
    };
    this.shops.set(shop.siteId, shop);
    return { siteId: shop.siteId, testPassword: shop.testPassword, ...(productionPassword ? { productionPassword } : {}) };
  }
}

function randomToken(): string {
  return randomBytes(30).toString('base64url').replace(/[-_]/g, '').slice(0, 40);
}

/** `vads_trans_id` is unique per shop per UTC day, case-insensitively (error 03). */
export class TransIdRegistry {
  private readonly byDay = new Map<string, Set<string>>();

  isUsed(siteId: string, day: string, transId: string): boolean {
    return this.byDay.get(day)?.has(`${siteId}:${transId.toLowerCase()}`) ?? false;
  }

  markUsed(siteId: string, day: string, transId: string, now: Date): void {
    // A form can only be dated yesterday or today (−30 min tolerance), so older days can never match again.
    const yesterday = formatVadsDate(new Date(now.getTime() - 86_400_000)).slice(0, 8);
    for (const d of this.byDay.keys()) if (d < yesterday) this.byDay.delete(d);
    let set = this.byDay.get(day);
    if (!set) this.byDay.set(day, (set = new Set()));
    set.add(`${siteId}:${transId.toLowerCase()}`);
  }
}

/** `YYYYMMDDHHMMSS` in UTC, the gateway's date format. */
export function formatVadsDate(d: Date): string {
  return d.toISOString().replace(/\D/g, '').slice(0, 14);
}

export function parseVadsDate(s: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(d.getTime()) || formatVadsDate(d) !== s ? undefined : d;
}

export const PAGE_ACTIONS = [
  'PAYMENT', 'REGISTER', 'REGISTER_UPDATE', 'REGISTER_PAY', 'REGISTER_SUBSCRIBE', 'REGISTER_PAY_SUBSCRIBE',
  'SUBSCRIBE', 'REGISTER_UPDATE_PAY', 'ASK_REGISTER_PAY',
] as const;
export type SimulatedPageAction = 'PAYMENT' | 'REGISTER' | 'REGISTER_PAY' | 'ASK_REGISTER_PAY';
const SIMULATED: ReadonlySet<string> = new Set<SimulatedPageAction>(['PAYMENT', 'REGISTER', 'REGISTER_PAY', 'ASK_REGISTER_PAY']);

/** A request the gateway accepted, with the facts later steps need. */
export interface AcceptedForm {
  readonly shop: Shop;
  readonly ctxMode: CtxMode;
  readonly key: string;
  readonly pageAction: SimulatedPageAction;
  /** Every posted field except `signature`. */
  readonly fields: Readonly<Record<string, string>>;
  readonly transId: string;
  readonly transDay: string;
  /** Present for paying actions: what is authorised now (the first instalment for MULTI). */
  readonly charge?: { readonly amount: number; readonly effectiveAmount: number; readonly currency: string };
}

export interface FormError {
  readonly code: string;
  readonly field: string;
  readonly reason: string;
}

export type FormCheck =
  | { readonly ok: true; readonly form: AcceptedForm }
  | { readonly ok: false; readonly error: FormError; readonly ctxMode: string | undefined };

const RETURN_URLS: ReadonlyArray<readonly [string, string]> = [
  ['24', 'vads_url_success'], ['25', 'vads_url_refused'], ['26', 'vads_url_referral'],
  ['27', 'vads_url_cancel'], ['28', 'vads_url_return'], ['29', 'vads_url_error'],
];
/** Card data posted to a hosted page is a PCI breach the real gateway rejects (999 SENSITIVE_DATA). */
const SENSITIVE_FIELDS = ['vads_card_number', 'vads_cvv'];
const TRANS_DATE_PAST_MS = 30 * 60_000;
const TRANS_DATE_FUTURE_MS = 90 * 60_000;

export const isHttpUrl = (s: string): boolean => {
  if (s.length > 1024) return false;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * Checks a `vads-payment` form in the order the brief fixes (site, mode, signature, then formats),
 * so the first problem reported is the one the real gateway would report.
 */
export function checkForm(fields: Record<string, string>, shops: ShopRegistry, transIds: TransIdRegistry, now: Date): FormCheck {
  const fail = (code: string, field: string, reason: string): FormCheck => ({ ok: false, error: { code, field, reason }, ctxMode: fields.vads_ctx_mode });
  const f = (name: string): string | undefined => fields[name];

  const shop = shops.get(f('vads_site_id') ?? '');
  if (!shop) return fail('02', 'vads_site_id', f('vads_site_id') ? 'unknown shop' : 'missing');
  const ctxMode = f('vads_ctx_mode');
  if (ctxMode !== 'TEST' && ctxMode !== 'PRODUCTION') return fail('11', 'vads_ctx_mode', 'must be TEST or PRODUCTION');
  const key = ctxMode === 'TEST' ? shop.testKey : shop.productionKey;
  if (!key) return fail('11', 'vads_ctx_mode', 'PRODUCTION is unavailable until the production key has been generated');
  if (!verify(fields, f('signature'), key, shop.algorithm)) {
    return fail('00', 'signature', `does not match the vads_* fields (key of vads_ctx_mode=${ctxMode}, ${shop.algorithm}, UTF-8)`);
  }
  const sensitive = SENSITIVE_FIELDS.find((n) => n in fields);
  if (sensitive) return fail('999', sensitive, 'card data must never be posted to the payment form');
  if (f('vads_version') !== 'V2') return fail('01', 'vads_version', 'must be V2');

  const transId = f('vads_trans_id') ?? '';
  const transDate = f('vads_trans_date') ?? '';
  if (!/^[0-9A-Za-z]{6}$/.test(transId)) return fail('03', 'vads_trans_id', 'must be 6 characters from 0-9, a-z, A-Z');
  const transDay = transDate.slice(0, 8);
  if (/^\d{14}$/.test(transDate) && transIds.isUsed(shop.siteId, transDay, transId)) {
    return fail('03', 'vads_trans_id', 'already used by this shop on this UTC day (case-insensitive)');
  }
  const date = parseVadsDate(transDate);
  if (!date) return fail('04', 'vads_trans_date', 'must be YYYYMMDDHHMMSS in UTC');
  const offset = date.getTime() - now.getTime();
  if (offset < -TRANS_DATE_PAST_MS || offset > TRANS_DATE_FUTURE_MS) {
    return fail('04', 'vads_trans_date', 'must be the current UTC time (tolerance −30 min / +1 h 30)');
  }

  const pageAction = f('vads_page_action') ?? '';
  if (!(PAGE_ACTIONS as readonly string[]).includes(pageAction)) return fail('46', 'vads_page_action', `unknown value "${pageAction}"`);
  if (!SIMULATED.has(pageAction)) return fail('46', 'vads_page_action', `${pageAction} is documented, but this sandbox only simulates ${[...SIMULATED].join(', ')}`);
  const actionMode = f('vads_action_mode');
  if (actionMode !== 'INTERACTIVE' && actionMode !== 'IFRAME') return fail('47', 'vads_action_mode', 'must be INTERACTIVE or IFRAME');

  let charge: AcceptedForm['charge'];
  if (pageAction !== 'REGISTER') {
    const amountText = f('vads_amount') ?? '';
    const amount = Number(amountText);
    if (!/^[0-9]{1,12}$/.test(amountText) || amount <= 0) return fail('09', 'vads_amount', 'must be a positive integer in the smallest currency unit');
    const currency = f('vads_currency') ?? '';
    if (!/^[0-9]{3}$/.test(currency) || !currencyByNumeric(currency)) return fail('10', 'vads_currency', 'must be a supported ISO 4217 numeric code');
    const first = firstInstalment(f('vads_payment_config') ?? '', amount);
    if (first === undefined) return fail('07', 'vads_payment_config', 'must be SINGLE, MULTI:first=…;count=…;period=… or MULTI_EXT:date=amount;…');
    charge = { amount, effectiveAmount: first, currency };
  } else if (f('vads_currency') && !currencyByNumeric(f('vads_currency') ?? '')) {
    return fail('10', 'vads_currency', 'must be a supported ISO 4217 numeric code');
  }

  const validationMode = f('vads_validation_mode');
  if (validationMode !== undefined && !['', '0', '1'].includes(validationMode)) return fail('05', 'vads_validation_mode', 'must be empty, 0 or 1');
  const captureDelay = f('vads_capture_delay');
  if (captureDelay !== undefined && !/^[0-9]{0,3}$/.test(captureDelay)) return fail('06', 'vads_capture_delay', 'must be a number of days (n..3)');
  const orderId = f('vads_order_id');
  if (orderId !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(orderId)) return fail('13', 'vads_order_id', 'must be 1 to 64 characters from a-z, A-Z, 0-9, _ and -');
  const email = f('vads_cust_email');
  if (email !== undefined && (email.length > 255 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) return fail('15', 'vads_cust_email', 'is not an e-mail address');
  if (pageAction === 'REGISTER' && !email) return fail('15', 'vads_cust_email', 'is required to register a card');
  const identifier = f('vads_identifier');
  if (identifier !== undefined && !/^[\x21-\x7e]{1,50}$/.test(identifier)) return fail('30', 'vads_identifier', 'must be 1 to 50 printable characters');
  const urlCheck = f('vads_url_check');
  if (urlCheck !== undefined && !isHttpUrl(urlCheck)) return fail('33', 'vads_url_check', 'must be an http(s) URL');
  for (const [code, name] of RETURN_URLS) {
    const v = f(name);
    if (v !== undefined && v !== '' && !isHttpUrl(v)) return fail(code, name, 'must be an http(s) URL');
  }
  const returnMode = f('vads_return_mode');
  if (returnMode !== undefined && !['', 'NONE', 'GET', 'POST'].includes(returnMode)) return fail('48', 'vads_return_mode', 'must be empty, NONE, GET or POST');

  const { signature: _signature, ...rest } = fields;
  return {
    ok: true,
    form: { shop, ctxMode, key, pageAction: pageAction as SimulatedPageAction, fields: rest, transId, transDay, ...(charge ? { charge } : {}) },
  };
}

/** The amount authorised at payment time; undefined when the config is malformed (error 07). */
function firstInstalment(config: string, amount: number): number | undefined {
  if (config === 'SINGLE') return amount;
  const multi = /^MULTI:first=(\d{1,12});count=(\d{1,3});period=(\d{1,3})$/.exec(config);
  if (multi) {
    const first = Number(multi[1]);
    return Number(multi[2]) >= 1 && first > 0 && first <= amount ? first : undefined;
  }
  const ext = /^MULTI_EXT:(\d{8}=\d{1,12}(?:;\d{8}=\d{1,12})*)$/.exec(config);
  if (ext?.[1]) {
    const amounts = ext[1].split(';').map((p) => Number(p.split('=')[1]));
    const total = amounts.reduce((a, b) => a + b, 0);
    return total === amount && (amounts[0] ?? 0) > 0 ? amounts[0] : undefined;
  }
  return undefined;
}
