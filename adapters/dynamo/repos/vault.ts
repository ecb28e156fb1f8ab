import type { CardAuditEntry, Sealed, VaultStore } from '../../../app/ports';
import type { VaultUser } from '../../../domain/vault-user';
import * as card from '../entities/card';
import * as cardAudit from '../entities/card-audit';
import * as cardSecret from '../entities/card-secret';
import * as vaultUser from '../entities/vault-user';
import type { Table } from '../table';

export type VaultPort = VaultStore;

/** The card vault: cards' sealed parts, the users who may see them (PIN attempts) and the audit trail. */
export class VaultRepo implements VaultPort {
  constructor(private readonly table: Table) {}

  async findCardReservation(hotelId: string, cardId: string): Promise<string | undefined> {
    return card.reservationIdOfRef(await this.table.get(card.refKey(hotelId, cardId), true));
  }

  async getCardSecret(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined> {
    return cardSecret.sealedOf(await this.table.get(cardSecret.key(hotelId, reservationId, cardId), true));
  }

  async getCardCvv(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined> {
    return cardSecret.sealedOf(await this.table.get(cardSecret.cvvKey(hotelId, reservationId, cardId), true));
  }

  async takeCardCvv(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined> {
    return cardSecret.sealedOf(await this.table.deleteIf(cardSecret.takeCvv(hotelId, reservationId, cardId)));
  }

  async moveCardSecretsExpiry(hotelId: string, reservationId: string, cardId: string, purgeAt: string): Promise<void> {
    for (const spec of cardSecret.moveExpiry(hotelId, reservationId, cardId, purgeAt)) await this.table.updateIf(spec);
  }

  async getUser(hotelId: string, userId: string): Promise<VaultUser | undefined> {
    const item = await this.table.get(vaultUser.key(hotelId, userId), true);
    return item ? vaultUser.fromItem(item) : undefined;
  }

  async reservePinAttempt(hotelId: string, userId: string, max: number, at: string): Promise<VaultUser | 'locked' | undefined> {
    const out = await this.table.updateIf(vaultUser.reservePinAttempt(hotelId, userId, max, at));
    if (out) return vaultUser.fromItem(out.Attributes!);
    return (await this.getUser(hotelId, userId)) ? 'locked' : undefined;
  }

  async settlePinAttempt(hotelId: string, userId: string, right: boolean, max: number, at: string): Promise<'open' | 'locked'> {
    if (right) return (await this.table.updateIf(vaultUser.clearPinFailures(hotelId, userId, at))) ? 'open' : 'locked';
    return (await this.table.updateIf(vaultUser.lockAtMax(hotelId, userId, max, at))) ? 'locked' : 'open';
  }

  async cardAudit(hotelId: string, cardId: string): Promise<CardAuditEntry[]> {
    return (await this.table.partition(cardAudit.partition(hotelId, cardId))).map(cardAudit.fromItem);
  }
}
