import { NotFound } from '../domain/errors';
import { cardRetentionDays, holdPolicy, hotelPaymentEmailsOf, type HotelPolicy, validatePolicy } from '../domain/policy';

/** The policy as shown: every field present, the card retention capped. */
const shown = (p: HotelPolicy): HotelPolicy => {
  const hold = holdPolicy(p);
  return { ...p, cardRetentionDays: cardRetentionDays(p), holdWarningHoursBefore: hold.warningHoursBefore, onHoldLapse: hold.onHoldLapse, releaseHoldsAtDeparture: hold.releaseAtDeparture, hotelPaymentEmails: hotelPaymentEmailsOf(p) };
};
import type { Needs } from './deps';

export async function getPolicy(deps: Needs<'store:hotels'>, hotelId: string): Promise<HotelPolicy> {
  const rec = await deps.store.getHotel(hotelId);
  if (!rec) throw new NotFound('hotel_not_found', 'Unknown hotel');
  return shown(rec.hotel.policy);
}

/** Replaces the hotel's policy; applies to what happens next (existing requests keep their reminder time). */
export async function setPolicy(deps: Needs<'store:commit' | 'store:hotels'>, hotelId: string, policy: HotelPolicy): Promise<HotelPolicy> {
  const rec = await deps.store.getHotel(hotelId);
  if (!rec) throw new NotFound('hotel_not_found', 'Unknown hotel');
  const hotel = { ...rec.hotel, policy: shown(validatePolicy(policy)), version: rec.hotel.version + 1 };
  await deps.store.commit({ hotelUpdate: { value: { ...rec, hotel }, expectedVersion: rec.hotel.version } });
  return shown(hotel.policy);
}
