// To the hotel (front desk), in its default language: the PSP refused the guest's card on a
// payment request. The option stays open, due by its deadline (brought forward to today if later).
import type { RefusalReason } from '../../../domain/payment-request';

export const subject = '{{#isDeposit}}Deposit refused{{/isDeposit}}{{#isGuarantee}}Card refused{{/isGuarantee}} – booking {{reservationId}}, {{guestName}}';

/** `{{refusalReason}}`: the reason in plain words, chosen from these. */
export const reasons: Readonly<Record<RefusalReason, string>> = {
  insufficient_funds: 'insufficient funds or card limit reached',
  card_expired: 'the card has expired',
  card_invalid: 'the card details are not valid (number or code)',
  card_blocked: 'the card is blocked by the bank (reported lost or stolen, or suspected fraud)',
  declined_by_bank: "declined by the card holder's bank, without a more precise reason",
  contact_bank: 'the bank asks the card holder to contact it',
  technical: 'a technical problem at the bank or on the payment network',
  authorisation_expired: 'the authorisation expired before the money was collected',
  capture_failed: 'the money could not be collected after the authorisation',
  unknown: 'the payment provider gave no reason',
};

export const html = `
<p>Hello,</p>
<p>{{#isDeposit}}The deposit of <strong>{{amount}}</strong> for booking <strong>{{reservationId}}</strong> ({{guestFormalName}}) could not be paid: the card was refused. Nothing has been charged.{{/isDeposit}}{{#isGuarantee}}The card given to guarantee booking <strong>{{reservationId}}</strong> ({{guestFormalName}}) for <strong>{{amount}}</strong> was refused. The booking is not guaranteed.{{/isGuarantee}}</p>
<p><strong>Reason:</strong> {{refusalReason}}.</p>
{{#onOption}}<p>The booking stays on option. {{#deadlineForced}}Its option deadline has been brought forward to <strong>{{optionDeadline}}</strong>.{{/deadlineForced}}{{^deadlineForced}}Its option deadline is <strong>{{optionDeadline}}</strong>.{{/deadlineForced}}{{#deadline}} The guest can try another card with the same link until {{deadline}}.{{/deadline}}</p>{{/onOption}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Booking</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Guest</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Stay</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Request</th><td>{{#isDeposit}}Deposit{{/isDeposit}}{{#isGuarantee}}Card guarantee{{/isGuarantee}}</td></tr>
<tr><th scope="row">Amount</th><td>{{amount}}</td></tr>
{{#pspStatus}}<tr><th scope="row">Provider's answer</th><td>{{pspStatus}}{{#authResult}} (bank code {{authResult}}){{/authResult}}</td></tr>{{/pspStatus}}
{{#onOption}}<tr><th scope="row">{{#deadlineForced}}New option deadline{{/deadlineForced}}{{^deadlineForced}}Option deadline{{/deadlineForced}}</th><td>{{optionDeadline}}</td></tr>{{/onOption}}
{{#refusedAt}}<tr><th scope="row">Date and time</th><td>{{refusedAt}}</td></tr>{{/refusedAt}}
</table>
<p><strong>What to do:</strong> {{#onOption}}If you wish to keep the booking, contact the guest: they can try another card with the link they have, or you can send a new payment request. If nothing is paid by the deadline, the option is handled like any other unsecured option.{{/onOption}}{{^onOption}}The booking is no longer on option; nothing more is expected from the guest.{{/onOption}}</p>
{{#url}}<p class="cta"><a class="button" href="{{url}}">View the booking</a></p>{{/url}}
`;

export const text = `
Hello,

{{#isDeposit}}The deposit of {{amount}} for booking {{reservationId}} ({{guestFormalName}}) could not be paid: the card was refused. Nothing has been charged.{{/isDeposit}}{{#isGuarantee}}The card given to guarantee booking {{reservationId}} ({{guestFormalName}}) for {{amount}} was refused. The booking is not guaranteed.{{/isGuarantee}}

Reason: {{refusalReason}}.
{{#onOption}}
The booking stays on option. {{#deadlineForced}}Its option deadline has been brought forward to {{optionDeadline}}.{{/deadlineForced}}{{^deadlineForced}}Its option deadline is {{optionDeadline}}.{{/deadlineForced}}{{#deadline}} The guest can try another card with the same link until {{deadline}}.{{/deadline}}
{{/onOption}}
Hotel: {{hotelName}}
Booking: {{reservationId}}
Guest: {{guestFormalName}}
Stay: {{arrival}} → {{departure}} ({{nights}})
Request: {{#isDeposit}}Deposit{{/isDeposit}}{{#isGuarantee}}Card guarantee{{/isGuarantee}}
Amount: {{amount}}
{{#pspStatus}}Provider's answer: {{pspStatus}}{{#authResult}} (bank code {{authResult}}){{/authResult}}
{{/pspStatus}}{{#onOption}}{{#deadlineForced}}New option deadline{{/deadlineForced}}{{^deadlineForced}}Option deadline{{/deadlineForced}}: {{optionDeadline}}
{{/onOption}}{{#refusedAt}}Date and time: {{refusedAt}}
{{/refusedAt}}
What to do: {{#onOption}}If you wish to keep the booking, contact the guest: they can try another card with the link they have, or you can send a new payment request. If nothing is paid by the deadline, the option is handled like any other unsecured option.{{/onOption}}{{^onOption}}The booking is no longer on option; nothing more is expected from the guest.{{/onOption}}

{{#url}}View the booking:
{{url}}{{/url}}
`;
