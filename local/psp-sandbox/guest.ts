/**
 * What a guest's browser does with our hosted page and the PSP sandbox, for the e2e tests and the
 * chaos run: read the signed form, post it, then pay with a card or cancel.
 */
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function formOf(html: string): { action: string; fields: Record<string, string> } {
  const form = /<form[^>]*id="psp-form"[^>]*>/.exec(html)?.[0] ?? '';
  const action = unescape(/action="([^"]+)"/.exec(form)?.[1] ?? '');
  const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [unescape(m[1]!), unescape(m[2]!)]));
  return { action, fields };
}

/** What a guest's browser does on the sandbox: post the signed form, then pay with a card or cancel. */
export async function payOnSandbox(pageHtml: string, choice: { card: string } | 'cancel'): Promise<{ formStatus: number; resultUrl?: string; error?: string }> {
  const { action, fields } = formOf(pageHtml);
  const posted = await fetch(action, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
  if (posted.status !== 303) return { formStatus: posted.status, error: await posted.text() };
  const session = new URL(posted.headers.get('location')!, action).toString();
  const body = choice === 'cancel' ? new URLSearchParams() : new URLSearchParams({ cardNumber: choice.card, expiryMonth: '12', expiryYear: '2030', cvv: '123' });
  const done = await fetch(`${session}/${choice === 'cancel' ? 'cancel' : 'pay'}`, { method: 'POST', body, redirect: 'manual' });
  return { formStatus: 303, ...(done.headers.get('location') ? { resultUrl: new URL(done.headers.get('location')!, session).toString() } : {}) };
}
