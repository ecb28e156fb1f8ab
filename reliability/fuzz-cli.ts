/**
 * npm run fuzz [-- --notifications N] [--api M] [--seed S] [--concurrency C] [--timeout-ms T] [--moto URL]
 * Runs the fuzz against a local stack of its own, prints the figures and every violation, and
 * exits non-zero on any violation.
 */
import { DEFAULTS, formatReport, runFuzz, type FuzzOptions } from './fuzz';

function parseArgs(argv: readonly string[]): Partial<FuzzOptions> {
  const out: Record<string, number | string> = {};
  const names: Record<string, keyof FuzzOptions> = {
    '--notifications': 'notifications', '--api': 'api', '--seed': 'seed', '--concurrency': 'concurrency', '--timeout-ms': 'timeoutMs', '--moto': 'motoEndpoint',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const name = names[flag];
    if (!name) throw new Error(`Unknown option ${flag}. Options: ${Object.keys(names).join(', ')}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (name === 'motoEndpoint') out[name] = value;
    else {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} takes a non-negative integer`);
      out[name] = n;
    }
  }
  return out as Partial<FuzzOptions>;
}

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const options = parseArgs(process.argv.slice(2));
  // The handlers' own log lines would drown the figures: only errors are shown.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  const o = { ...DEFAULTS, ...options };
  process.stderr.write(`fuzz: ${o.notifications} notifications, ${o.api} API calls, seed ${o.seed}, concurrency ${o.concurrency}\n`);
  const report = await runFuzz({ ...options, progress: (line) => process.stderr.write(`fuzz: ${line}\n`) });
  process.stdout.write(`${formatReport(report)}\n`);
  process.exitCode = report.violations.length ? 1 : 0;
}

main().catch((e: Error) => {
  process.stderr.write(`fuzz: ${e.message}\n`);
  process.exitCode = 2;
});
