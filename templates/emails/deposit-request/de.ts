// After "Sehr geehrte Frau Müller," German letters continue in lower case.
export const subject = 'Anzahlung für Ihre Reservierung – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>vielen Dank für Ihre Reservierung, die wir derzeit als Option für Sie bereithalten. Um sie verbindlich zu bestätigen, bitten wir Sie um eine Anzahlung von <strong>{{amount}}</strong>{{#partial}} (bei einem Gesamtbetrag von {{total}}){{/partial}}{{^partial}} (dies entspricht dem Gesamtbetrag Ihres Aufenthalts){{/partial}} über unsere sichere Zahlungsseite.</p>
{{#deadline}}<p>Bitte leisten Sie die Anzahlung bis zum <strong>{{deadline}} Uhr</strong> (Ortszeit des Hotels). Danach können wir Ihre Reservierung leider nicht länger für Sie freihalten.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Anreise</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Abreise</th><td>{{departure}}</td></tr>
<tr><th scope="row">Aufenthalt</th><td>{{nights}}</td></tr>
<tr><th scope="row">Anzahlung</th><td>{{amount}}</td></tr>
<tr><th scope="row">Gesamtbetrag</th><td>{{total}}</td></tr>
<tr><th scope="row">Reservierungsnummer</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Anzahlung leisten</a></p>
<p class="muted">Falls die Schaltfläche nicht funktioniert, kopieren Sie bitte diesen Link in Ihren Browser: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Bei Fragen erreichen Sie uns jederzeit unter <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Wir freuen uns auf Ihren Besuch.</p>
<p>Mit freundlichen Grüßen<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

vielen Dank für Ihre Reservierung, die wir derzeit als Option für Sie bereithalten. Um sie verbindlich zu bestätigen, bitten wir Sie um eine Anzahlung von {{amount}}{{#partial}} (bei einem Gesamtbetrag von {{total}}){{/partial}}{{^partial}} (dies entspricht dem Gesamtbetrag Ihres Aufenthalts){{/partial}} über unsere sichere Zahlungsseite.

{{#deadline}}Bitte leisten Sie die Anzahlung bis zum {{deadline}} Uhr (Ortszeit des Hotels). Danach können wir Ihre Reservierung leider nicht länger für Sie freihalten.{{/deadline}}

Hotel: {{hotelName}}
Anreise: {{arrival}}
Abreise: {{departure}}
Aufenthalt: {{nights}}
Anzahlung: {{amount}}
Gesamtbetrag: {{total}}
Reservierungsnummer: {{reservationId}}

{{#url}}Zur Anzahlung öffnen Sie bitte diesen Link:
{{url}}{{/url}}

Bei Fragen erreichen Sie uns jederzeit unter {{hotelEmail}}. Wir freuen uns auf Ihren Besuch.

Mit freundlichen Grüßen
{{hotelName}}
`;
