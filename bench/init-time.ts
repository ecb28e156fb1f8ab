import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { QUEUES, queueUrlVariable } from '../functions/catalog';
import { BUILD_DIR, type BundleResult } from './bundles';

/** One spawned process: when user code started, how long the import took, how long the process lived. */
interface Sample {
  /** performance.now() at the first line of user code: Node's own start-up, in ms since the process began. */
  readonly firstLineMs: number;
  /** `await import(bundle)`: module evaluation of the bundle (0 for bare Node). */
  readonly initMs: number;
  /** spawn() to exit, measured by this process. */
  readonly wallMs: number;
}

export interface InitTarget {
  readonly label: string;
  readonly bundle?: string;
  readonly sourceMaps: boolean;
  readonly samples: Sample[];
}

/** What Lambda's environment would hold: dummies, so module-level construction does not fail. */
function lambdaLikeEnv(serviceName: string, sourceMaps: boolean): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    AWS_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    TABLE_NAME: 'bench-table',
    KMS_KEY_ID: '00000000-0000-0000-0000-000000000000',
    MAIL_FROM: 'bench@example.com',
    ADMIN_API_KEY_HASH: '0'.repeat(64),
    PSP_FORM_URL: 'https://psp.example.com/vads-payment/',
    PUBLIC_BASE_URL: 'https://api.example.com',
    ...Object.fromEntries(QUEUES.map((q) => [queueUrlVariable(q.name), `https://sqs.eu-west-3.amazonaws.com/000000000000/${q.name}`])),
    POWERTOOLS_SERVICE_NAME: serviceName,
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    // The CDK sets this on every function (infra/lambda-function.ts); it makes Node load the .map.
    ...(sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
  };
}

const PROBE = `const t0 = performance.now();
await import(process.argv[2]);
const t1 = performance.now();
process.stdout.write(JSON.stringify({ firstLineMs: t0, initMs: t1 - t0 }));
`;
const BARE = 'process.stdout.write(JSON.stringify({ firstLineMs: performance.now(), initMs: 0 }))';

function runOnce(args: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.once('error', reject);
    child.once('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) return reject(new Error(`node ${args.slice(-1)[0]} exited ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`));
      try {
        const parsed = JSON.parse(out.trim().split('\n').pop() ?? '') as { firstLineMs: number; initMs: number };
        resolve({ firstLineMs: parsed.firstLineMs, initMs: parsed.initMs, wallMs });
      } catch {
        reject(new Error(`unexpected probe output: ${out.slice(0, 200)}`));
      }
    });
  });
}

/**
 * Spawns Node `runs` times per target, round-robin (so drift on the machine spreads evenly), after
 * one unmeasured warm-up each (page cache). Sequential: on 2 cores, parallel spawns would measure
 * contention.
 */
export async function measureInit(bundles: readonly BundleResult[], runs: number, extraNoSourceMaps?: BundleResult): Promise<InitTarget[]> {
  const probe = path.join(BUILD_DIR, 'probe.mjs');
  writeFileSync(probe, PROBE);
  const targets: Array<InitTarget & { args: string[]; env: NodeJS.ProcessEnv }> = [
    { label: 'bare node -e', sourceMaps: true, samples: [], args: ['-e', BARE], env: lambdaLikeEnv('bare', true) },
    ...bundles.map((b) => ({ label: b.name, bundle: b.file, sourceMaps: true, samples: [], args: [probe, pathToFileURL(b.file).href], env: lambdaLikeEnv(b.name, true) })),
  ];
  if (extraNoSourceMaps) {
    targets.push({
      label: `${extraNoSourceMaps.name} (no source maps)`, bundle: extraNoSourceMaps.file, sourceMaps: false, samples: [],
      args: [probe, pathToFileURL(extraNoSourceMaps.file).href], env: lambdaLikeEnv(extraNoSourceMaps.name, false),
    });
  }
  for (const t of targets) await runOnce(t.args, t.env);
  for (let i = 0; i < runs; i++) {
    for (const t of targets) t.samples.push(await runOnce(t.args, t.env));
  }
  return targets.map(({ label, bundle, sourceMaps, samples }) => ({ label, ...(bundle ? { bundle } : {}), sourceMaps, samples }));
}
