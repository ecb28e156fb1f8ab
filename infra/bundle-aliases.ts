/**
 * Modules every Lambda bundle resolves to a stand-in, read by infra/lambda-function.ts (esbuild's
 * `--alias`) and by the benchmark (bench/bundles.ts), so both bundle alike. Paths are from the
 * repository root.
 *
 * - `node:stream/web`: @middy/core imports it at its top for streamed responses, which no function
 *   sends; the stand-in hands out the same class on first use instead of loading Node's web
 *   streams in every cold start (functions/shared/lazy-web-streams.ts).
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  'node:stream/web': 'functions/shared/lazy-web-streams.ts',
};
