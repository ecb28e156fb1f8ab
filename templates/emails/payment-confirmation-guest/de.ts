// After "Sehr geehrte Frau Müller," German letters continue in lower case.
export const subject = 'Ihre Reservierung ist bestätigt – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
{{#isDeposit}}<p>vielen Dank für Ihre Zahlung von <strong>{{amount}}</strong>, die wir erhalten haben. Ihre Reservierung ist damit verbindlich bestätigt.</p>{{/isDeposit}}
{{#isGuarantee}}<p>vielen Dank: Ihre Kreditkarte wurde als Garantie hinterlegt und Ihre Reservierung ist damit bestätigt. Ihre Karte wurde nicht belastet.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Anreise</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Abreise</th><td>{{departure}}</td></tr>
<tr><th scope="row">Aufenthalt</th><td>{{nights}}</td></tr>
{{#isDeposit}}<tr><th scope="row">Geleistete Anzahlung</th><td>{{amount}}</td></tr>
<tr><th scope="row">Gesamtbetrag</th><td>{{total}}</td></tr>{{/isDeposit}}
{{#isGuarantee}}<tr><th scope="row">Garantiebetrag</th><td>{{amount}}</td></tr>{{/isGuarantee}}
<tr><th scope="row">Reservierungsnummer</th><td>{{reservationId}}</td></tr>
{{#transactionId}}<tr><th scope="row">Transaktionsnummer</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Datum</th><td>{{paidAt}} Uhr</td></tr>{{/paidAt}}
</table>
{{#url}}<p>Die Details Ihrer Reservierung finden Sie jederzeit hier: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Bei Fragen erreichen Sie uns jederzeit unter <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Wir freuen uns darauf, Sie bald bei uns begrüßen zu dürfen.</p>
<p>Mit freundlichen Grüßen<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

{{#isDeposit}}vielen Dank für Ihre Zahlung von {{amount}}, die wir erhalten haben. Ihre Reservierung ist damit verbindlich bestätigt.{{/isDeposit}}{{#isGuarantee}}vielen Dank: Ihre Kreditkarte wurde als Garantie hinterlegt und Ihre Reservierung ist damit bestätigt. Ihre Karte wurde nicht belastet.{{/isGuarantee}}

Hotel: {{hotelName}}
Anreise: {{arrival}}
Abreise: {{departure}}
Aufenthalt: {{nights}}
{{#isDeposit}}Geleistete Anzahlung: {{amount}}
Gesamtbetrag: {{total}}
{{/isDeposit}}{{#isGuarantee}}Garantiebetrag: {{amount}}
{{/isGuarantee}}Reservierungsnummer: {{reservationId}}
{{#transactionId}}Transaktionsnummer: {{transactionId}}
{{/transactionId}}{{#paidAt}}Datum: {{paidAt}} Uhr
{{/paidAt}}
{{#url}}Die Details Ihrer Reservierung finden Sie jederzeit hier:
{{url}}{{/url}}

Bei Fragen erreichen Sie uns jederzeit unter {{hotelEmail}}. Wir freuen uns darauf, Sie bald bei uns begrüßen zu dürfen.

Mit freundlichen Grüßen
{{hotelName}}
`;
