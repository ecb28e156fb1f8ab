import { randomBytes } from 'node:crypto';
import { formatReport, runFuzz } from '../../reliability/fuzz';

/**
 * The fuzz run, small: signed notifications with malformed fields and hostile API calls on every
 * route, with a fixed seed, against the whole local stack on the run's moto server.
 * `npm run fuzz` runs it at full size.
 */
// About a minute on a quiet machine; a busy one (CI, a chaos run alongside) may take several. A
// test that times out leaves its local stack running, so the limit is generous.
jest.setTimeout(10 * 60_000);

describe('fuzz (small)', () => {
  it('finds no 5xx, no hang, no state changed by a refused request, no poisoned queue', async () => {
    const report = await runFuzz({
      notifications: 250, api: 250, seed: 20261201, concurrency: 8, timeoutMs: 10_000,
      motoEndpoint: process.env.MOTO_ENDPOINT!, tableName: `fuzz-${randomBytes(4).toString('hex')}`,
    });
    const table = formatReport(report);
    expect({ violations: report.violations.length, table }).toEqual({ violations: 0, table });
    expect(report.malformedSent).toBeGreaterThan(80);
    expect(report.rejectedRecords).toBe(report.malformedAnswered);
    expect(report.refusedReplayed).toBeGreaterThan(100);
    expect(report.deadLettered).toBe(0);
  });
});
