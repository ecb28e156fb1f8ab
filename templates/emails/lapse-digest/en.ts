// To the hotel (front desk), in its default language: the options one sweep handled.
// `row` and `item` are rendered once per option and joined into {{{rows}}} (see LapseDigestTemplate).
export const subject = '{{count}} {{#single}}option lapsed{{/single}}{{^single}}options lapsed{{/single}} – {{hotelName}}';

export const html = `
<p>Hello,</p>
<p>{{#single}}At {{hotelName}}, the option below has reached its deadline without a card guarantee or deposit being received.{{/single}}{{^single}}At {{hotelName}}, the {{count}} options below have reached their deadline without a card guarantee or deposit being received.{{/single}}</p>
<table class="details">
{{{rows}}}
</table>
`;

export const text = `
Hello,

{{#single}}At {{hotelName}}, the option below has reached its deadline without a card guarantee or deposit being received.{{/single}}{{^single}}At {{hotelName}}, the {{count}} options below have reached their deadline without a card guarantee or deposit being received.{{/single}}

{{{rows}}}
`;

export const row = `
<tbody>
<tr><th class="group" colspan="2" scope="rowgroup">Booking {{reservationId}}</th></tr>
<tr><th scope="row">Guest</th><td>{{guestName}}</td></tr>
<tr><th scope="row">Stay</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Option deadline</th><td>{{optionDeadline}}</td></tr>
<tr><th scope="row">Outcome</th><td>{{#isExpired}}Released: the reservation is now expired.{{/isExpired}}{{#isReported}}Still on option: your policy is to report only; please follow up.{{/isReported}}</td></tr>
</tbody>
`;

export const item = `
Booking {{reservationId}}
Guest: {{guestName}}
Stay: {{arrival}} → {{departure}} ({{nights}})
Option deadline: {{optionDeadline}}
{{#isExpired}}Released: the reservation is now expired.{{/isExpired}}{{#isReported}}Still on option: your policy is to report only; please follow up.{{/isReported}}
`;
