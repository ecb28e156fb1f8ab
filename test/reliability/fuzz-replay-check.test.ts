import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { reservation } from '../../adapters/dynamo/entities';
import { runFuzz } from '../../reliability/fuzz';

/**
 * The fuzz run's replay check can fail: a refused request that changes the table (stood in for by
 * a write right after one of them is sent again) is found, named with the item it changed, and
 * told as soon as it is found. Its own file: one local stack per test file.
 */
it('names the refused request that changed the table', async () => {
  const tableName = `fuzz-${randomBytes(4).toString('hex')}`;
  const key = reservation.key('fuzz-tampered-hotel', 'FZ-tampered');
  let tampered: string | undefined;
  const dynamo = new DynamoDBClient({ endpoint: process.env.MOTO_ENDPOINT! });
  const db = DynamoDBDocumentClient.from(dynamo);
  const told: string[] = [];
  const report = await runFuzz({
    notifications: 40, api: 60, seed: 20261202, concurrency: 8, timeoutMs: 10_000, motoEndpoint: process.env.MOTO_ENDPOINT!, tableName,
    progress: (line) => void told.push(line),
    afterRefusedReplay: async ({ index, label }) => {
      if (index !== 5) return;
      tampered = label;
      await db.send(new UpdateCommand({
        TableName: tableName, Key: key, UpdateExpression: 'SET entity = :e ADD tampered :one',
        ExpressionAttributeValues: { ':e': reservation.ENTITY, ':one': 1 },
      }));
    },
  });
  dynamo.destroy();
  expect(tampered).toBeDefined();
  expect(report.refusedChangedState).toBe(1);
  expect(report.violations).toEqual([expect.objectContaining({ kind: 'state changed by a refused request', request: tampered })]);
  expect(report.violations[0]!.excerpt).toContain(`${reservation.ENTITY} ${key.PK} ${key.SK}`);
  // Told when found, before the report.
  expect(told.some((line) => line.startsWith('violation [state changed by a refused request]'))).toBe(true);
});
