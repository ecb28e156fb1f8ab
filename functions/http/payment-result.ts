import { paymentResult } from '../../app/payment-page';
import { renderLinkProblemPage, renderResultPage } from '../../templates/pages';
import { container } from '../shared/container';
import { html, route } from '../shared/http';

export const handler = route('payment-result', async ({ params, publicBaseUrl }) => {
  const result = await paymentResult(container(), params.token ?? '', publicBaseUrl);
  if (result.kind === 'problem') return html(404, renderLinkProblemPage(result.language, result.problem));
  return html(200, renderResultPage(result));
});
