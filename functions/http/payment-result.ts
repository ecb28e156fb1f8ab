import { paymentResult } from '../../app/payment-page';
import { renderLinkProblemPage, renderResultPage } from '../../templates/pages';
import { wired } from '../shared/wiring/base';
import { html, route } from '../shared/http';
import { hotels, payments, reservations } from '../shared/wiring/store';
import { PAYMENT_RESULT } from '../catalog';

const deps = wired({}, hotels, payments, reservations);

export const handler = route(PAYMENT_RESULT, async ({ params, publicBaseUrl }) => {
  const result = await paymentResult(deps(), params.token ?? '', publicBaseUrl);
  if (result.kind === 'problem') return html(404, renderLinkProblemPage(result.language, result.problem));
  return html(200, renderResultPage(result));
});
