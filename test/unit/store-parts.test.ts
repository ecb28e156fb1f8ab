/**
 * The store in parts (adapters/dynamo/store.ts): a store offers exactly the methods of the roles it
 * is made of, the whole store every method of `Store`, and a function's bundle carries only the
 * repositories of the parts its handler names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ALL_PARTS, commit, dynamoStore, hotels, reservations, storeWith, type StorePart } from '../../adapters/dynamo/store';
import { Table } from '../../adapters/dynamo/table';
import type { StoreRole } from '../../app/ports';
import { esbuildOptions } from '../../bench/bundles';
import { LIST_CARDS } from '../../functions/catalog';

// Nothing here reaches DynamoDB: the parts are only made, never called.
const db = {} as DynamoDBDocumentClient;
const table = new Table(db, 'parts-test', () => 0);
const methodsOf = (store: object): string[] => Object.keys(store).sort();

describe('the store in parts', () => {
  it('offers exactly the methods of the roles it is made of, bound to their repositories', () => {
    const store = storeWith(table, [hotels, reservations]);
    expect(methodsOf(store)).toEqual([
      'findApiKey', 'findHotelIdByApiKeyHash', 'getApiKey', 'getApiKeyRef', 'getHotel', 'getReservation', 'listApiKeys', 'listing', 'touchApiKey',
    ]);
    expect('commit' in store).toBe(false);
    expect(methodsOf(storeWith(table, [commit]))).toEqual(['commit']);
  });

  it('makes the whole store of every part, with no name offered twice', () => {
    const whole = dynamoStore(db, 'parts-test');
    const names = methodsOf(whole);
    expect(new Set(names).size).toBe(names.length);
    // Every part's methods are in it, the scheduling part's shard count too.
    for (const part of ALL_PARTS) for (const name of methodsOf(storeWith(table, [part as StorePart<StoreRole>]))) expect(names).toContain(name);
    expect(whole.dueShards).toBeGreaterThan(0);
    expect(typeof whole.commit).toBe('function');
  });

  it('refuses two parts offering one name, which would hide one of them', () => {
    const twin: StorePart<'hotels'> = { role: 'hotels', make: () => ({ getHotel: async () => undefined }) as never };
    expect(() => storeWith(table, [hotels, twin])).toThrow('Store parts overlap: getHotel (hotels)');
  });

  it("bundles only the repositories of the parts a handler names: list-cards reads, so it carries no writes", async () => {
    const out = await build({ ...esbuildOptions(path.join('/tmp', 'store-parts-test', 'index.mjs'), 'node22'), entryPoints: [path.join(__dirname, '..', '..', LIST_CARDS.entry)], write: false });
    const carried = Object.entries(Object.values(out.metafile!.outputs).find((o) => o.entryPoint)!.inputs).filter(([, v]) => v.bytesInOutput > 0);
    const inputs = carried.map(([f]) => f.replace(/^.*?adapters\/dynamo\//, 'dynamo/'));
    const repos = inputs.filter((f) => f.startsWith('dynamo/repos/')).sort();
    // Its use case reads the reservation; the route checks the key (hotels) and may claim an Idempotency-Key (requests).
    expect(repos).toEqual(['dynamo/repos/hotels.ts', 'dynamo/repos/idempotency.ts', 'dynamo/repos/reservations.ts']);
    expect(inputs).not.toContain('dynamo/unit-of-work.ts');
    // Nor the entities only other roles read or write.
    for (const entity of ['webhook-endpoint', 'webhook-delivery', 'vault-user', 'card-secret', 'card-audit', 'payment-digest', 'digest-line', 'notification', 'link']) {
      expect(inputs).not.toContain(`dynamo/entities/${entity}.ts`);
    }
    // One catalog entry's text, not the others'.
    const code = out.outputFiles!.find((f) => f.path.endsWith('.mjs'))!.text;
    expect(code).toContain('"list-cards"');
    expect(code).not.toContain('"create-payment-request"');
    expect(readFileSync(path.join(__dirname, '..', '..', LIST_CARDS.entry), 'utf8')).toContain('route(LIST_CARDS');
  });
});
