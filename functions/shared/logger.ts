import { redact, redactText } from './redact';
import { currentFunction } from './settings';

/**
 * One structured log line per call, always redacted: a JSON object with the shape the Powertools
 * logger gave (`level`, `message`, `timestamp`, `service`, `xray_trace_id` when traced, then the
 * fields), so log queries and alarms read it unchanged. Written here because the four calls we
 * make cost that logger's 20 KB and `node:console` in every cold start (docs/architecture.md,
 * "What a cold start carries"). Settings as before: POWERTOOLS_SERVICE_NAME (the catalog name; locally, the
 * function being served) and POWERTOOLS_LOG_LEVEL (DEBUG, INFO, WARN, ERROR; INFO by default,
 * or Lambda's own AWS_LAMBDA_LOG_LEVEL when the function sets one). DEBUG and INFO go to stdout,
 * WARN and ERROR to stderr.
 */
type Level = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
type Fields = Record<string, unknown>;

const RANK: Record<Level, number> = { DEBUG: 0, INFO: 1, WARN: 2, ERROR: 3 };

function threshold(): number {
  const named = (process.env.POWERTOOLS_LOG_LEVEL ?? process.env.AWS_LAMBDA_LOG_LEVEL ?? 'INFO').toUpperCase();
  // Lambda's TRACE and FATAL map to the nearest level we write.
  return RANK[named as Level] ?? (named === 'TRACE' ? 0 : named === 'FATAL' || named === 'CRITICAL' || named === 'SILENT' ? 4 : 1);
}

const minimum = threshold();

/** A field's value as JSON can carry it: a BigInt as its digits (JSON.stringify throws on it). */
const jsonSafe = (_key: string, value: unknown): unknown => (typeof value === 'bigint' ? value.toString() : value);

const RESERVED = new Set(['level', 'message', 'timestamp', 'service', 'xray_trace_id']);

function logLine(level: Level, msg: string, fields: Fields = {}): string {
  const trace = process.env._X_AMZN_TRACE_ID;
  const extra = Object.entries(redact(fields) as Fields).filter(([k]) => !RESERVED.has(k));
  return JSON.stringify({
    level,
    message: redactText(msg),
    timestamp: new Date().toISOString(),
    service: currentFunction() ?? process.env.POWERTOOLS_SERVICE_NAME ?? 'hotel-payments',
    ...(trace ? { xray_trace_id: trace.split(';')[0]!.replace('Root=', '') } : {}),
    ...Object.fromEntries(extra),
  }, jsonSafe);
}

function write(level: Level, msg: string, fields?: Fields): void {
  if (RANK[level] < minimum) return;
  const line = `${logLine(level, msg, fields)}\n`;
  (RANK[level] >= RANK.WARN ? process.stderr : process.stdout).write(line);
}

export const log = {
  debug: (msg: string, fields?: Fields) => write('DEBUG', msg, fields),
  info: (msg: string, fields?: Fields) => write('INFO', msg, fields),
  warn: (msg: string, fields?: Fields) => write('WARN', msg, fields),
  error: (msg: string, fields?: Fields) => write('ERROR', msg, fields),
};
