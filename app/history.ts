import type { HistoryEntry } from '../domain/reservation';
import type { Ids } from './ports';

type NewEntry = Omit<HistoryEntry, 'hotelId' | 'reservationId' | 'entryId'>;

/** The hotel key behind the PMS's entries (docs/api-keys.md): its id in their detail. */
export const byKey = <E extends { readonly actor: HistoryEntry['actor']; readonly detail?: HistoryEntry['detail'] }>(entries: readonly E[], keyId: string | undefined): E[] =>
  entries.map((e) => (keyId && e.actor === 'pms' ? { ...e, detail: { ...e.detail, keyId } } : e));

/** Gives new history entries their keys (ULIDs keep them in order within the reservation). */
export const stampHistory = (ids: Ids, hotelId: string, reservationId: string, entries: readonly NewEntry[]): HistoryEntry[] =>
  entries.map((e) => ({ ...e, hotelId, reservationId, entryId: ids.newId() }));
