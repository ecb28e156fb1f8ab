// To the hotel (front desk), in its default language: the PSP refused the guest's card on a
// payment request. The option stays open, due by its deadline (brought forward to today if later).
// After "Guten Tag," German letters continue in lower case.
import type { RefusalReason } from '../../../domain/payment-request';

export const subject = '{{#isDeposit}}Anzahlung abgelehnt{{/isDeposit}}{{#isGuarantee}}Karte abgelehnt{{/isGuarantee}} – Reservierung {{reservationId}}, {{guestName}}';

/** `{{refusalReason}}`: the reason in plain words, chosen from these. */
export const reasons: Readonly<Record<RefusalReason, string>> = {
  insufficient_funds: 'unzureichende Deckung oder Kartenlimit erreicht',
  card_expired: 'die Karte ist abgelaufen',
  card_invalid: 'die Kartendaten sind ungültig (Nummer oder Code)',
  card_blocked: 'die Karte ist von der Bank gesperrt (als verloren oder gestohlen gemeldet oder Betrugsverdacht)',
  declined_by_bank: 'von der Bank des Karteninhabers ohne nähere Angabe abgelehnt',
  contact_bank: 'die Bank bittet den Karteninhaber, sich bei ihr zu melden',
  technical: 'ein technisches Problem bei der Bank oder im Zahlungsnetz',
  authorisation_expired: 'die Autorisierung ist vor dem Einzug abgelaufen',
  capture_failed: 'der Betrag konnte nach der Autorisierung nicht eingezogen werden',
  unknown: 'der Zahlungsdienstleister hat keinen Grund angegeben',
};

export const html = `
<p>Guten Tag,</p>
<p>{{#isDeposit}}die Anzahlung von <strong>{{amount}}</strong> für die Reservierung <strong>{{reservationId}}</strong> ({{guestFormalName}}) konnte nicht bezahlt werden: Die Karte wurde abgelehnt. Es wurde nichts abgebucht.{{/isDeposit}}{{#isGuarantee}}die als Garantie für die Reservierung <strong>{{reservationId}}</strong> ({{guestFormalName}}) über <strong>{{amount}}</strong> angegebene Karte wurde abgelehnt. Die Reservierung ist nicht garantiert.{{/isGuarantee}}</p>
<p><strong>Grund:</strong> {{refusalReason}}.</p>
{{#onOption}}<p>Die Reservierung bleibt als Option bestehen. {{#deadlineForced}}Ihre Optionsfrist wurde auf den <strong>{{optionDeadline}}</strong> Uhr vorgezogen.{{/deadlineForced}}{{^deadlineForced}}Ihre Optionsfrist endet am <strong>{{optionDeadline}}</strong> Uhr.{{/deadlineForced}}{{#deadline}} Der Gast kann es mit demselben Link bis zum {{deadline}} Uhr mit einer anderen Karte erneut versuchen.{{/deadline}}</p>{{/onOption}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Reservierung</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Gast</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Aufenthalt</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Anforderung</th><td>{{#isDeposit}}Anzahlung{{/isDeposit}}{{#isGuarantee}}Kartengarantie{{/isGuarantee}}</td></tr>
<tr><th scope="row">Betrag</th><td>{{amount}}</td></tr>
{{#pspStatus}}<tr><th scope="row">Antwort des Zahlungsdienstleisters</th><td>{{pspStatus}}{{#authResult}} (Bankcode {{authResult}}){{/authResult}}</td></tr>{{/pspStatus}}
{{#onOption}}<tr><th scope="row">{{#deadlineForced}}Neue Optionsfrist{{/deadlineForced}}{{^deadlineForced}}Optionsfrist{{/deadlineForced}}</th><td>{{optionDeadline}} Uhr</td></tr>{{/onOption}}
{{#refusedAt}}<tr><th scope="row">Zeitpunkt</th><td>{{refusedAt}} Uhr</td></tr>{{/refusedAt}}
</table>
<p><strong>Was ist zu tun?</strong> {{#onOption}}Wenn Sie die Reservierung halten möchten, wenden Sie sich an den Gast: Er kann mit seinem Link eine andere Karte versuchen, oder Sie senden eine neue Zahlungsanforderung. Geht bis zur Frist keine Zahlung ein, wird die Option wie jede ungesicherte Option behandelt.{{/onOption}}{{^onOption}}Die Reservierung ist keine Option mehr; vom Gast wird nichts weiter erwartet.{{/onOption}}</p>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Reservierung öffnen</a></p>{{/url}}
`;

export const text = `
Guten Tag,

{{#isDeposit}}die Anzahlung von {{amount}} für die Reservierung {{reservationId}} ({{guestFormalName}}) konnte nicht bezahlt werden: Die Karte wurde abgelehnt. Es wurde nichts abgebucht.{{/isDeposit}}{{#isGuarantee}}die als Garantie für die Reservierung {{reservationId}} ({{guestFormalName}}) über {{amount}} angegebene Karte wurde abgelehnt. Die Reservierung ist nicht garantiert.{{/isGuarantee}}

Grund: {{refusalReason}}.
{{#onOption}}
Die Reservierung bleibt als Option bestehen. {{#deadlineForced}}Ihre Optionsfrist wurde auf den {{optionDeadline}} Uhr vorgezogen.{{/deadlineForced}}{{^deadlineForced}}Ihre Optionsfrist endet am {{optionDeadline}} Uhr.{{/deadlineForced}}{{#deadline}} Der Gast kann es mit demselben Link bis zum {{deadline}} Uhr mit einer anderen Karte erneut versuchen.{{/deadline}}
{{/onOption}}
Hotel: {{hotelName}}
Reservierung: {{reservationId}}
Gast: {{guestFormalName}}
Aufenthalt: {{arrival}} → {{departure}} ({{nights}})
Anforderung: {{#isDeposit}}Anzahlung{{/isDeposit}}{{#isGuarantee}}Kartengarantie{{/isGuarantee}}
Betrag: {{amount}}
{{#pspStatus}}Antwort des Zahlungsdienstleisters: {{pspStatus}}{{#authResult}} (Bankcode {{authResult}}){{/authResult}}
{{/pspStatus}}{{#onOption}}{{#deadlineForced}}Neue Optionsfrist{{/deadlineForced}}{{^deadlineForced}}Optionsfrist{{/deadlineForced}}: {{optionDeadline}} Uhr
{{/onOption}}{{#refusedAt}}Zeitpunkt: {{refusedAt}} Uhr
{{/refusedAt}}
Was ist zu tun? {{#onOption}}Wenn Sie die Reservierung halten möchten, wenden Sie sich an den Gast: Er kann mit seinem Link eine andere Karte versuchen, oder Sie senden eine neue Zahlungsanforderung. Geht bis zur Frist keine Zahlung ein, wird die Option wie jede ungesicherte Option behandelt.{{/onOption}}{{^onOption}}Die Reservierung ist keine Option mehr; vom Gast wird nichts weiter erwartet.{{/onOption}}

{{#url}}Reservierung öffnen:
{{url}}{{/url}}
`;
