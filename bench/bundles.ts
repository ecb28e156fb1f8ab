import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { sdkClientsOf, type FunctionDescription, type SdkClient } from '../functions/catalog';
import { BUNDLE_ALIASES } from '../infra/bundle-aliases';

export const ROOT = path.resolve(__dirname, '..');
export const BUILD_DIR = path.join(ROOT, '.build', 'bench');

export interface BundleResult {
  readonly name: string;
  readonly entry: string;
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  readonly mapBytes: number;
  /** SDK clients found in the bundle (from esbuild's metafile), and those the function's access allows. */
  readonly clients: readonly SdkClient[];
  readonly allowedClients: readonly SdkClient[];
  /** Bundled modules that still call require() on something external: must be none (no createRequire banner). */
  readonly requireCalls: readonly string[];
  /** Which API of zod the bundle carries: classic (`zod`), mini (`zod/mini`, the core alone) or none. */
  readonly zod: ZodApi;
}

export type ZodApi = 'classic' | 'mini' | 'none';

/** The only functions that may carry zod's classic API: the API document and its reference page (functions/openapi.ts). */
export const ZOD_CLASSIC_ALLOWED: readonly string[] = ['openapi-document', 'api-reference'];

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
 * --bundle --platform=node --format=esm --target=<BUNDLE_TARGET> --minify --sourcemap=external
 * --sources-content=false --main-fields=module,main, the aliases of infra/bundle-aliases.ts, nothing external (externalModules: [], so the
 * AWS SDK v3 is bundled), no banner, output index.mjs (+ index.mjs.map, never loaded at init).
 */
export function esbuildOptions(outfile: string, target: string): BuildOptions {
  return {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target,
    outfile,
    minify: true,
    sourcemap: 'external',
    sourcesContent: false,
    external: [],
    mainFields: ['module', 'main'],
    alias: Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([from, to]) => [from, path.join(ROOT, to)])),
    logLevel: 'silent',
    metafile: true,
  };
}

export function cdkBuildOptions(fn: FunctionDescription, outfile: string, target: string): BuildOptions {
  return { ...esbuildOptions(outfile, target), entryPoints: [path.join(ROOT, fn.entry)] };
}

const CLIENT_PACKAGE = /node_modules\/@aws-sdk\/client-(dynamodb|kms|sesv2|sqs)\/dist-es\/\w+Client\.js$/;

/** The SDK clients whose client class is in the bundle. */
function clientsIn(meta: Metafile): SdkClient[] {
  const out = Object.values(meta.outputs).find((o) => o.entryPoint)!;
  return [...new Set(Object.keys(out.inputs).map((f) => CLIENT_PACKAGE.exec(f)?.[1]).filter((c): c is SdkClient => !!c))].sort();
}

/** zod's classic API is what `import * as z from 'zod'` brings (its methods on every schema); zod/mini is the core with functions. */
function zodIn(meta: Metafile): ZodApi {
  const files = Object.keys(Object.values(meta.outputs).find((o) => o.entryPoint)!.inputs);
  if (files.some((f) => /node_modules\/zod\/v4\/classic\//.test(f))) return 'classic';
  return files.some((f) => /node_modules\/zod\//.test(f)) ? 'mini' : 'none';
}

function requireCallsIn(meta: Metafile): string[] {
  return Object.entries(meta.inputs).flatMap(([file, v]) => v.imports.filter((i) => i.kind === 'require-call' && i.external).map((i) => `${file} -> ${i.path}`));
}

async function bundleOne(name: string, entry: string, options: BuildOptions, allowedClients: readonly SdkClient[]): Promise<BundleResult> {
  const file = options.outfile!;
  const out = await build(options);
  if (out.errors.length) throw new Error(`${name}: esbuild failed: ${out.errors.map((e) => e.text).join('; ')}`);
  const js = readFileSync(file);
  return {
    name, entry, file, rawBytes: js.length, gzipBytes: gzipSync(js).length, mapBytes: statSync(`${file}.map`).size,
    clients: clientsIn(out.metafile!), allowedClients, requireCalls: requireCallsIn(out.metafile!), zod: zodIn(out.metafile!),
  };
}

/** Bundles every function (in parallel: esbuild does the work on its own threads) and sizes the JS. */
export async function bundleAll(functions: readonly FunctionDescription[], target: string): Promise<BundleResult[]> {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  return Promise.all(functions.map((fn) =>
    bundleOne(fn.name, fn.entry, cdkBuildOptions(fn, path.join(BUILD_DIR, fn.name, 'index.mjs'), target), sdkClientsOf(fn))));
}

/** A floor's name: the clients it constructs, e.g. "dynamodb+kms" ("none" for no client). */
export const floorName = (clients: readonly SdkClient[]): string => (clients.length ? clients.join('+') : 'none');

const FLOOR_CODE: Record<SdkClient, { imports: string; construct: string }> = {
  dynamodb: {
    imports: "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';",
    construct: 'DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } })',
  },
  kms: { imports: "import { KMSClient } from '@aws-sdk/client-kms';", construct: 'new KMSClient({})' },
  sesv2: { imports: "import { SESv2Client } from '@aws-sdk/client-sesv2';", construct: 'new SESv2Client({})' },
  sqs: { imports: "import { SQSClient } from '@aws-sdk/client-sqs';", construct: 'new SQSClient({})' },
};

/**
 * The floor of a set of clients: a bundle that does nothing but construct them at init (as our
 * functions do, adapters/aws/client-*.ts), built with the same esbuild options. Its handler makes
 * one DynamoDB GetItem (the first call nearly every function makes), so "init + first request"
 * compares too. `handler` names the handler's export (a library probe wraps it in middy).
 */
export function floorSource(clients: readonly SdkClient[], handler = 'export const handler'): string {
  const lines = clients.map((c) => FLOOR_CODE[c].imports);
  lines.push(`export const clients = [${clients.map((c) => FLOOR_CODE[c].construct).join(', ')}];`);
  lines.push(clients.includes('dynamodb')
    ? `${handler} = async () => clients[0].send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { PK: 'floor', SK: 'floor' } })).catch((e) => ({ error: e.name }));`
    : `${handler} = async () => ({});`);
  return lines.join('\n');
}

/**
 * What the libraries the issue keeps (the SDK, @middy/core, zod) cost alone, for a few functions:
 * the function's floor, its handler run by middy, and the zod schemas the function builds at init,
 * imported from the very modules the function imports (its route's schemas and the events it
 * makes), built with the same options. Nothing else of ours: no store, no HTTP plumbing, no use
 * case. Measured like a function, beside its floor (section 2): the part of a function's init that
 * no change of our code can remove while its schemas are built at init.
 */
export const LIBRARY_PROBES: ReadonlyArray<{ readonly fn: string; readonly imports: Readonly<Record<string, readonly string[]>> }> = [
  { fn: 'unlock-user', imports: { 'functions/http/schemas': ['userIdSchema'], events: ['vaultUserChanged'] } },
  { fn: 'create-payment-request', imports: { 'functions/http/schemas': ['paymentRequestSchema', 'reservationIdSchema'], events: ['paymentRequestCreated'] } },
  { fn: 'upsert-reservation', imports: { 'functions/http/schemas': ['reservationSchema', 'reservationIdSchema'] } },
];

export function librariesSource(clients: readonly SdkClient[], imports: Readonly<Record<string, readonly string[]>>): string {
  const names = Object.values(imports).flat();
  return [
    floorSource(clients, 'const floorHandler'),
    "import middy from '@middy/core';",
    ...Object.entries(imports).map(([from, what]) => `import { ${what.join(', ')} } from ${JSON.stringify(path.join(ROOT, from))};`),
    `export const schemas = [${names.join(', ')}];`,
    'export const handler = middy().handler(floorHandler);',
  ].join('\n');
}

/** The library probes (LIBRARY_PROBES), each named `libraries of <function>`, with its function's clients. */
export async function bundleLibraryProbes(functions: readonly FunctionDescription[], target: string): Promise<BundleResult[]> {
  return Promise.all(LIBRARY_PROBES.map(({ fn: name, imports }) => {
    const fn = functions.find((f) => f.name === name);
    if (!fn) throw new Error(`library probe: no function ${name}`);
    const clients = sdkClientsOf(fn);
    const outfile = path.join(BUILD_DIR, 'libraries', name, 'index.mjs');
    const { entryPoints: _none, ...options } = esbuildOptions(outfile, target);
    return bundleOne(`libraries of ${name}`, '(libraries)', { ...options, stdin: { contents: librariesSource(clients, imports), resolveDir: ROOT, sourcefile: `libraries-${name}.mjs`, loader: 'js' } }, clients);
  }));
}

export async function bundleFloors(sets: ReadonlyArray<readonly SdkClient[]>, target: string): Promise<BundleResult[]> {
  return Promise.all(sets.map((clients) => {
    const name = `floor ${floorName(clients)}`;
    const outfile = path.join(BUILD_DIR, 'floors', floorName(clients), 'index.mjs');
    const { entryPoints: _none, ...options } = esbuildOptions(outfile, target);
    return bundleOne(name, '(floor)', { ...options, stdin: { contents: floorSource(clients), resolveDir: ROOT, sourcefile: `floor-${floorName(clients)}.mjs`, loader: 'js' } }, clients);
  }));
}
