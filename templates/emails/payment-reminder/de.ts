// A reminder of a guarantee or deposit request that is still open; same data as the request.
// After "Sehr geehrte Frau Müller," German letters continue in lower case.
export const subject = 'Erinnerung: {{#isGuarantee}}Garantie{{/isGuarantee}}{{#isDeposit}}Anzahlung{{/isDeposit}} für Ihre Reservierung – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
{{#isGuarantee}}<p>gerne erinnern wir Sie daran, dass wir Ihre Reservierung weiterhin als Option für Sie bereithalten, die Kartengarantie zur Bestätigung jedoch noch aussteht. Sie können Ihre Kreditkarte in wenigen Augenblicken auf unserer sicheren Zahlungsseite hinterlegen.</p>
<p><strong>Ihre Karte wird jetzt nicht belastet.</strong> Sie dient lediglich als Garantie in Höhe von {{amount}} gemäß den Bedingungen Ihrer Reservierung.</p>{{/isGuarantee}}
{{#isDeposit}}<p>gerne erinnern wir Sie daran, dass wir Ihre Reservierung weiterhin als Option für Sie bereithalten, die Anzahlung von <strong>{{amount}}</strong>{{#partial}} (bei einem Gesamtbetrag von {{total}}){{/partial}}{{^partial}} (dies entspricht dem Gesamtbetrag Ihres Aufenthalts){{/partial}} zur Bestätigung jedoch noch aussteht. Sie können sie in wenigen Augenblicken über unsere sichere Zahlungsseite leisten.</p>{{/isDeposit}}
{{#deadline}}<p>Bitte erledigen Sie dies bis zum <strong>{{deadline}} Uhr</strong> (Ortszeit des Hotels). Danach können wir Ihre Reservierung leider nicht länger für Sie freihalten.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Anreise</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Abreise</th><td>{{departure}}</td></tr>
<tr><th scope="row">Aufenthalt</th><td>{{nights}}</td></tr>
{{#isGuarantee}}<tr><th scope="row">Garantiebetrag</th><td>{{amount}}</td></tr>{{/isGuarantee}}
{{#isDeposit}}<tr><th scope="row">Anzahlung</th><td>{{amount}}</td></tr>
<tr><th scope="row">Gesamtbetrag</th><td>{{total}}</td></tr>{{/isDeposit}}
<tr><th scope="row">Reservierungsnummer</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">{{#isGuarantee}}Reservierung garantieren{{/isGuarantee}}{{#isDeposit}}Anzahlung leisten{{/isDeposit}}</a></p>
<p class="muted">Falls die Schaltfläche nicht funktioniert, kopieren Sie bitte diesen Link in Ihren Browser: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Falls Sie {{#isGuarantee}}Ihre Karte bereits hinterlegt{{/isGuarantee}}{{#isDeposit}}die Anzahlung bereits geleistet{{/isDeposit}} haben, betrachten Sie diese Nachricht bitte als gegenstandslos.</p>
<p>Bei Fragen erreichen Sie uns jederzeit unter <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Wir freuen uns auf Ihren Besuch.</p>
<p>Mit freundlichen Grüßen<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

{{#isGuarantee}}gerne erinnern wir Sie daran, dass wir Ihre Reservierung weiterhin als Option für Sie bereithalten, die Kartengarantie zur Bestätigung jedoch noch aussteht. Sie können Ihre Kreditkarte in wenigen Augenblicken auf unserer sicheren Zahlungsseite hinterlegen.

Ihre Karte wird jetzt nicht belastet. Sie dient lediglich als Garantie in Höhe von {{amount}} gemäß den Bedingungen Ihrer Reservierung.{{/isGuarantee}}{{#isDeposit}}gerne erinnern wir Sie daran, dass wir Ihre Reservierung weiterhin als Option für Sie bereithalten, die Anzahlung von {{amount}}{{#partial}} (bei einem Gesamtbetrag von {{total}}){{/partial}}{{^partial}} (dies entspricht dem Gesamtbetrag Ihres Aufenthalts){{/partial}} zur Bestätigung jedoch noch aussteht. Sie können sie in wenigen Augenblicken über unsere sichere Zahlungsseite leisten.{{/isDeposit}}

{{#deadline}}Bitte erledigen Sie dies bis zum {{deadline}} Uhr (Ortszeit des Hotels). Danach können wir Ihre Reservierung leider nicht länger für Sie freihalten.{{/deadline}}

Hotel: {{hotelName}}
Anreise: {{arrival}}
Abreise: {{departure}}
Aufenthalt: {{nights}}
{{#isGuarantee}}Garantiebetrag: {{amount}}
{{/isGuarantee}}{{#isDeposit}}Anzahlung: {{amount}}
Gesamtbetrag: {{total}}
{{/isDeposit}}Reservierungsnummer: {{reservationId}}

{{#url}}{{#isGuarantee}}Zur Garantie Ihrer Reservierung{{/isGuarantee}}{{#isDeposit}}Zur Anzahlung{{/isDeposit}} öffnen Sie bitte diesen Link:
{{url}}{{/url}}

Falls Sie {{#isGuarantee}}Ihre Karte bereits hinterlegt{{/isGuarantee}}{{#isDeposit}}die Anzahlung bereits geleistet{{/isDeposit}} haben, betrachten Sie diese Nachricht bitte als gegenstandslos.

Bei Fragen erreichen Sie uns jederzeit unter {{hotelEmail}}. Wir freuen uns auf Ihren Besuch.

Mit freundlichen Grüßen
{{hotelName}}
`;
