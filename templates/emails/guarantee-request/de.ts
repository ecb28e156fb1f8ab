// After "Sehr geehrte Frau Müller," German letters continue in lower case.
export const subject = 'Garantie für Ihre Reservierung – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>vielen Dank für Ihre Reservierung, die wir derzeit als Option für Sie bereithalten. Um sie zu garantieren, hinterlegen Sie bitte eine Kreditkarte auf unserer sicheren Zahlungsseite.</p>
<p><strong>Ihre Karte wird jetzt nicht belastet.</strong> Sie dient lediglich als Garantie in Höhe von {{amount}} gemäß den Bedingungen Ihrer Reservierung.</p>
{{#deadline}}<p>Bitte hinterlegen Sie Ihre Karte bis zum <strong>{{deadline}} Uhr</strong> (Ortszeit des Hotels). Danach können wir Ihre Reservierung leider nicht länger für Sie freihalten.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Anreise</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Abreise</th><td>{{departure}}</td></tr>
<tr><th scope="row">Aufenthalt</th><td>{{nights}}</td></tr>
<tr><th scope="row">Garantiebetrag</th><td>{{amount}}</td></tr>
<tr><th scope="row">Reservierungsnummer</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Reservierung garantieren</a></p>
<p class="muted">Falls die Schaltfläche nicht funktioniert, kopieren Sie bitte diesen Link in Ihren Browser: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Bei Fragen erreichen Sie uns jederzeit unter <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Wir freuen uns auf Ihren Besuch.</p>
<p>Mit freundlichen Grüßen<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

vielen Dank für Ihre Reservierung, die wir derzeit als Option für Sie bereithalten. Um sie zu garantieren, hinterlegen Sie bitte eine Kreditkarte auf unserer sicheren Zahlungsseite.

Ihre Karte wird jetzt nicht belastet. Sie dient lediglich als Garantie in Höhe von {{amount}} gemäß den Bedingungen Ihrer Reservierung.

{{#deadline}}Bitte hinterlegen Sie Ihre Karte bis zum {{deadline}} Uhr (Ortszeit des Hotels). Danach können wir Ihre Reservierung leider nicht länger für Sie freihalten.{{/deadline}}

Hotel: {{hotelName}}
Anreise: {{arrival}}
Abreise: {{departure}}
Aufenthalt: {{nights}}
Garantiebetrag: {{amount}}
Reservierungsnummer: {{reservationId}}

{{#url}}Zur Garantie Ihrer Reservierung öffnen Sie bitte diesen Link:
{{url}}{{/url}}

Bei Fragen erreichen Sie uns jederzeit unter {{hotelEmail}}. Wir freuen uns auf Ihren Besuch.

Mit freundlichen Grüßen
{{hotelName}}
`;
