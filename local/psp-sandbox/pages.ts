import { createHash } from 'node:crypto';
import { currencyByNumeric, formatMoney } from '../../domain/money';
import { TEST_CARDS } from './cards';
import type { AcceptedForm, FormError } from './gateway';
import type { Delivery } from './ipn';
import type { LedgerTransaction } from './ledger';

/** Everything interpolated into HTML goes through here: field values come from merchants and buyers. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const LABEL = 'Systempay sandbox — TEST';
const LOCALE = 'en-GB';

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2433;background:#f3f5f9}
header{background:#b3261e;color:#fff;padding:.6rem 1rem;font-weight:600;letter-spacing:.02em}
main{max-width:46rem;margin:0 auto;padding:1rem}main.wide{max-width:84rem}
section{background:#fff;border-radius:.5rem;padding:1rem;margin:0 0 1rem;box-shadow:0 1px 2px rgba(0,0,0,.08)}
h1{font-size:1.35rem;margin:.2rem 0 1rem}h2{font-size:1.1rem;margin:0 0 .75rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}dt{color:#5b6478}dd{margin:0;word-break:break-word}
label{display:block;font-size:.9rem;color:#5b6478;margin:.5rem 0 .2rem}
input{width:100%;padding:.55rem;font:inherit;border:1px solid #c5cad6;border-radius:.35rem}
.row{display:flex;gap:.75rem;flex-wrap:wrap}.row>div{flex:1 1 6rem}
button{font:inherit;padding:.65rem 1.2rem;border-radius:.35rem;border:0;cursor:pointer;margin-top:1rem}
#pay{background:#1a56db;color:#fff;width:100%}#cancel{background:#e5e8ef;color:#1d2433;width:100%}
.error{background:#fdecea;color:#8a1c14;border:1px solid #f5c2bd;border-radius:.35rem;padding:.6rem .8rem}
.table{overflow-x:auto}.actions form{display:inline-flex;gap:.3rem;align-items:center;margin:0 .3rem .3rem 0}
.actions input,.actions select{width:auto;padding:.25rem .4rem;font-size:.85rem}.actions button{margin:0;padding:.3rem .7rem;font-size:.85rem;background:#e5e8ef;color:#1d2433}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #e5e8ef;vertical-align:top}td{overflow-wrap:anywhere}td.actions{overflow-wrap:normal}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}.muted{color:#5b6478;font-size:.9rem}
`;

/** A page; `wide` for the back office, whose tables carry their action buttons in the last column. */
function layout(title: string, body: string, wide = false): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(title)} · ${esc(LABEL)}</title><style>${STYLE}</style></head>
<body><header>${esc(LABEL)}</header><main${wide ? ' class="wide"' : ''}>${body}</main></body></html>`;
}

/** "€123.45", or a plain amount when the currency is unknown to the domain (cannot happen for accepted forms). */
function formatAmount(minor: number, numericCurrency: string): string {
  const alpha = currencyByNumeric(numericCurrency);
  return alpha ? formatMoney({ amount: minor, currency: alpha }, LOCALE) : `${minor} (${numericCurrency})`;
}

function amountText(form: AcceptedForm): string {
  if (!form.charge) return 'Card registration, no charge';
  const total = formatAmount(form.charge.amount, form.charge.currency);
  return form.charge.effectiveAmount === form.charge.amount
    ? total
    : `${total} (${formatAmount(form.charge.effectiveAmount, form.charge.currency)} now, the rest in instalments)`;
}

function cardTable(): string {
  const rows = TEST_CARDS.map((c) => `<tr><td><code>${esc(c.number)}</code></td><td>${esc(c.brand)}</td><td>${esc(c.scenario)}</td></tr>`).join('');
  return `<section><h2>Test cards</h2><p class="muted">Any future expiry date and any 3-digit CVV. Other numbers are rejected.</p>
<div class="table"><table><thead><tr><th>Card number</th><th>Brand</th><th>Scenario</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

export interface PaymentPageInput {
  readonly form: AcceptedForm;
  readonly payUrl: string;
  readonly cancelUrl: string;
  readonly expiresAt: Date;
  readonly error?: string;
  readonly defaultExpiryYear: number;
}

export function paymentPage(p: PaymentPageInput): string {
  const f = p.form.fields;
  const shopName = f.vads_shop_name ? `${f.vads_shop_name} (${p.form.shop.siteId})` : p.form.shop.siteId;
  const title = p.form.pageAction === 'REGISTER' ? 'Register a card' : 'Payment';
  return layout(title, `
<section><h1>${esc(title)}</h1><dl>
<dt>Shop</dt><dd>${esc(shopName)}</dd>
<dt>Amount</dt><dd id="amount">${esc(amountText(p.form))}</dd>
<dt>Order</dt><dd id="order-id">${esc(f.vads_order_id || '—')}</dd>
<dt>Transaction</dt><dd><code>${esc(p.form.transId)}</code> · ${esc(p.form.ctxMode)} · ${esc(p.form.pageAction)}</dd>
</dl><p class="muted">This session expires at ${esc(p.expiresAt.toISOString().slice(11, 19))} UTC.</p></section>
<section><h2>Card details</h2>${p.error ? `<p class="error" role="alert">${esc(p.error)}</p>` : ''}
<form method="post" action="${esc(p.payUrl)}" autocomplete="off">
<label for="cardNumber">Card number</label><input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" required>
<div class="row">
<div><label for="expiryMonth">Expiry month</label><input id="expiryMonth" name="expiryMonth" inputmode="numeric" value="12" required></div>
<div><label for="expiryYear">Expiry year</label><input id="expiryYear" name="expiryYear" inputmode="numeric" value="${p.defaultExpiryYear}" required></div>
<div><label for="cvv">CVV</label><input id="cvv" name="cvv" inputmode="numeric" placeholder="123" required></div>
</div>
<button type="submit" id="pay">Pay</button></form>
<form method="post" action="${esc(p.cancelUrl)}"><button type="submit" id="cancel">Cancel and return to shop</button></form>
</section>${cardTable()}`);
}

export function formErrorPage(error: FormError, showDetails: boolean): string {
  const detail = showDetails
    ? `<p><strong>Error ${esc(error.code)} — ${esc(error.field)}</strong></p><p>${esc(error.field)} ${esc(error.reason)}.</p>`
    : `<p><strong>Error ${esc(error.code)}</strong></p><p>An error occurred during the payment request, please make sure that the posted parameters match the ones specified in the documentation.</p>`;
  return layout('Payment request rejected', `<section><h1>Payment request rejected</h1><div class="error" role="alert">${detail}</div></section>`);
}

export function messagePage(title: string, message: string, status: number): { status: number; html: string } {
  return { status, html: layout(title, `<section><h1>${esc(title)}</h1><p>${esc(message)}</p></section>`) };
}

export function expiredPage(): { status: number; html: string } {
  return messagePage('Payment session expired', 'This payment session expired. Go back to the shop and start again.', 410);
}

export interface ResultPageInput {
  readonly transStatus: string;
  readonly transId: string;
  readonly orderId?: string;
  readonly maskedCard?: string;
}

const RESULT_TITLES: Readonly<Record<string, string>> = {
  ABANDONED: 'Payment cancelled', REFUSED: 'Payment refused', ACCEPTED: 'Card registered',
};

export function resultPage(r: ResultPageInput): string {
  const title = RESULT_TITLES[r.transStatus] ?? 'Payment accepted';
  return layout(title, `<section><h1>${esc(title)}</h1><dl>
<dt>Status</dt><dd id="trans-status"><code>${esc(r.transStatus)}</code></dd>
<dt>Transaction</dt><dd><code>${esc(r.transId)}</code></dd>
${r.orderId ? `<dt>Order</dt><dd>${esc(r.orderId)}</dd>` : ''}
${r.maskedCard ? `<dt>Card</dt><dd><code>${esc(r.maskedCard)}</code></dd>` : ''}
</dl><p class="muted">The shop gave no return URL. The result was sent to its IPN URL.</p></section>`);
}

const AUTO_POST_SCRIPT = "document.getElementById('return').submit()";
/** The one inline script the sandbox serves, allowed by hash rather than by 'unsafe-inline'. */
export const AUTO_POST_SCRIPT_HASH = `sha256-${createHash('sha256').update(AUTO_POST_SCRIPT).digest('base64')}`;

/** `vads_return_mode=POST`: the browser re-posts the signed result to the shop. */
export function autoPostPage(url: string, fields: Readonly<Record<string, string>>): string {
  const inputs = Object.entries(fields).map(([n, v]) => `<input type="hidden" name="${esc(n)}" value="${esc(v)}">`).join('');
  return layout('Returning to the shop', `<section><h1>Returning to the shop</h1>
<form id="return" method="post" action="${esc(url)}">${inputs}<button type="submit" id="return-to-shop">Return to the shop</button></form>
<script>${AUTO_POST_SCRIPT}</script></section>`);
}

export interface IndexPageInput {
  readonly siteIds: readonly string[];
  readonly deliveries: ReadonlyArray<Delivery>;
  readonly transactions: readonly LedgerTransaction[];
  /** Absolute URL of the control endpoints, e.g. http://127.0.0.1:3000/psp-sandbox/control. */
  readonly controlUrl: string;
  /** The sandbox's clock, and how far it was moved ahead of the real one. */
  readonly now: Date;
  readonly clockOffsetMs: number;
}

function ledgerAmount(minor: number, currency: string): string {
  try {
    return formatMoney({ amount: minor, currency }, LOCALE);
  } catch {
    return `${minor} ${currency}`;
  }
}

/** Back-office buttons: capture or cancel what is authorised, refund what is captured. */
function transactionActions(t: LedgerTransaction, controlUrl: string): string {
  if (t.operationType !== 'DEBIT') return '';
  const action = (op: string): string => esc(`${controlUrl}/transactions/${t.uuid}/${op}`);
  if (t.detailedStatus === 'AUTHORISED') {
    return `<form method="post" action="${action('capture')}"><button type="submit">Capture</button></form>`
      + `<form method="post" action="${action('refund')}"><button type="submit">Cancel (Back Office)</button></form>`;
  }
  const remaining = t.amount - t.refundedAmount;
  if (t.detailedStatus === 'CAPTURED' && remaining > 0) {
    return `<form method="post" action="${action('refund')}">`
      + `<input name="amount" inputmode="numeric" size="8" placeholder="${esc(remaining)}" aria-label="Amount to refund in minor units (empty: all that is left)">`
      + '<select name="src" aria-label="vads_url_check_src"><option>MERCH_BO</option><option>BO</option></select>'
      + '<button type="submit">Refund (Back Office)</button></form>';
  }
  return '';
}

function ledgerTable(transactions: readonly LedgerTransaction[], controlUrl: string): string {
  const recent = transactions.slice(-50).reverse();
  if (!recent.length) return '<p class="muted">No transaction yet.</p>';
  const rows = recent.map((t) => `<tr><td>${esc(t.createdAt)}</td><td><code title="${esc(t.uuid)}">${esc(t.uuid.slice(0, 8))}…</code> <code>${esc(t.transId)}</code></td>`
    + `<td>${esc(t.siteId)} · ${esc(t.ctxMode)}${t.orderId ? `<br>${esc(t.orderId)}` : ''}</td><td>${esc(t.operationType)}${t.origin === 'MERCHANT_INITIATED' ? '<br><span class="muted">token charge</span>' : ''}</td>`
    + `<td><code>${esc(t.detailedStatus)}</code>${t.authResult ? ` <span class="muted">${esc(t.authResult)}</span>` : ''}</td>`
    + `<td>${esc(ledgerAmount(t.amount, t.currency))}${t.refundedAmount ? `<br><span class="muted">refunded ${esc(ledgerAmount(t.refundedAmount, t.currency))}</span>` : ''}</td>`
    + `<td>${t.maskedPan ? `<code>${esc(t.maskedPan)}</code>` : '—'}</td><td class="actions">${transactionActions(t, controlUrl)}</td></tr>`).join('');
  return `<p class="muted">Amounts to refund are in minor units (cents); leave empty to refund all that is left. Each operation notifies the shop's IPN URL.</p>
<div class="table"><table><thead><tr><th>At</th><th>Uuid · trans id</th><th>Shop · order</th><th>Type</th><th>Status</th><th>Amount</th><th>Card</th><th>Back office</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function indexPage(p: IndexPageInput): string {
  const { siteIds, deliveries } = p;
  const shops = siteIds.length ? `<ul>${siteIds.map((s) => `<li><code>${esc(s)}</code></li>`).join('')}</ul>` : '<p class="muted">No shop provisioned yet.</p>';
  const recent = deliveries.slice(-50).reverse();
  const rows = recent
    .map((d) => `<tr><td>${esc(d.at)}</td><td><code>${esc(d.transId)}</code></td><td>${esc(d.transStatus)}</td><td>${esc(d.src)} #${esc(d.attempt)}</td><td>${esc(d.status ?? '—')}${d.error ? ` <span class="muted">${esc(d.error)}</span>` : ''}</td><td>${esc(d.url)}</td></tr>`)
    .join('');
  const table = recent.length
    ? `<div class="table"><table><thead><tr><th>At</th><th>Trans id</th><th>Status</th><th>Attempt</th><th>HTTP</th><th>URL</th></tr></thead><tbody>${rows}</tbody></table></div>`
    : '<p class="muted">No IPN sent yet.</p>';
  const offsetDays = p.clockOffsetMs / 86_400_000;
  const clock = `<section><h2>Clock</h2><p>Sandbox time <code id="sandbox-now">${esc(p.now.toISOString())}</code>`
    + `${p.clockOffsetMs ? ` (${esc(Number(offsetDays.toFixed(3)))} days ahead of the real clock)` : ''}.</p>`
    + `<div class="actions"><form method="post" action="${esc(`${p.controlUrl}/clock`)}"><input name="advanceDays" inputmode="decimal" size="6" value="1" aria-label="Days to move the clock forward">`
    + '<button type="submit">Move the clock forward (days)</button></form></div>'
    + '<p class="muted">Unvalidated authorisations expire after 7 days. Payment forms must be dated on this clock.</p></section>';
  return layout('Sandbox', `<section><h1>Systempay sandbox</h1><p class="muted">Local stand-in for the Systempay form API (payment, card registration) and REST API V4 (Charge/CreatePayment of a stored token, Transaction/Get, CancelOrRefund, Update, Validate). Never deployed.</p></section>
${clock}<section><h2>Shops</h2>${shops}</section><section><h2>Transactions</h2>${ledgerTable(p.transactions, p.controlUrl)}</section>
<section><h2>Recent IPN deliveries</h2>${table}</section>${cardTable()}`, true);
}
