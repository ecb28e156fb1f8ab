// To the hotel (front desk), in its default language: money (or a card guarantee) arrived for a
// reservation no longer on option. A deposit was charged and may be refunded; a guarantee charged nothing.
// After "Guten Tag," German letters continue in lower case.
export const subject = '{{#isDeposit}}Zahlung{{/isDeposit}}{{#isGuarantee}}Kartengarantie{{/isGuarantee}} nach Ende der Option eingegangen – Reservierung {{reservationId}}, {{guestName}}';

export const html = `
<p>Guten Tag,</p>
{{#isDeposit}}<p>für die Reservierung <strong>{{reservationId}}</strong> ({{guestFormalName}}) ist eine Zahlung von <strong>{{amount}}</strong> eingegangen, obwohl die Reservierung nicht mehr auf Option steht{{#wasExpired}}: Die Option ist abgelaufen{{/wasExpired}}{{#wasCancelled}}: Die Reservierung wurde storniert{{/wasCancelled}}{{#otherStatus}}: Der Status lautet „{{otherStatus}}“{{/otherStatus}}. Der Betrag wurde dem Gast belastet, die Reservierung wurde jedoch nicht bestätigt, und der Gast hat von uns keine Bestätigung erhalten.</p>
<p><strong>Was ist zu tun?</strong> Bitte reaktivieren Sie entweder die Reservierung in Ihrem PMS, sofern Sie sie noch annehmen können, oder erstatten Sie dem Gast die Zahlung über die Erstattungsfunktion Ihres PMS{{#transactionId}} oder über die API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.</p>{{/isDeposit}}
{{#isGuarantee}}<p>für die Reservierung <strong>{{reservationId}}</strong> ({{guestFormalName}}) wurde eine Karte als Garantie ({{amount}}) hinterlegt, obwohl die Reservierung nicht mehr auf Option steht{{#wasExpired}}: Die Option ist abgelaufen{{/wasExpired}}{{#wasCancelled}}: Die Reservierung wurde storniert{{/wasCancelled}}{{#otherStatus}}: Der Status lautet „{{otherStatus}}“{{/otherStatus}}. Es wurde kein Betrag belastet, und der Gast hat von uns keine Bestätigung erhalten.</p>
<p><strong>Was ist zu tun?</strong> Wenn Sie die Reservierung noch annehmen können, reaktivieren Sie sie bitte in Ihrem PMS; andernfalls ist nichts zu erstatten. In beiden Fällen empfehlen wir Ihnen, den Gast zu informieren.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Reservierung</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Gast</th><td>{{guestFormalName}}</td></tr>
{{#reservationStatus}}<tr><th scope="row">Status der Reservierung</th><td>{{#wasExpired}}Abgelaufen{{/wasExpired}}{{#wasCancelled}}Storniert{{/wasCancelled}}{{#otherStatus}}{{otherStatus}}{{/otherStatus}}</td></tr>{{/reservationStatus}}
<tr><th scope="row">Art</th><td>{{#isDeposit}}Anzahlung{{/isDeposit}}{{#isGuarantee}}Kartengarantie{{/isGuarantee}}</td></tr>
<tr><th scope="row">Betrag</th><td>{{amount}}</td></tr>
<tr><th scope="row">Aufenthalt</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
{{#transactionId}}<tr><th scope="row">Transaktion</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Zeitpunkt</th><td>{{paidAt}} Uhr</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Reservierung öffnen</a></p>{{/url}}
`;

export const text = `
Guten Tag,

{{#isDeposit}}für die Reservierung {{reservationId}} ({{guestFormalName}}) ist eine Zahlung von {{amount}} eingegangen, obwohl die Reservierung nicht mehr auf Option steht{{#wasExpired}}: Die Option ist abgelaufen{{/wasExpired}}{{#wasCancelled}}: Die Reservierung wurde storniert{{/wasCancelled}}{{#otherStatus}}: Der Status lautet „{{otherStatus}}“{{/otherStatus}}. Der Betrag wurde dem Gast belastet, die Reservierung wurde jedoch nicht bestätigt, und der Gast hat von uns keine Bestätigung erhalten.

Was ist zu tun? Bitte reaktivieren Sie entweder die Reservierung in Ihrem PMS, sofern Sie sie noch annehmen können, oder erstatten Sie dem Gast die Zahlung über die Erstattungsfunktion Ihres PMS{{#transactionId}} oder über die API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.{{/isDeposit}}{{#isGuarantee}}für die Reservierung {{reservationId}} ({{guestFormalName}}) wurde eine Karte als Garantie ({{amount}}) hinterlegt, obwohl die Reservierung nicht mehr auf Option steht{{#wasExpired}}: Die Option ist abgelaufen{{/wasExpired}}{{#wasCancelled}}: Die Reservierung wurde storniert{{/wasCancelled}}{{#otherStatus}}: Der Status lautet „{{otherStatus}}“{{/otherStatus}}. Es wurde kein Betrag belastet, und der Gast hat von uns keine Bestätigung erhalten.

Was ist zu tun? Wenn Sie die Reservierung noch annehmen können, reaktivieren Sie sie bitte in Ihrem PMS; andernfalls ist nichts zu erstatten. In beiden Fällen empfehlen wir Ihnen, den Gast zu informieren.{{/isGuarantee}}

Hotel: {{hotelName}}
Reservierung: {{reservationId}}
Gast: {{guestFormalName}}
{{#reservationStatus}}Status der Reservierung: {{#wasExpired}}Abgelaufen{{/wasExpired}}{{#wasCancelled}}Storniert{{/wasCancelled}}{{#otherStatus}}{{otherStatus}}{{/otherStatus}}
{{/reservationStatus}}Art: {{#isDeposit}}Anzahlung{{/isDeposit}}{{#isGuarantee}}Kartengarantie{{/isGuarantee}}
Betrag: {{amount}}
Aufenthalt: {{arrival}} → {{departure}} ({{nights}})
{{#transactionId}}Transaktion: {{transactionId}}
{{/transactionId}}{{#paidAt}}Zeitpunkt: {{paidAt}} Uhr
{{/paidAt}}
{{#url}}Reservierung öffnen:
{{url}}{{/url}}
`;
