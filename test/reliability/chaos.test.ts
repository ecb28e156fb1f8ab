import { formatReport } from '../../reliability/chaos-cli';
import { runChaos } from '../../reliability/chaos';

/**
 * The chaos run at small size: full lifecycles over HTTP under injected AWS, crash and PSP faults,
 * then every invariant checked against the PSP sandbox's ledger. `npm run chaos` runs it at 1,000.
 */
jest.setTimeout(15 * 60_000);

it('keeps every money and message invariant under faults', async () => {
  const report = await runChaos({ lifecycles: Number(process.env.CHAOS_LIFECYCLES ?? 30), seed: 20261201, concurrency: 6, motoEndpoint: process.env.MOTO_ENDPOINT! });
  process.stdout.write(`${formatReport(report)}\n`);
  expect(report.violations).toEqual([]);
  // The run proves something only if faults did happen and money did move.
  expect(report.faults.byKind.aws_before).toBeGreaterThan(0);
  expect(report.faults.byKind.aws_after).toBeGreaterThan(0);
  expect(report.faults.byKind.crash_after_write).toBeGreaterThan(0);
  expect(report.money.payments).toBeGreaterThan(0);
  expect(report.money.paidOurs).toBe(report.money.paidPsp);
  expect(report.money.refundedOurs).toBe(report.money.refundedPsp);
  // The digest hotel's payments went into its digest, checked one by one (invariant 4b).
  expect(report.emails.digests).toBeGreaterThan(0);
  expect(report.emails.paymentsInDigests).toBeGreaterThan(0);
});
