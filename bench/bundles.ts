import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import type { FunctionDescription } from '../functions/catalog';

export const ROOT = path.resolve(__dirname, '..');
export const BUILD_DIR = path.join(ROOT, '.build', 'bench');

export interface BundleResult {
  readonly name: string;
  readonly entry: string;
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  readonly mapBytes: number;
}

/**
 * The esbuild target the CDK bundles for, read from infra/lambda-function.ts (BUNDLE_TARGET) so
 * the benchmark follows a runtime bump; node22 when the file or the constant is not there.
 */
export function bundleTarget(): { target: string; source: string } {
  try {
    const text = readFileSync(path.join(ROOT, 'infra', 'lambda-function.ts'), 'utf8');
    const m = /const\s+BUNDLE_TARGET\s*=\s*['"]([\w.]+)['"]/.exec(text);
    if (m?.[1]) return { target: m[1], source: 'infra/lambda-function.ts' };
  } catch {
    // no infra yet: fall back
  }
  return { target: 'node22', source: 'default' };
}

/**
 * The options NodejsFunction passes to esbuild for the `bundling` block of infra/lambda-function.ts:
 * --bundle --platform=node --format=esm --target=<BUNDLE_TARGET> --minify --sourcemap
 * --sources-content=false --main-fields=module,main --banner:js=<createRequire>, nothing external
 * (externalModules: [], so the AWS SDK v3 is bundled), output index.mjs.
 */
export function cdkBuildOptions(fn: FunctionDescription, outfile: string, target: string): BuildOptions {
  return {
    entryPoints: [path.join(ROOT, fn.entry)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target,
    outfile,
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    external: [],
    mainFields: ['module', 'main'],
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  };
}

/** Bundles every function (in parallel: esbuild does the work on its own threads) and sizes the JS. */
export async function bundleAll(functions: readonly FunctionDescription[], target: string): Promise<BundleResult[]> {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  return Promise.all(functions.map(async (fn) => {
    const file = path.join(BUILD_DIR, fn.name, 'index.mjs');
    const out = await build(cdkBuildOptions(fn, file, target));
    if (out.errors.length) throw new Error(`${fn.name}: esbuild failed: ${out.errors.map((e) => e.text).join('; ')}`);
    const js = readFileSync(file);
    return {
      name: fn.name,
      entry: fn.entry,
      file,
      rawBytes: js.length,
      gzipBytes: gzipSync(js).length,
      mapBytes: statSync(`${file}.map`).size,
    };
  }));
}
