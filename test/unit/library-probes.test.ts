/**
 * The benchmark's library probes (bench/bundles.ts, LIBRARY_PROBES) stand for "what the kept
 * libraries cost alone" only while they build the very zod schemas their function builds at init,
 * and nothing else of ours. Both bundles are built unminified, zod's schema constructor counts
 * the schemas as each bundle loads in a fresh Node, and the counts must agree.
 */
import { build, type BuildOptions } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FUNCTIONS, sdkClientsOf } from '../../functions/catalog';
import { esbuildOptions, librariesSource, LIBRARY_PROBES, ROOT } from '../../bench/bundles';
import { BUNDLE_ALIASES } from '../../infra/bundle-aliases';

const COUNTED = 'function Internals(def) {';
let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'library-probes-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Builds unminified, counts every zod schema and check built while the module loads, and returns the count and the modules it carries. */
async function schemasAtInit(name: string, options: BuildOptions): Promise<{ schemas: number; ours: string[] }> {
  const { entryPoints: _none, ...base } = esbuildOptions(path.join(dir, name, 'index.mjs'), 'node22');
  const out = await build({ ...base, ...options, minify: false, write: false });
  const js = out.outputFiles!.find((f) => f.path.endsWith('.mjs'))!.text;
  expect(js).toContain(COUNTED);
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, `${js.replace(COUNTED, `${COUNTED} globalThis.__schemas = (globalThis.__schemas ?? 0) + 1;`)}\nprocess.stdout.write(String(globalThis.__schemas ?? 0));\n`);
  const run = spawnSync(process.execPath, [file], { encoding: 'utf8', env: { PATH: process.env.PATH, AWS_REGION: 'eu-west-3', TABLE_NAME: 'probe', KMS_KEY_ID: 'probe', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } });
  expect(run.stderr).toBe('');
  const inputs = Object.keys(Object.entries(out.metafile!.outputs).find(([file]) => file.endsWith('.mjs'))![1].inputs);
  return { schemas: Number(run.stdout), ours: inputs.filter((f) => /^(adapters|app|functions\/shared)\//.test(f)) };
}

describe('the library probes of the benchmark', () => {
  it.each(LIBRARY_PROBES.map((p) => [p.fn, p] as const))('%s: the probe builds the same zod schemas at init as the function, with none of our plumbing', async (name, probe) => {
    const fn = FUNCTIONS.find((f) => f.name === name)!;
    const whole = await schemasAtInit(name, { entryPoints: [path.join(ROOT, fn.entry)] });
    const alone = await schemasAtInit(`libraries-${name}`, { stdin: { contents: librariesSource(sdkClientsOf(fn), probe.imports), resolveDir: ROOT, loader: 'js' } });
    expect(whole.schemas).toBeGreaterThan(0);
    expect(alone.schemas).toBe(whole.schemas);
    expect(whole.ours.length).toBeGreaterThan(0);
    // The store, the HTTP plumbing and the use cases stay out; app/ may lend a constant to a schema,
    // and what the bundling puts in a library's place (BUNDLE_ALIASES: middy's web streams) comes with it.
    const aliases = Object.values(BUNDLE_ALIASES).map((to) => to.replace(/^\.\//, ''));
    expect(alone.ours.filter((f) => !f.startsWith('app/') && !aliases.includes(f))).toEqual([]);
  }, 60_000);
});
