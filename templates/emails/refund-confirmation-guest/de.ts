// To the guest (reply-to the hotel), in the guest's language: a refund went through.
// After "Sehr geehrte Frau Müller," German letters continue in lower case.
export const subject = 'Ihre Erstattung über {{amount}} – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>wir haben Ihnen für Ihre Reservierung <strong>{{amount}}</strong> erstattet.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Anreise</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Abreise</th><td>{{departure}}</td></tr>
<tr><th scope="row">Aufenthalt</th><td>{{nights}}</td></tr>
<tr><th scope="row">Erstatteter Betrag</th><td>{{amount}}</td></tr>
<tr><th scope="row">Reservierungsnummer</th><td>{{reservationId}}</td></tr>
{{#completedAt}}<tr><th scope="row">Datum</th><td>{{completedAt}} Uhr</td></tr>{{/completedAt}}
</table>
<p>Der Betrag wird der Karte gutgeschrieben, mit der Sie bezahlt haben. Je nach Bank kann es einige Werktage dauern, bis die Gutschrift auf Ihrer Abrechnung erscheint.</p>
{{#url}}<p>Die Details Ihrer Reservierung finden Sie jederzeit hier: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Bei Fragen erreichen Sie uns jederzeit unter <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>.</p>
<p>Mit freundlichen Grüßen<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

wir haben Ihnen für Ihre Reservierung {{amount}} erstattet.

Hotel: {{hotelName}}
Anreise: {{arrival}}
Abreise: {{departure}}
Aufenthalt: {{nights}}
Erstatteter Betrag: {{amount}}
Reservierungsnummer: {{reservationId}}
{{#completedAt}}Datum: {{completedAt}} Uhr
{{/completedAt}}
Der Betrag wird der Karte gutgeschrieben, mit der Sie bezahlt haben. Je nach Bank kann es einige Werktage dauern, bis die Gutschrift auf Ihrer Abrechnung erscheint.

{{#url}}Die Details Ihrer Reservierung finden Sie jederzeit hier:
{{url}}{{/url}}

Bei Fragen erreichen Sie uns jederzeit unter {{hotelEmail}}.

Mit freundlichen Grüßen
{{hotelName}}
`;
