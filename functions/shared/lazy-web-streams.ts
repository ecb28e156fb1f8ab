/**
 * `node:stream/web` as the bundles see it (the `--alias` in infra/lambda-function.ts and
 * bench/bundles.ts): the same `ReadableStream` class, reached when first used, not at import.
 *
 * @middy/core imports `ReadableStream` from `node:stream/web` at its top, for the streamed
 * responses it can send (`body instanceof ReadableStream`). Our functions never stream, but that
 * import alone makes Node load its whole web-streams implementation during every cold start
 * (about 3 ms here). This stand-in forwards construction, `instanceof` and static members to
 * the global `ReadableStream` (the very class `node:stream/web` exports), so anything that does
 * use it gets the real one.
 */
type Real = typeof globalThis.ReadableStream;
const real = (): Real => globalThis.ReadableStream;

export const ReadableStream: Real = new Proxy(function ReadableStream() {} as unknown as Real, {
  construct: (_target, args: unknown[]) => new (real() as unknown as new (...a: unknown[]) => object)(...args),
  get: (_target, key) => Reflect.get(real(), key),
  has: (_target, key) => Reflect.has(real(), key),
  getPrototypeOf: () => Reflect.getPrototypeOf(real()),
});
