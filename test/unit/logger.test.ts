/**
 * The log line (functions/shared/logger.ts): the shape the Powertools logger wrote, its level
 * settings read once as the module loads, WARN and ERROR on stderr, and every field redacted.
 */
type Log = typeof import('../../functions/shared/logger').log;

const SETTINGS = ['POWERTOOLS_LOG_LEVEL', 'AWS_LAMBDA_LOG_LEVEL', 'POWERTOOLS_SERVICE_NAME', '_X_AMZN_TRACE_ID'] as const;

/** A fresh logger under `env`, and what it wrote to each stream. */
function loggerWith(env: Partial<Record<(typeof SETTINGS)[number], string>>) {
  const saved = Object.fromEntries(SETTINGS.map((k) => [k, process.env[k]]));
  for (const k of SETTINGS) delete process.env[k];
  Object.assign(process.env, env);
  const written = { stdout: [] as string[], stderr: [] as string[] };
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.stdout.push(String(chunk)), true));
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.stderr.push(String(chunk)), true));
  let log!: Log;
  jest.isolateModules(() => {
    ({ log } = jest.requireActual<typeof import('../../functions/shared/logger')>('../../functions/shared/logger'));
  });
  const restore = () => {
    jest.restoreAllMocks();
    for (const k of SETTINGS) delete process.env[k];
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
  };
  const lines = (stream: 'stdout' | 'stderr') => written[stream].map((l) => JSON.parse(l) as Record<string, unknown>);
  return { log, written, lines, restore };
}

describe('the log line', () => {
  it('has the Powertools shape: level, message, timestamp, service, the trace id, then the fields', () => {
    const l = loggerWith({ POWERTOOLS_SERVICE_NAME: 'create-refund', _X_AMZN_TRACE_ID: 'Root=1-abc-def;Parent=123;Sampled=1' });
    try {
      l.log.info('refund requested', { hotelId: 'H1', amount: 1200, big: 2n ** 64n });
      expect(l.written.stderr).toEqual([]);
      expect(l.written.stdout).toHaveLength(1);
      expect(l.written.stdout[0]!.endsWith('\n')).toBe(true);
      const [line] = l.lines('stdout');
      expect(Object.keys(line!)).toEqual(['level', 'message', 'timestamp', 'service', 'xray_trace_id', 'hotelId', 'amount', 'big']);
      expect(line).toMatchObject({ level: 'INFO', message: 'refund requested', service: 'create-refund', xray_trace_id: '1-abc-def', hotelId: 'H1', amount: 1200, big: '18446744073709551616' });
      expect(new Date(line!.timestamp as string).toISOString()).toBe(line!.timestamp);
    } finally {
      l.restore();
    }
  });

  it('keeps its own fields: a caller cannot overwrite the level, message or service', () => {
    const l = loggerWith({ POWERTOOLS_SERVICE_NAME: 'payment-page' });
    try {
      l.log.info('page viewed', { level: 'DEBUG', message: 'other', service: 'x', timestamp: 'then', kind: 'form' });
      expect(l.lines('stdout')[0]).toMatchObject({ level: 'INFO', message: 'page viewed', service: 'payment-page', kind: 'form' });
      expect(l.lines('stdout')[0]!.timestamp).not.toBe('then');
    } finally {
      l.restore();
    }
  });

  it('writes WARN and ERROR to stderr, DEBUG and INFO to stdout, from the level set', () => {
    const l = loggerWith({ POWERTOOLS_LOG_LEVEL: 'debug' });
    try {
      l.log.debug('d');
      l.log.info('i');
      l.log.warn('w');
      l.log.error('e');
      expect(l.lines('stdout').map((x) => x.level)).toEqual(['DEBUG', 'INFO']);
      expect(l.lines('stderr').map((x) => x.level)).toEqual(['WARN', 'ERROR']);
    } finally {
      l.restore();
    }
  });

  it.each([
    [{}, ['INFO', 'WARN', 'ERROR']],
    [{ POWERTOOLS_LOG_LEVEL: 'WARN' }, ['WARN', 'ERROR']],
    [{ AWS_LAMBDA_LOG_LEVEL: 'ERROR' }, ['ERROR']],
    [{ POWERTOOLS_LOG_LEVEL: 'INFO', AWS_LAMBDA_LOG_LEVEL: 'ERROR' }, ['INFO', 'WARN', 'ERROR']],
    [{ AWS_LAMBDA_LOG_LEVEL: 'TRACE' }, ['DEBUG', 'INFO', 'WARN', 'ERROR']],
    [{ AWS_LAMBDA_LOG_LEVEL: 'FATAL' }, []],
    [{ POWERTOOLS_LOG_LEVEL: 'loud' }, ['INFO', 'WARN', 'ERROR']],
  ] as const)('under %j writes %j', (env, levels) => {
    const l = loggerWith(env);
    try {
      for (const write of [l.log.debug, l.log.info, l.log.warn, l.log.error]) write('x');
      expect([...l.lines('stdout'), ...l.lines('stderr')].map((x) => x.level).sort()).toEqual([...levels].sort());
    } finally {
      l.restore();
    }
  });

  it('redacts the message and every field: card numbers, keys, tokens, errors', () => {
    const l = loggerWith({});
    try {
      const apiKey = `hk_${'a'.repeat(32)}`;
      l.log.error('charge of 4970 1000 0000 0014 failed', {
        pspKey: 'secret-key', nested: { cardNumber: '4970100000000014', note: `with ${apiKey}` },
        err: new Error('Bearer abc.def failed for 4970100000000014'),
      });
      const raw = l.written.stderr.join('');
      for (const secret of ['4970100000000014', '4970 1000 0000 0014', 'secret-key', apiKey, 'abc.def']) expect(raw).not.toContain(secret);
      const line = l.lines('stderr')[0]!;
      expect(line.message).toBe('charge of [number:0014] failed');
      expect(line).toMatchObject({ pspKey: '[redacted]', nested: { cardNumber: '[redacted]', note: 'with hk_[redacted]' }, err: { name: 'Error', message: 'Bearer [redacted] failed for [number:0014]' } });
    } finally {
      l.restore();
    }
  });
});
