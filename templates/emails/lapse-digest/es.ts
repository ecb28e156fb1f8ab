// To the hotel (front desk), in its default language: the options one sweep handled.
// `row` and `item` are rendered once per option and joined into {{{rows}}} (see LapseDigestTemplate).
export const subject = '{{count}} {{#single}}opción vencida{{/single}}{{^single}}opciones vencidas{{/single}} – {{hotelName}}';

export const html = `
<p>Hola:</p>
<p>{{#single}}En {{hotelName}}, la siguiente opción ha vencido sin que se haya recibido la garantía con tarjeta ni el depósito.{{/single}}{{^single}}En {{hotelName}}, las siguientes {{count}} opciones han vencido sin que se haya recibido la garantía con tarjeta ni el depósito.{{/single}}</p>
<table class="details">
{{{rows}}}
</table>
`;

export const text = `
Hola:

{{#single}}En {{hotelName}}, la siguiente opción ha vencido sin que se haya recibido la garantía con tarjeta ni el depósito.{{/single}}{{^single}}En {{hotelName}}, las siguientes {{count}} opciones han vencido sin que se haya recibido la garantía con tarjeta ni el depósito.{{/single}}

{{{rows}}}
`;

export const row = `
<tbody>
<tr><th class="group" colspan="2" scope="rowgroup">Reserva {{reservationId}}</th></tr>
<tr><th scope="row">Cliente</th><td>{{guestName}}</td></tr>
<tr><th scope="row">Estancia</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Vencimiento de la opción</th><td>{{optionDeadline}}</td></tr>
<tr><th scope="row">Resultado</th><td>{{#isExpired}}Liberada: la reserva ha caducado.{{/isExpired}}{{#isReported}}Sigue en opción: su política es solo notificar; les rogamos que hagan el seguimiento.{{/isReported}}</td></tr>
</tbody>
`;

export const item = `
Reserva {{reservationId}}
Cliente: {{guestName}}
Estancia: {{arrival}} → {{departure}} ({{nights}})
Vencimiento de la opción: {{optionDeadline}}
{{#isExpired}}Liberada: la reserva ha caducado.{{/isExpired}}{{#isReported}}Sigue en opción: su política es solo notificar; les rogamos que hagan el seguimiento.{{/isReported}}
`;
