// To the hotel (front desk), in its default language: a second payment arrived on a request
// already paid (two tabs, two cards). The guest paid twice; refunding the second one is suggested.
// After "Guten Tag," German letters continue in lower case.
export const subject = 'Zweite Zahlung eingegangen – Reservierung {{reservationId}}, {{guestName}}';

export const html = `
<p>Guten Tag,</p>
<p>für die Reservierung <strong>{{reservationId}}</strong> ({{guestFormalName}}) ist eine zweite Zahlung von <strong>{{amount}}</strong> eingegangen, obwohl die Zahlungsanforderung bereits bezahlt war{{#firstTransactionId}} (Transaktion {{firstTransactionId}}){{/firstTransactionId}}. Der Gast hat also zweimal bezahlt.</p>
<p><strong>Was ist zu tun?</strong> Wir empfehlen Ihnen, dem Gast diese zweite Zahlung zu erstatten, über die Erstattungsfunktion Ihres PMS{{#transactionId}} oder über die API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Reservierung</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Gast</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Aufenthalt</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Betrag der zweiten Zahlung</th><td>{{amount}}</td></tr>
{{#transactionId}}<tr><th scope="row">Zweite Zahlung</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#firstTransactionId}}<tr><th scope="row">Erste Zahlung</th><td>{{firstTransactionId}}</td></tr>{{/firstTransactionId}}
{{#paidAt}}<tr><th scope="row">Zeitpunkt</th><td>{{paidAt}} Uhr</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Reservierung öffnen</a></p>{{/url}}
`;

export const text = `
Guten Tag,

für die Reservierung {{reservationId}} ({{guestFormalName}}) ist eine zweite Zahlung von {{amount}} eingegangen, obwohl die Zahlungsanforderung bereits bezahlt war{{#firstTransactionId}} (Transaktion {{firstTransactionId}}){{/firstTransactionId}}. Der Gast hat also zweimal bezahlt.

Was ist zu tun? Wir empfehlen Ihnen, dem Gast diese zweite Zahlung zu erstatten, über die Erstattungsfunktion Ihres PMS{{#transactionId}} oder über die API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.

Hotel: {{hotelName}}
Reservierung: {{reservationId}}
Gast: {{guestFormalName}}
Aufenthalt: {{arrival}} → {{departure}} ({{nights}})
Betrag der zweiten Zahlung: {{amount}}
{{#transactionId}}Zweite Zahlung: {{transactionId}}
{{/transactionId}}{{#firstTransactionId}}Erste Zahlung: {{firstTransactionId}}
{{/firstTransactionId}}{{#paidAt}}Zeitpunkt: {{paidAt}} Uhr
{{/paidAt}}
{{#url}}Reservierung öffnen:
{{url}}{{/url}}
`;
