// To the hotel (front desk), in its default language: the PSP refused a refund for good.
// After "Guten Tag," German letters continue in lower case (here with "Ihr", capitalised anyway).
export const subject = 'Erstattung fehlgeschlagen – Reservierung {{reservationId}}, {{guestName}}';

export const html = `
<p>Guten Tag,</p>
<p>Ihr Zahlungsanbieter hat die Erstattung von <strong>{{amount}}</strong> für die Reservierung <strong>{{reservationId}}</strong> ({{guestFormalName}}) abgelehnt. Dem Gast wurde nichts erstattet.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Reservierung</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Gast</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Aufenthalt</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Erstattungsbetrag</th><td>{{amount}}</td></tr>
{{#parentTransactionId}}<tr><th scope="row">Betroffene Zahlung</th><td>{{parentTransactionId}}</td></tr>{{/parentTransactionId}}
{{#transactionId}}<tr><th scope="row">Erstattungsreferenz</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#reason}}<tr><th scope="row">Angegebener Grund</th><td>{{reason}}</td></tr>{{/reason}}
{{#pspCode}}<tr><th scope="row">Code des Zahlungsanbieters</th><td>{{pspCode}}</td></tr>{{/pspCode}}
{{#pspMessage}}<tr><th scope="row">Meldung des Zahlungsanbieters</th><td>{{pspMessage}}</td></tr>{{/pspMessage}}
{{#completedAt}}<tr><th scope="row">Zeitpunkt</th><td>{{completedAt}} Uhr</td></tr>{{/completedAt}}
</table>
<p><strong>Was ist zu tun?</strong> Bitte prüfen Sie die Zahlung{{#parentTransactionId}} {{parentTransactionId}}{{/parentTransactionId}} im Backoffice Ihres Zahlungsanbieters – möglicherweise wurde sie dort bereits erstattet oder storniert. Falls der Gast weiterhin eine Erstattung erhalten soll, veranlassen Sie diese bitte erneut über Ihr PMS oder direkt im Backoffice; der Betrag steht dafür wieder zur Verfügung.</p>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Reservierung öffnen</a></p>{{/url}}
`;

export const text = `
Guten Tag,

Ihr Zahlungsanbieter hat die Erstattung von {{amount}} für die Reservierung {{reservationId}} ({{guestFormalName}}) abgelehnt. Dem Gast wurde nichts erstattet.

Hotel: {{hotelName}}
Reservierung: {{reservationId}}
Gast: {{guestFormalName}}
Aufenthalt: {{arrival}} → {{departure}} ({{nights}})
Erstattungsbetrag: {{amount}}
{{#parentTransactionId}}Betroffene Zahlung: {{parentTransactionId}}
{{/parentTransactionId}}{{#transactionId}}Erstattungsreferenz: {{transactionId}}
{{/transactionId}}{{#reason}}Angegebener Grund: {{reason}}
{{/reason}}{{#pspCode}}Code des Zahlungsanbieters: {{pspCode}}
{{/pspCode}}{{#pspMessage}}Meldung des Zahlungsanbieters: {{pspMessage}}
{{/pspMessage}}{{#completedAt}}Zeitpunkt: {{completedAt}} Uhr
{{/completedAt}}
Was ist zu tun? Bitte prüfen Sie die Zahlung{{#parentTransactionId}} {{parentTransactionId}}{{/parentTransactionId}} im Backoffice Ihres Zahlungsanbieters – möglicherweise wurde sie dort bereits erstattet oder storniert. Falls der Gast weiterhin eine Erstattung erhalten soll, veranlassen Sie diese bitte erneut über Ihr PMS oder direkt im Backoffice; der Betrag steht dafür wieder zur Verfügung.

{{#url}}Reservierung öffnen:
{{url}}{{/url}}
`;
