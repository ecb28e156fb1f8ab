import { openApiDocument } from '../openapi';
import { json } from '../shared/http-basics';
import { publicRoute } from '../shared/public-route';
import { OPENAPI_DOCUMENT } from '../catalog';

/** Built once per container: the document is the code's; only its server is the deployment's address. */
let cached: { readonly base: string; readonly document: unknown } | undefined;

export const handler = publicRoute(OPENAPI_DOCUMENT, async ({ publicBaseUrl }) => {
  if (cached?.base !== publicBaseUrl) cached = { base: publicBaseUrl, document: openApiDocument({ serverUrl: publicBaseUrl }) };
  // Public documentation: tools on other origins (editors, client generators) may fetch it.
  return json(200, cached.document, { 'access-control-allow-origin': '*' });
});
