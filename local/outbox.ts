/**
 * The e-mail outbox: every message sent through (local) SES, read back from the moto server and
 * decoded from MIME, newest last.
 */
export interface OutboxEmail {
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  sentAt: string;
  /** The sender's reference of the message (an event and a recipient), when it gave one. */
  reference?: string;
}

const decodeWord = (s: string) => s.replace(/=\?UTF-8\?B\?([^?]+)\?=/gi, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));

function headersOf(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

export function parseMime(raw: string): OutboxEmail {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\r\n\r\n');
  const h = headersOf(head);
  const email: OutboxEmail = {
    to: (h.to ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    subject: decodeWord(h.subject ?? ''),
    sentAt: new Date(h.date ?? Date.now()).toISOString(),
    ...(h['x-hotel-payments-reference'] ? { reference: h['x-hotel-payments-reference'] } : {}),
  };
  const boundary = /boundary="?([^";]+)"?/.exec(h['content-type'] ?? '')?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const part of parts) {
    const [ph = '', ...pb] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const headers = headersOf(ph);
    let content = pb.join('\r\n\r\n');
    if (/base64/i.test(headers['content-transfer-encoding'] ?? '')) content = Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (/text\/html/i.test(headers['content-type'] ?? '')) email.html = content;
    else if (/text\/plain/i.test(headers['content-type'] ?? '')) email.text = content;
  }
  return email;
}

interface MotoSes {
  RawMessage?: Array<{ raw_data: string }>;
  Message?: Array<{ destinations: { ToAddresses?: string[] }; subject: string; body: string }>;
}

export async function readOutbox(motoEndpoint: string): Promise<OutboxEmail[]> {
  // Our moto application lists SES's messages alone; plain moto_server only has its whole-state dump.
  const listed = await fetch(`${motoEndpoint}/local/ses/messages`).catch(() => undefined);
  if (listed?.ok && /json/.test(listed.headers.get('content-type') ?? '')) {
    const { messages } = (await listed.json()) as { messages: Array<{ raw_data?: string; destinations?: { ToAddresses?: string[] }; subject?: string; body?: string }> };
    return messages.map((m) => (m.raw_data !== undefined
      ? parseMime(m.raw_data)
      : { to: m.destinations?.ToAddresses ?? [], subject: m.subject ?? '', html: m.body ?? '', sentAt: new Date(0).toISOString() }));
  }
  const data = (await (await fetch(`${motoEndpoint}/moto-api/data.json`)).json()) as { ses?: MotoSes };
  const raw = (data.ses?.RawMessage ?? []).map((m) => parseMime(m.raw_data));
  const simple = (data.ses?.Message ?? []).map((m) => ({ to: m.destinations.ToAddresses ?? [], subject: m.subject, html: m.body, sentAt: new Date(0).toISOString() }));
  return [...simple, ...raw];
}
