import type { Changes, DigestLine } from '../../../app/ports';
import { type Item, type PrimaryKey, type TxWrite, type WriteContext, itemOf, ttlAfterDays, valueOf } from '../item';

/** Lapses waiting to be reported in a hotel's digest: one small partition, read whole at the end of each sweep. */

export const ENTITY = 'digestLine';
export const PARTITION = 'DIGEST#PENDING';

export const key = (hotelId: string, reservationId: string): PrimaryKey => ({ PK: PARTITION, SK: `${hotelId}#${reservationId}` });

const TTL_DAYS = 30;

export const toItem = (line: DigestLine, nowEpoch: number): Item => itemOf(ENTITY, key(line.hotelId, line.reservationId), line, ttlAfterDays(nowEpoch, TTL_DAYS));
export const fromItem = (item: Item): DigestLine => valueOf<DigestLine>(item);

export function writes(c: Changes, ctx: WriteContext): TxWrite[] {
  const out: TxWrite[] = (c.digestLines ?? []).map((line) => ({ Put: { Item: toItem(line, ctx.nowEpoch) } }));
  // A reported line must still be pending as read, so two sweeps never report one twice.
  for (const line of c.reportedDigestLines ?? []) {
    out.push({ Delete: {
      Key: key(line.hotelId, line.reservationId),
      ConditionExpression: 'attribute_exists(PK) AND #at = :at', ExpressionAttributeNames: { '#at': 'at' }, ExpressionAttributeValues: { ':at': line.at },
    } });
  }
  return out;
}
