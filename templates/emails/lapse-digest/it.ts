// To the hotel (front desk), in its default language: the options one sweep handled.
// `row` and `item` are rendered once per option and joined into {{{rows}}} (see LapseDigestTemplate).
export const subject = '{{count}} {{#single}}opzione scaduta{{/single}}{{^single}}opzioni scadute{{/single}} – {{hotelName}}';

export const html = `
<p>Buongiorno,</p>
<p>{{#single}}Presso {{hotelName}}, la seguente opzione è scaduta senza garanzia con carta né versamento della caparra.{{/single}}{{^single}}Presso {{hotelName}}, le seguenti {{count}} opzioni sono scadute senza garanzia con carta né versamento della caparra.{{/single}}</p>
<table class="details">
{{{rows}}}
</table>
`;

export const text = `
Buongiorno,

{{#single}}Presso {{hotelName}}, la seguente opzione è scaduta senza garanzia con carta né versamento della caparra.{{/single}}{{^single}}Presso {{hotelName}}, le seguenti {{count}} opzioni sono scadute senza garanzia con carta né versamento della caparra.{{/single}}

{{{rows}}}
`;

export const row = `
<tbody>
<tr><th class="group" colspan="2" scope="rowgroup">Prenotazione {{reservationId}}</th></tr>
<tr><th scope="row">Ospite</th><td>{{guestName}}</td></tr>
<tr><th scope="row">Soggiorno</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Scadenza dell'opzione</th><td>{{optionDeadline}}</td></tr>
<tr><th scope="row">Esito</th><td>{{#isExpired}}Liberata: la prenotazione è ora scaduta.{{/isExpired}}{{#isReported}}Ancora in opzione: la vostra regola prevede solo la segnalazione; vi preghiamo di occuparvene.{{/isReported}}</td></tr>
</tbody>
`;

export const item = `
Prenotazione {{reservationId}}
Ospite: {{guestName}}
Soggiorno: {{arrival}} → {{departure}} ({{nights}})
Scadenza dell'opzione: {{optionDeadline}}
{{#isExpired}}Liberata: la prenotazione è ora scaduta.{{/isExpired}}{{#isReported}}Ancora in opzione: la vostra regola prevede solo la segnalazione; vi preghiamo di occuparvene.{{/isReported}}
`;
