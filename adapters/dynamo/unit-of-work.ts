import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ChangeSetTooLarge, type Changes } from '../../app/ports';
import { Conflict } from '../../domain/errors';
import * as apiKey from './entities/api-key';
import * as card from './entities/card';
import * as cardAudit from './entities/card-audit';
import * as cardSecret from './entities/card-secret';
import * as cardWatch from './entities/card-watch';
import * as digestLine from './entities/digest-line';
import * as history from './entities/history';
import * as hotel from './entities/hotel';
import * as idempotency from './entities/idempotency';
import * as link from './entities/link';
import * as notification from './entities/notification';
import * as outbox from './entities/outbox';
import * as paymentRequest from './entities/payment-request';
import * as pspLock from './entities/psp-lock';
import * as reservation from './entities/reservation';
import * as transaction from './entities/transaction';
import * as vaultUser from './entities/vault-user';
import * as webhookDelivery from './entities/webhook-delivery';
import * as webhookEndpoint from './entities/webhook-endpoint';
import { type TxWrite, type WriteContext, inTable, isConditionFailure } from './item';
import type { Table } from './table';

/** Each entity's share of a change set, in the order they are written. */
const CONTRIBUTORS: readonly ((c: Changes, ctx: WriteContext) => TxWrite[])[] = [
  hotel.writes, apiKey.writes, reservation.writes, history.writes, paymentRequest.writes, link.writes, transaction.writes,
  card.writes, cardSecret.writes, cardWatch.writes, vaultUser.writes, cardAudit.writes, pspLock.writes, idempotency.writes,
  notification.writes, digestLine.writes, webhookEndpoint.writes, webhookDelivery.writes, outbox.writes,
];

/** DynamoDB's limit of writes in one transaction. */
const MAX_WRITES = 100;

/** Everything a use case changes, with its outbox events, as one transaction: all written or none. */
export class UnitOfWork {
  constructor(private readonly table: Table) {}

  writes(changes: Changes): TxWrite[] {
    const ctx: WriteContext = { nowEpoch: this.table.nowEpoch() };
    return CONTRIBUTORS.flatMap((contribute) => contribute(changes, ctx));
  }

  /** Throws Conflict when a version or existence condition fails (or a concurrent transaction won). */
  async commit(changes: Changes): Promise<void> {
    const writes = this.writes(changes);
    if (writes.length === 0) return;
    if (writes.length > MAX_WRITES) throw new ChangeSetTooLarge(writes.length, MAX_WRITES);
    try {
      await this.table.db.send(new TransactWriteCommand({ TransactItems: writes.map((w) => inTable(this.table.name, w)) }));
    } catch (e) {
      if (isConditionFailure(e)) throw new Conflict('concurrent_update', 'The data changed meanwhile; nothing was written. Retry the request.');
      throw e;
    }
  }
}
