import { writeFileSync } from 'node:fs';
import type { ChaosReport } from './chaos';

/**
 * `npm run chaos -- [--lifecycles 1000] [--seed N] [--fault-rate 0.2] [--concurrency 12] [--logs]`
 * Prints the figures and exits non-zero on any violation. The functions' own log lines (every
 * injected fault shows there as an error) are kept out unless --logs is given.
 */

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value < 0) {
    process.stderr.write(`--${name} expects a number, got ${process.argv[i + 1] ?? 'nothing'}\n`);
    process.exit(2);
  }
  return value;
}

export function formatReport(r: ChaosReport): string {
  const rows: Array<[string, string | number]> = [
    ['seed', r.seed],
    ['lifecycles', r.lifecycles],
    ['run time (s)', r.seconds],
    ...Object.entries(r.outcomes).sort().map(([k, n]): [string, number] => [`  ${k}`, n]),
    ['PMS actions after payment', Object.entries(r.actions).filter(([k]) => !k.startsWith('refund-') || k === 'refund-accepted').sort().map(([k, n]) => `${k} ${n}`).join(', ')],
    ['mean time per lifecycle (ms)', Object.entries(r.phases).map(([k, n]) => `${k} ${n}`).join(', ')],
    ['AWS calls under fault injection', r.faults.calls],
    ['  failed before reaching AWS', r.faults.byKind.aws_before],
    ['  applied, answer lost', r.faults.byKind.aws_after],
    ['  function crashed after a write', r.faults.byKind.crash_after_write],
    ['  by service', Object.entries(r.faults.byService).map(([k, n]) => `${k} ${n}`).join(', ')],
    ['  invocations failed by a fault', Object.values(r.faults.failedInvocations).reduce((s, n) => s + n, 0)],
    ['PSP REST calls / faults', `${r.faults.pspRestCalls} / ${r.faults.pspRest}`],
    ['retries: PMS / guest reloads', `${r.retries.pms} / ${r.retries.guest}`],
    ['IPN deliveries failed (PSP retried)', r.retries.ipnDeliveryFailures],
    ['IPNs resent from the PSP back office', r.retries.ipnResentAfterGivingUp],
    ['dead letters redriven', r.retries.deadLettersRedriven],
    ['lag (s, p50 / p90 / max): event relayed', r.lag.relay],
    ['  notification processed', r.lag.notification],
    ['payments accepted by the PSP', r.money.payments],
    ['paid or authorised: ours / PSP (minor units)', `${r.money.paidOurs} / ${r.money.paidPsp}`],
    ['refunded: ours / PSP', `${r.money.refundedOurs} / ${r.money.refundedPsp}`],
    ['refunds succeeded', r.money.refunds],
    ['  matched to their PSP credit by amount', r.money.refundsMatchedByAmount],
    ['e-mails sent', r.emails.sent],
    ['  second copies after an uncertain send', r.emails.duplicatesAfterUncertainSend],
    ['payment digests sent (the digest hotel) / payments they list', `${r.emails.digests} / ${r.emails.paymentsInDigests}`],
    ['violations', r.violations.length],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  for (const x of r.violations.slice(0, 50)) lines.push(`VIOLATION ${x.invariant}: ${x.detail}`);
  if (r.violations.length > 50) lines.push(`… and ${r.violations.length - 50} more`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  if (!process.argv.includes('--logs')) process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const { runChaos } = await import('./chaos');
  const report = await runChaos({
    lifecycles: flag('lifecycles', 1000),
    seed: flag('seed', Math.floor(Math.random() * 1_000_000)),
    faultRate: flag('fault-rate', 0.2),
    concurrency: flag('concurrency', 12),
    progress: (line) => process.stderr.write(`[chaos] ${line}\n`),
    ...(process.argv.includes('--logs') ? { localLog: (msg: string, fields?: Record<string, unknown>) => process.stderr.write(`[local] ${msg} ${fields ? JSON.stringify(fields) : ''}\n`) } : {}),
  });
  process.stdout.write(`${formatReport(report)}\n`);
  if (report.violations.length) {
    const file = `chaos-evidence-${report.seed}.json`;
    writeFileSync(file, JSON.stringify({ violations: report.violations, evidence: report.evidence }, null, 2));
    process.stdout.write(`evidence for each reservation named above: ${file}\n`);
  }
  process.exit(report.violations.length ? 1 : 0);
}

if (require.main === module) {
  main().catch((e: Error) => {
    process.stderr.write(`chaos run failed: ${e.stack ?? e.message}\n`);
    process.exit(2);
  });
}
