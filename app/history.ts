import type { HistoryEntry } from '../domain/reservation';
import type { Ids } from './ports';

type NewEntry = Omit<HistoryEntry, 'hotelId' | 'reservationId' | 'entryId'>;

/** Gives new history entries their keys (ULIDs keep them in order within the reservation). */
export const stampHistory = (ids: Ids, hotelId: string, reservationId: string, entries: readonly NewEntry[]): HistoryEntry[] =>
  entries.map((e) => ({ ...e, hotelId, reservationId, entryId: ids.newId() }));
