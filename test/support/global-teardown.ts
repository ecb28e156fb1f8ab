export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __moto?: { stop(): Promise<void> } }).__moto?.stop();
}
