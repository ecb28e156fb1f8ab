// To the hotel (front desk), in its default language.
export const subject = '{{#isDeposit}}Anzahlung erhalten{{/isDeposit}}{{#isGuarantee}}Kartengarantie hinterlegt{{/isGuarantee}} – Reservierung {{reservationId}}, {{guestName}}';

export const html = `
<p>Guten Tag,</p>
{{#isDeposit}}<p>für die Reservierung <strong>{{reservationId}}</strong> ist online eine Anzahlung von <strong>{{amount}}</strong> eingegangen. Die Reservierung ist damit bestätigt.</p>{{/isDeposit}}
{{#isGuarantee}}<p>für die Reservierung <strong>{{reservationId}}</strong> wurde eine Karte als Garantie ({{amount}}) hinterlegt. Die Reservierung ist damit bestätigt; es wurde kein Betrag belastet.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Reservierung</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Gast</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Art</th><td>{{#isDeposit}}Anzahlung{{/isDeposit}}{{#isGuarantee}}Kartengarantie{{/isGuarantee}}</td></tr>
<tr><th scope="row">Betrag</th><td>{{amount}}</td></tr>
<tr><th scope="row">Gesamtbetrag</th><td>{{total}}</td></tr>
<tr><th scope="row">Aufenthalt</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
{{#transactionId}}<tr><th scope="row">Transaktion</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Zeitpunkt</th><td>{{paidAt}} Uhr</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Reservierung öffnen</a></p>{{/url}}
`;

export const text = `
Guten Tag,

{{#isDeposit}}für die Reservierung {{reservationId}} ist online eine Anzahlung von {{amount}} eingegangen. Die Reservierung ist damit bestätigt.{{/isDeposit}}{{#isGuarantee}}für die Reservierung {{reservationId}} wurde eine Karte als Garantie ({{amount}}) hinterlegt. Die Reservierung ist damit bestätigt; es wurde kein Betrag belastet.{{/isGuarantee}}

Hotel: {{hotelName}}
Reservierung: {{reservationId}}
Gast: {{guestFormalName}}
Art: {{#isDeposit}}Anzahlung{{/isDeposit}}{{#isGuarantee}}Kartengarantie{{/isGuarantee}}
Betrag: {{amount}}
Gesamtbetrag: {{total}}
Aufenthalt: {{arrival}} → {{departure}} ({{nights}})
{{#transactionId}}Transaktion: {{transactionId}}
{{/transactionId}}{{#paidAt}}Zeitpunkt: {{paidAt}} Uhr
{{/paidAt}}
{{#url}}Reservierung öffnen:
{{url}}{{/url}}
`;
