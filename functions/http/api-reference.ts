import { renderApiReference } from '../../templates/pages/api-reference';
import { openApiDocument } from '../openapi';
import { html } from '../shared/http-basics';
import { publicRoute } from '../shared/public-route';
import { API_REFERENCE } from '../catalog';

/** Rendered once per container, from the document this deployment serves at /v1/openapi.json. */
let cached: { readonly base: string; readonly page: string } | undefined;

export const handler = publicRoute(API_REFERENCE, async ({ publicBaseUrl }) => {
  if (cached?.base !== publicBaseUrl) {
    const page = renderApiReference(openApiDocument({ serverUrl: publicBaseUrl }), { documentUrl: `${publicBaseUrl}/v1/openapi.json` });
    cached = { base: publicBaseUrl, page };
  }
  return html(200, cached.page);
});
