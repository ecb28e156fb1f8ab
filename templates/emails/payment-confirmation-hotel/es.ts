// To the hotel (front desk), in its default language.
export const subject = '{{#isDeposit}}Depósito recibido{{/isDeposit}}{{#isGuarantee}}Garantía con tarjeta registrada{{/isGuarantee}} – reserva {{reservationId}}, {{guestName}}';

export const html = `
<p>Hola:</p>
{{#isDeposit}}<p>Se ha recibido en línea un depósito de <strong>{{amount}}</strong> para la reserva <strong>{{reservationId}}</strong>. La reserva queda confirmada.</p>{{/isDeposit}}
{{#isGuarantee}}<p>Se ha registrado una tarjeta como garantía ({{amount}}) para la reserva <strong>{{reservationId}}</strong>. La reserva queda confirmada; no se ha realizado ningún cargo.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Reserva</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Cliente</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Tipo</th><td>{{#isDeposit}}Depósito{{/isDeposit}}{{#isGuarantee}}Garantía con tarjeta{{/isGuarantee}}</td></tr>
<tr><th scope="row">Importe</th><td>{{amount}}</td></tr>
<tr><th scope="row">Importe total</th><td>{{total}}</td></tr>
<tr><th scope="row">Estancia</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
{{#transactionId}}<tr><th scope="row">Transacción</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Fecha y hora</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Ver la reserva</a></p>{{/url}}
`;

export const text = `
Hola:

{{#isDeposit}}Se ha recibido en línea un depósito de {{amount}} para la reserva {{reservationId}}. La reserva queda confirmada.{{/isDeposit}}{{#isGuarantee}}Se ha registrado una tarjeta como garantía ({{amount}}) para la reserva {{reservationId}}. La reserva queda confirmada; no se ha realizado ningún cargo.{{/isGuarantee}}

Hotel: {{hotelName}}
Reserva: {{reservationId}}
Cliente: {{guestFormalName}}
Tipo: {{#isDeposit}}Depósito{{/isDeposit}}{{#isGuarantee}}Garantía con tarjeta{{/isGuarantee}}
Importe: {{amount}}
Importe total: {{total}}
Estancia: {{arrival}} → {{departure}} ({{nights}})
{{#transactionId}}Transacción: {{transactionId}}
{{/transactionId}}{{#paidAt}}Fecha y hora: {{paidAt}}
{{/paidAt}}
{{#url}}Ver la reserva:
{{url}}{{/url}}
`;
