import { looksLikePan, registeredSecrets } from './secrets';

/**
 * Every line written to stdout, stderr or the console during a test is checked: a card number,
 * a PSP key or an API key in any of them fails the test. Lines are kept quiet unless SHOW_LOGS=1.
 */
const lines: string[] = [];
const show = process.env.SHOW_LOGS === '1';

function capture(text: string): void {
  lines.push(text);
}

for (const stream of [process.stdout, process.stderr]) {
  const original = stream.write.bind(stream);
  (stream as unknown as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]) => {
    const text = String(chunk);
    capture(text);
    // Structured log lines are checked, then kept quiet; the test runner's own output goes through.
    const isLogLine = /^\{"(level|cold_start|timestamp|message)"/.test(text) || text.startsWith('[local]');
    return show || !isLogLine ? (original as (...a: unknown[]) => boolean)(chunk, ...rest) : true;
  };
}
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    capture(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    if (show) original(...args);
  };
}

export function findLeaks(text: string): string[] {
  const leaks: string[] = [];
  const pan = looksLikePan(text);
  if (pan) leaks.push(`card number ending ${pan.slice(-4)}`);
  for (const s of registeredSecrets()) if (text.includes(s)) leaks.push(`secret ${s.slice(0, 3)}…`);
  return leaks;
}

afterEach(() => {
  const written = lines.splice(0);
  const leaks = written.flatMap((l) => findLeaks(l).map((what) => `${what} in: ${l.slice(0, 200).replace(/\d{12,19}/g, '#')}`));
  if (leaks.length) throw new Error(`Sensitive data reached the logs:\n${leaks.join('\n')}`);
});
