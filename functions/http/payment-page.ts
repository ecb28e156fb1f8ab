import { openPaymentPage } from '../../app/payment-page';
import { renderLinkProblemPage, renderPaymentPage } from '../../templates/pages';
import { requireSetting } from '../shared/settings';
import { container } from '../shared/container';
import { html, route } from '../shared/http';

const STATUS = { not_found: 404, expired: 410, used: 410, cancelled: 410 } as const;

export const handler = route('payment-page', async ({ params, publicBaseUrl }) => {
  const pspFormUrl = requireSetting('PSP_FORM_URL');
  const page = await openPaymentPage(container(), params.token ?? '', { publicBaseUrl, pspFormUrl });
  if (page.kind === 'problem') return html(STATUS[page.problem], renderLinkProblemPage(page.language, page.problem, page.hotel));
  return html(200, renderPaymentPage(page), pspFormUrl);
});
