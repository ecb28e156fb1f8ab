/**
 * `npm run stack -- <function> [trace file]`: resolves a production stack trace of one Lambda
 * (minified `index.mjs:1:23456` frames, as logged without --enable-source-maps) to the source
 * files and lines, through that function's source map. The map is the one `cdk synth`/`deploy`
 * left in .build/source-maps/<function>/ (never shipped to Lambda); when there is none, the
 * function is bundled again with the same esbuild options (deterministic for the same commit and
 * package-lock.json). Reads the trace from the file, else from stdin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { FUNCTIONS } from '../functions/catalog';
import { SOURCE_MAPS_DIR } from '../infra/lambda-function';
import { bundleTarget, cdkBuildOptions, ROOT } from '../bench/bundles';

async function mapOf(name: string): Promise<{ map: SourceMap; from: string }> {
  const file = path.join(ROOT, SOURCE_MAPS_DIR, name, 'index.mjs.map');
  if (!existsSync(file)) {
    const fn = FUNCTIONS.find((f) => f.name === name);
    if (!fn) throw new Error(`unknown function "${name}": one of ${FUNCTIONS.map((f) => f.name).join(', ')}`);
    const out = path.join(ROOT, SOURCE_MAPS_DIR, name, 'index.mjs');
    await build({ ...cdkBuildOptions(fn, out, bundleTarget().target), metafile: false });
    return { map: new SourceMap(JSON.parse(readFileSync(file, 'utf8'))), from: `${path.relative(ROOT, file)} (bundled again from this checkout)` };
  }
  return { map: new SourceMap(JSON.parse(readFileSync(file, 'utf8'))), from: path.relative(ROOT, file) };
}

/** Every `index.mjs:<line>:<column>` in the text, replaced by `<source>:<line>:<column> (<name>)`. */
export function resolveTrace(trace: string, map: SourceMap): string {
  return trace.replace(/(?:file:\/\/)?[^\s()]*index\.mjs:(\d+):(\d+)/g, (whole, line: string, column: string) => {
    const e = map.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number; name?: string };
    if (!e.originalSource) return whole;
    return `${sourcePath(e.originalSource)}:${(e.originalLine ?? 0) + 1}:${(e.originalColumn ?? 0) + 1}${e.name ? ` (${e.name})` : ''}`;
  });
}

/**
 * A map's source, relative to the repository: sources are written relative to the directory the
 * bundle was built in (a CDK temporary directory), so the leading ../ are dropped, then the
 * repository's own path, or everything before node_modules/.
 */
function sourcePath(original: string): string {
  const raw = (original.startsWith('file://') ? fileURLToPath(original) : original).replace(/^(\.\.\/)+/, '/');
  const nm = raw.lastIndexOf('/node_modules/');
  if (nm >= 0) return raw.slice(nm + 1);
  return raw.startsWith(`${ROOT}/`) ? raw.slice(ROOT.length + 1) : raw;
}

async function main(): Promise<void> {
  const [name, file] = process.argv.slice(2);
  if (!name) {
    process.stderr.write('usage: npm run stack -- <function> [trace file]   (the trace on stdin without a file)\n');
    process.exit(2);
  }
  const trace = file ? readFileSync(file, 'utf8') : readFileSync(0, 'utf8');
  const { map, from } = await mapOf(name);
  process.stdout.write(`${resolveTrace(trace, map)}\n`);
  process.stderr.write(`(resolved with ${from})\n`);
}

if (require.main === module) {
  main().catch((e: Error) => {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  });
}
