/**
 * Where a bundle's cold init goes: `npx tsx bench/profile-init.ts <bundle.mjs> [runs]` imports the
 * bundle in a fresh Node with `--cpu-prof` (Lambda-like environment, as section 2), maps every
 * sample back through the bundle's source map (`<bundle>.map`, from the build, never shipped) and
 * prints self time per package (node_modules) or source folder, median over the runs.
 * Build the bundles first (`BENCH_ONLY=1 npm run bench`, into .build/bench/<function>/index.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lambdaLikeEnv } from './init-time';
import { median, table } from './format';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

/** A source path to its owner: "zod", "@aws-sdk/core", or the repository folder ("functions"). */
function owner(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const rel = source.replace(/^(\.\.\/)+/, '');
  return rel.split('/')[0] ?? rel;
}

export function profileInit(bundle: string, runs: number): Array<{ owner: string; ms: number }> {
  const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
  const url = pathToFileURL(bundle).href;
  const perRun: Array<Map<string, number>> = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'init-prof-'));
    // PROFILE_NODE_OPTIONS=--enable-source-maps profiles a bundle as it was deployed before (map parsed at start).
    const env = { ...lambdaLikeEnv(path.basename(path.dirname(bundle))), ...(process.env.PROFILE_NODE_OPTIONS ? { NODE_OPTIONS: process.env.PROFILE_NODE_OPTIONS } : {}) };
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, '--input-type=module', '-e', `await import(${JSON.stringify(url)});`], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`import failed: ${r.stderr.slice(-500)}`);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const profile = JSON.parse(readFileSync(path.join(dir, file!), 'utf8')) as Profile;
    rmSync(dir, { recursive: true, force: true });
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const totals = new Map<string, number>();
    profile.samples.forEach((id, k) => {
      const n = byId.get(id)!;
      const f = n.callFrame;
      let who: string;
      if (f.url === url) {
        const entry = map.findEntry(f.lineNumber, f.columnNumber) as { originalSource?: string };
        who = entry.originalSource ? owner(entry.originalSource) : '(bundle, unmapped)';
      } else if (f.url.startsWith('node:') || f.url === '') {
        who = f.functionName.startsWith('(') ? f.functionName : `node (${f.functionName || 'native'})`;
      } else who = `(${path.basename(f.url)})`;
      totals.set(who, (totals.get(who) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
    });
    perRun.push(totals);
  }
  const owners = new Set(perRun.flatMap((m) => [...m.keys()]));
  return [...owners].map((o) => ({ owner: o, ms: median(perRun.map((m) => m.get(o) ?? 0)) })).sort((a, b) => b.ms - a.ms);
}

if (require.main === module) {
  const [bundle, runs] = [process.argv[2], Number(process.argv[3] ?? 5)];
  if (!bundle) {
    process.stderr.write('usage: npx tsx bench/profile-init.ts <bundle.mjs> [runs]\n');
    process.exit(2);
  }
  const rows = profileInit(path.resolve(bundle), runs);
  const total = rows.reduce((s, r) => s + r.ms, 0);
  process.stdout.write(`${table(['self time in', 'ms (median)', '%'], rows.filter((r) => r.ms >= 0.5).map((r) => [r.owner, r.ms, `${Math.round((100 * r.ms) / total)}%`]))}\n`);
  process.stdout.write(`${runs} runs, --cpu-prof at 100 µs, samples mapped through ${path.basename(bundle)}.map; whole process (Node start-up included): ${total.toFixed(1)} ms\n`);
}
