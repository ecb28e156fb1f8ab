import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { IdempotencyStore, IdempotentRequest, StoredAnswer } from '../../../app/ports';
import * as idempotency from '../entities/idempotency';
import type { Table } from '../table';

/** Idempotency-Keys of HTTP requests: one conditional write to claim; the record is read only when that write fails. */
export class IdempotencyRepo implements IdempotencyStore {
  constructor(private readonly table: Table) {}

  async claimRequest(r: IdempotentRequest): Promise<{ claimed: true } | { claimed: false; existing: IdempotentRequest }> {
    try {
      await this.table.db.send(new PutCommand({ TableName: this.table.name, ...idempotency.claim(r, this.table.nowEpoch()) }));
      return { claimed: true };
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
      // The failed write returns the record that holds the key; read it only if the store did not.
      const item = e.Item ? unmarshall(e.Item) : await this.table.get(idempotency.requestKey(r.owner, r.keyHash), true);
      if (!item) return this.claimRequest(r);
      return { claimed: false, existing: idempotency.requestFromItem(item) };
    }
  }

  async answerRequest(owner: string, keyHash: string, requestHash: string, answer: StoredAnswer): Promise<void> {
    await this.table.updateIf(idempotency.answer(owner, keyHash, requestHash, answer));
  }

  async releaseRequest(owner: string, keyHash: string, requestHash: string): Promise<void> {
    await this.table.deleteIf(idempotency.release(owner, keyHash, requestHash));
  }
}
