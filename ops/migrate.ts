import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, ScanCommand, UpdateCommand, type DynamoDBDocumentClient, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { apiKey, notification, paymentRequest, transaction } from '../adapters/dynamo/entities';
import { legacyKeyId } from '../domain/api-key';
import { isRefund } from '../domain/refund';
import type { Transaction } from '../domain/transaction';

/**
 * Brings transactions written before refunds existed up to the current shape (docs/data-model.md,
 * "Upgrading"). A transaction item is current when:
 *   - its GSI1 keys are those of `transaction.indexKeys` (the per-hotel, per-month history partition);
 *   - its `TXREF` item exists (refunds are asked by transaction id);
 *   - a succeeded payment carries `refundable` (what is left to refund, held by conditional writes).
 * Each item is upgraded by one conditional update on its `version`, so a write by the running
 * system in between is never overwritten: the item is read again and planned again. The run is
 * idempotent and can be stopped and started again; `dryRun` only counts.
 *
 * It scans the table: a one-off operator job, never part of a request path.
 */
export interface UpgradeReport {
  readonly scanned: number;
  readonly current: number;
  readonly upgraded: number;
  readonly refsAdded: number;
  readonly retried: number;
  readonly dryRun: boolean;
}

type Item = Record<string, unknown>;

export interface TransactionUpgrade {
  readonly GSI1PK?: string;
  readonly GSI1SK?: string;
  readonly refundable?: number;
}

/** A succeeded payment written before refunds existed: nothing says what is left to refund. */
export const lacksRefundable = (item: Item): boolean => item.type === 'payment' && item.status === 'succeeded' && typeof item.refundable !== 'number';

/**
 * What one transaction item lacks. `siblings`: the transactions of its reservation, needed only when
 * `lacksRefundable` (refundable = the amount less the refunds of this payment not failed).
 */
export function planUpgrade(item: Item, siblings: readonly Transaction[]): TransactionUpgrade | null {
  const t = item as unknown as Transaction;
  const want = transaction.indexKeys(t);
  const index = item.GSI1PK !== want.GSI1PK || item.GSI1SK !== want.GSI1SK ? { GSI1PK: want.GSI1PK!, GSI1SK: want.GSI1SK! } : {};
  let refundable: { refundable?: number } = {};
  if (lacksRefundable(item)) {
    const held = siblings.filter((s) => isRefund(s) && s.parentTransactionId === t.transactionId && s.refund.status !== 'failed').reduce((sum, s) => sum + s.amount.amount, 0);
    refundable = { refundable: Math.max(0, t.amount.amount - held) };
  }
  const plan = { ...index, ...refundable };
  return Object.keys(plan).length ? plan : null;
}

export async function upgradeTransactions(db: DynamoDBDocumentClient, table: string, opts: { dryRun?: boolean; pageSize?: number } = {}): Promise<UpgradeReport> {
  const dryRun = opts.dryRun ?? false;
  let scanned = 0, current = 0, upgraded = 0, refsAdded = 0, retried = 0;
  let ExclusiveStartKey: Item | undefined;
  do {
    const page = await db.send(new ScanCommand({
      TableName: table, FilterExpression: 'entity = :tx', ExpressionAttributeValues: { ':tx': transaction.ENTITY }, ExclusiveStartKey, Limit: opts.pageSize ?? 500,
    }));
    for (const first of page.Items ?? []) {
      scanned++;
      let item: Item | undefined = first;
      let changed = false;
      for (let attempt = 0; item; attempt++) {
        const plan = planUpgrade(item, lacksRefundable(item) ? await reservationTransactions(db, table, item) : []);
        if (!plan) break;
        changed = true;
        if (dryRun) break;
        try {
          await applyUpgrade(db, table, item, plan);
          break;
        } catch (e) {
          if (!(e instanceof ConditionalCheckFailedException) || attempt >= 4) throw e;
          retried++;
          item = (await db.send(new GetCommand({ TableName: table, Key: { PK: item.PK, SK: item.SK }, ConsistentRead: true }))).Item;
        }
      }
      if (item && (await ensureRef(db, table, item, dryRun))) {
        refsAdded++;
        changed = true;
      }
      if (changed) upgraded++;
      else current++;
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return { scanned, current, upgraded, refsAdded, retried, dryRun };
}

async function reservationTransactions(db: DynamoDBDocumentClient, table: string, item: Item): Promise<readonly Transaction[]> {
  const out: Transaction[] = [];
  let ExclusiveStartKey: Item | undefined;
  do {
    const page = await db.send(new QueryCommand({
      TableName: table, KeyConditionExpression: 'PK = :pk AND begins_with(SK, :tx)', ExpressionAttributeValues: { ':pk': item.PK, ':tx': transaction.SK_PREFIX }, ConsistentRead: true, ExclusiveStartKey,
    }));
    out.push(...((page.Items ?? []) as unknown as Transaction[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return out;
}

async function applyUpgrade(db: DynamoDBDocumentClient, table: string, item: Item, plan: TransactionUpgrade): Promise<void> {
  const sets = Object.keys(plan).map((k) => `#${k} = :${k}`);
  // Opening `refundable` is a state change: it moves the version, so a writer that read before it loses.
  const bump = plan.refundable !== undefined ? ', version = version + :one' : '';
  await db.send(new UpdateCommand({
    TableName: table, Key: { PK: item.PK, SK: item.SK },
    UpdateExpression: `SET ${sets.join(', ')}${bump}`,
    ConditionExpression: 'version = :v',
    ExpressionAttributeNames: Object.fromEntries(Object.keys(plan).map((k) => [`#${k}`, k])),
    ExpressionAttributeValues: {
      ...Object.fromEntries(Object.entries(plan).map(([k, v]) => [`:${k}`, v])), ':v': item.version, ...(bump ? { ':one': 1 } : {}),
    },
  }));
}

/** The transaction's TXREF item; true when it was missing (and is now written, unless a dry run). */
async function ensureRef(db: DynamoDBDocumentClient, table: string, item: Item, dryRun: boolean): Promise<boolean> {
  const t = item as unknown as Transaction;
  const k = transaction.refKey(t.hotelId, t.transactionId);
  if (dryRun) return !(await db.send(new GetCommand({ TableName: table, Key: k }))).Item;
  try {
    await db.send(new PutCommand({ TableName: table, Item: transaction.refItem(t), ConditionExpression: 'attribute_not_exists(PK)' }));
    return true;
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException) return false;
    throw e;
  }
}

export interface CleanupReport {
  readonly scanned: number;
  readonly cleaned: number;
  readonly dryRun: boolean;
}

/**
 * Notifications processed before the PSP card token was dropped at processing still hold it
 * sealed (`sealedSensitive`) until their TTL. This removes it from every processed one, by one
 * update conditioned on the version; a notification not yet processed keeps it (processing needs
 * it and drops it). Idempotent; `dryRun` only counts.
 */
export async function dropProcessedTokens(db: DynamoDBDocumentClient, table: string, opts: { dryRun?: boolean; pageSize?: number } = {}): Promise<CleanupReport> {
  const { scanned, changed } = await updateEach(db, table, opts, {
    FilterExpression: 'entity = :n AND attribute_exists(sealedSensitive) AND attribute_exists(processedAt)', ExpressionAttributeValues: { ':n': notification.ENTITY },
  }, (item) => ({
    UpdateExpression: 'REMOVE sealedSensitive SET version = version + :one',
    ConditionExpression: 'version = :v AND attribute_exists(processedAt)', ExpressionAttributeValues: { ':v': item.version, ':one': 1 },
  }));
  return { scanned, cleaned: changed, dryRun: opts.dryRun ?? false };
}

type ItemUpdate = Pick<UpdateCommandInput, 'UpdateExpression' | 'ConditionExpression' | 'ExpressionAttributeValues'>;

/**
 * Scans for the items a filter finds and gives each the update `plan` makes of it (none: already
 * current), by one conditional write; a write whose condition fails was changed meanwhile and is
 * left to the next run. `dryRun` counts what would change and writes nothing.
 */
async function updateEach(
  db: DynamoDBDocumentClient, table: string, opts: { dryRun?: boolean; pageSize?: number },
  filter: { FilterExpression: string; ExpressionAttributeValues: Record<string, unknown> }, plan: (item: Item) => ItemUpdate | undefined,
): Promise<{ scanned: number; changed: number }> {
  let scanned = 0, changed = 0;
  let ExclusiveStartKey: Item | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName: table, ExclusiveStartKey, Limit: opts.pageSize ?? 500, ...filter }));
    for (const item of page.Items ?? []) {
      scanned++;
      const update = plan(item);
      if (!update) continue;
      if (opts.dryRun) {
        changed++;
        continue;
      }
      try {
        await db.send(new UpdateCommand({ TableName: table, Key: { PK: item.PK, SK: item.SK }, ...update }));
        changed++;
      } catch (e) {
        if (!(e instanceof ConditionalCheckFailedException)) throw e;
      }
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return { scanned, changed };
}

export interface KeyUpgradeReport {
  readonly scanned: number;
  readonly upgraded: number;
  readonly dryRun: boolean;
}

/**
 * API keys written before keys had ids and scopes (`{ hotelId, createdAt }`) work with every scope
 * but are not listed, so a hotel cannot rotate or revoke them. This gives each the id it is already
 * audited under (`legacy-` and 12 hex digits of its hash), a name, its place in the hotel's listing
 * and its ref; it keeps every scope (no scope list is written). Ref first, then the key by an update
 * conditioned on it still having no id: idempotent, and a key revoked meanwhile is not brought back.
 */
export async function upgradeApiKeys(db: DynamoDBDocumentClient, table: string, opts: { dryRun?: boolean; pageSize?: number } = {}): Promise<KeyUpgradeReport> {
  const dryRun = opts.dryRun ?? false;
  let scanned = 0, upgraded = 0;
  let ExclusiveStartKey: Item | undefined;
  do {
    const page = await db.send(new ScanCommand({
      TableName: table, ExclusiveStartKey, Limit: opts.pageSize ?? 500,
      FilterExpression: 'entity = :k AND attribute_not_exists(keyId)', ExpressionAttributeValues: { ':k': apiKey.ENTITY },
    }));
    for (const item of page.Items ?? []) {
      scanned++;
      const keyHash = String(item.PK).slice('APIKEY#'.length);
      const hotelId = String(item.hotelId);
      const keyId = legacyKeyId(keyHash);
      if (dryRun) {
        upgraded++;
        continue;
      }
      try {
        await db.send(new PutCommand({ TableName: table, Item: apiKey.refToItem({ hotelId, keyId, keyHash, version: 1 }), ConditionExpression: 'attribute_not_exists(PK)' }));
      } catch (e) {
        if (!(e instanceof ConditionalCheckFailedException)) throw e;
      }
      try {
        await db.send(new UpdateCommand({
          TableName: table, Key: { PK: item.PK, SK: item.SK },
          UpdateExpression: 'SET keyId = :id, #name = :name, GSI1PK = :pk, GSI1SK = :sk',
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(keyId)',
          ExpressionAttributeNames: { '#name': 'name' },
          ExpressionAttributeValues: { ':id': keyId, ':name': 'Key made before scopes', ':pk': apiKey.listing(hotelId), ':sk': `${String(item.createdAt)}#${keyId}` },
        }));
        upgraded++;
      } catch (e) {
        if (!(e instanceof ConditionalCheckFailedException)) throw e;
      }
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return { scanned, upgraded, dryRun };
}

export interface ListingMoveReport {
  readonly scanned: number;
  readonly moved: number;
  readonly dryRun: boolean;
}

/**
 * Open requests of a card renewal or a charge written while every open request shared one listing
 * stay there until they are next written (an answer takes them out of it): the planning's groups
 * read each kind's own listing (`paymentRequest.openListing`), so this moves each to its kind's, by
 * one update conditioned on its version and its listing. Idempotent; `dryRun` only counts.
 */
export async function moveOpenRequests(db: DynamoDBDocumentClient, table: string, opts: { dryRun?: boolean; pageSize?: number } = {}): Promise<ListingMoveReport> {
  const { scanned, changed } = await updateEach(db, table, opts, {
    FilterExpression: 'entity = :r AND attribute_exists(GSI1PK) AND subject.kind <> :stay', ExpressionAttributeValues: { ':r': paymentRequest.ENTITY, ':stay': 'reservation' },
  }, (item) => {
    const listing = paymentRequest.openListing(String(item.hotelId), (item.subject as { kind: 'charge' | 'card-renewal' }).kind);
    // Written meanwhile (so listed by its kind already, or answered): the condition leaves it be.
    return item.GSI1PK === listing ? undefined : {
      UpdateExpression: 'SET GSI1PK = :to', ConditionExpression: 'version = :v AND GSI1PK = :from',
      ExpressionAttributeValues: { ':to': listing, ':from': item.GSI1PK, ':v': item.version },
    };
  });
  return { scanned, moved: changed, dryRun: opts.dryRun ?? false };
}
