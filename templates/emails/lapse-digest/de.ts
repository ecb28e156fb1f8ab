// To the hotel (front desk), in its default language: the options one sweep handled.
// `row` and `item` are rendered once per option and joined into {{{rows}}} (see LapseDigestTemplate).
// After "Guten Tag," German letters continue in lower case.
export const subject = '{{count}} {{#single}}Option abgelaufen{{/single}}{{^single}}Optionen abgelaufen{{/single}} – {{hotelName}}';

export const html = `
<p>Guten Tag,</p>
<p>{{#single}}für {{hotelName}} ist die folgende Option abgelaufen, ohne dass eine Kartengarantie oder Anzahlung eingegangen ist.{{/single}}{{^single}}für {{hotelName}} sind die folgenden {{count}} Optionen abgelaufen, ohne dass eine Kartengarantie oder Anzahlung eingegangen ist.{{/single}}</p>
<table class="details">
{{{rows}}}
</table>
`;

export const text = `
Guten Tag,

{{#single}}für {{hotelName}} ist die folgende Option abgelaufen, ohne dass eine Kartengarantie oder Anzahlung eingegangen ist.{{/single}}{{^single}}für {{hotelName}} sind die folgenden {{count}} Optionen abgelaufen, ohne dass eine Kartengarantie oder Anzahlung eingegangen ist.{{/single}}

{{{rows}}}
`;

export const row = `
<tbody>
<tr><th class="group" colspan="2" scope="rowgroup">Reservierung {{reservationId}}</th></tr>
<tr><th scope="row">Gast</th><td>{{guestName}}</td></tr>
<tr><th scope="row">Aufenthalt</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Optionsfrist</th><td>{{optionDeadline}} Uhr</td></tr>
<tr><th scope="row">Ergebnis</th><td>{{#isExpired}}Freigegeben: Die Reservierung ist nun abgelaufen.{{/isExpired}}{{#isReported}}Weiterhin auf Option: Ihre Regel sieht nur eine Meldung vor; bitte fassen Sie nach.{{/isReported}}</td></tr>
</tbody>
`;

export const item = `
Reservierung {{reservationId}}
Gast: {{guestName}}
Aufenthalt: {{arrival}} → {{departure}} ({{nights}})
Optionsfrist: {{optionDeadline}} Uhr
{{#isExpired}}Freigegeben: Die Reservierung ist nun abgelaufen.{{/isExpired}}{{#isReported}}Weiterhin auf Option: Ihre Regel sieht nur eine Meldung vor; bitte fassen Sie nach.{{/isReported}}
`;
