import type { Page, ReservationAggregate, ReservationStore } from '../../../app/ports';
import type { PaymentRequest } from '../../../domain/payment-request';
import type { PaymentSubject } from '../../../domain/payment-subject';
import type { Reservation } from '../../../domain/reservation';
import { decodeCursor, encodeCursor } from '../cursor';
import type { Item } from '../item';
import * as card from '../entities/card';
import * as history from '../entities/history';
import * as paymentRequest from '../entities/payment-request';
import * as reservation from '../entities/reservation';
import * as transaction from '../entities/transaction';
import { LISTINGS_INDEX } from '../schema';
import type { Table } from '../table';

export type ReservationsPort = ReservationStore;

/** Reservations as item collections, and the hotel's planning listings. */
export class ReservationsRepo implements ReservationsPort {
  constructor(private readonly table: Table) {}

  async getReservation(hotelId: string, reservationId: string): Promise<ReservationAggregate | undefined> {
    // Every use case decides on what it reads here, then writes under its versions: read the latest.
    const items = await this.table.partition(reservation.collection(hotelId, reservationId), { consistent: true });
    const root = items.find(reservation.belongs);
    if (!root) return undefined;
    return {
      reservation: reservation.fromItem(root),
      requests: items.filter(paymentRequest.belongs).map(paymentRequest.fromItem),
      transactions: items.filter(transaction.belongs).map(transaction.fromItem),
      history: items.filter(history.belongs).map(history.fromItem),
      cards: items.filter(card.belongs).map(card.fromItem),
    };
  }

  /** A hotel's listing between two sort-key bounds (ISO instants), oldest first. */
  listing(name: 'options' | 'lapsed', hotelId: string, range: { from?: string; to?: string }, limit: number, cursor?: string): Promise<Page<Reservation>>;
  listing(name: 'openRequests', hotelId: string, range: { from?: string; to?: string }, limit: number, cursor: string | undefined, of: PaymentSubject['kind']): Promise<Page<PaymentRequest>>;
  async listing(name: 'options' | 'lapsed' | 'openRequests', hotelId: string, range: { from?: string; to?: string }, limit: number, cursor?: string, of?: PaymentSubject['kind']): Promise<Page<Reservation | PaymentRequest>> {
    const pk = name === 'openRequests' ? paymentRequest.openListing(hotelId, of) : reservation.listing[name](hotelId);
    const to = range.to ? `${range.to}\uffff` : undefined;
    const { partitionKey: PK, sortKey: SK } = LISTINGS_INDEX;
    const bounds = range.from && to ? `${SK} BETWEEN :from AND :to` : range.from ? `${SK} >= :from` : to ? `${SK} <= :to` : '';
    const page = await this.table.query({
      IndexName: LISTINGS_INDEX.indexName,
      KeyConditionExpression: `${PK} = :pk${bounds ? ` AND ${bounds}` : ''}`,
      ExpressionAttributeValues: { ':pk': pk, ...(range.from ? { ':from': range.from } : {}), ...(to ? { ':to': to } : {}) },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, LISTINGS_INDEX.indexName, pk, { ...(range.from ? { from: range.from } : {}), ...(to ? { to } : {}) }),
    });
    const fromItem: (item: Item) => Reservation | PaymentRequest = name === 'openRequests' ? paymentRequest.listedFromItem : reservation.fromItem;
    const items = page.items.map((i) => fromItem(i));
    return { items, ...(page.lastKey ? { cursor: encodeCursor(page.lastKey) } : {}) };
  }
}
