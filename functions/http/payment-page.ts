import { openPaymentPage } from '../../app/payment-page';
import { renderLinkProblemPage, renderPaymentPage } from '../../templates/pages';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { pspCheckout } from '../shared/wiring/psp';
import { html, route } from '../shared/http';
import { commit, hotels, payments, reservations } from '../shared/wiring/store';
import { PAYMENT_PAGE } from '../catalog';

const deps = wired({ sealer, pspCheckout }, commit, hotels, payments, reservations);

const STATUS = { not_found: 404, expired: 410, used: 410, cancelled: 410 } as const;

export const handler = route(PAYMENT_PAGE, async ({ params, publicBaseUrl }) => {
  const page = await openPaymentPage(deps(), params.token ?? '', { publicBaseUrl });
  if (page.kind === 'problem') return html(STATUS[page.problem], renderLinkProblemPage(page.language, page.problem, page.hotel));
  // The page may post its form to the hotel's PSP only.
  return html(200, renderPaymentPage(page), page.form.action);
});
