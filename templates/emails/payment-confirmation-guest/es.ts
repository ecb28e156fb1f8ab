export const subject = 'Su reserva está confirmada – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
{{#isDeposit}}<p>Le confirmamos que hemos recibido su pago de <strong>{{amount}}</strong>. Muchas gracias: su reserva ya está confirmada.</p>{{/isDeposit}}
{{#isGuarantee}}<p>Le confirmamos que su tarjeta ha quedado registrada como garantía de su reserva, que ya está confirmada. No se ha realizado ningún cargo.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Llegada</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Salida</th><td>{{departure}}</td></tr>
<tr><th scope="row">Estancia</th><td>{{nights}}</td></tr>
{{#isDeposit}}<tr><th scope="row">Depósito abonado</th><td>{{amount}}</td></tr>
<tr><th scope="row">Importe total</th><td>{{total}}</td></tr>{{/isDeposit}}
{{#isGuarantee}}<tr><th scope="row">Importe garantizado</th><td>{{amount}}</td></tr>{{/isGuarantee}}
<tr><th scope="row">N.º de reserva</th><td>{{reservationId}}</td></tr>
{{#transactionId}}<tr><th scope="row">N.º de transacción</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Fecha</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p>Puede consultar los detalles de su reserva en cualquier momento aquí: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Si tiene cualquier pregunta, puede escribirnos a <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Estaremos encantados de recibirle muy pronto.</p>
<p>Un cordial saludo,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

{{#isDeposit}}Le confirmamos que hemos recibido su pago de {{amount}}. Muchas gracias: su reserva ya está confirmada.{{/isDeposit}}{{#isGuarantee}}Le confirmamos que su tarjeta ha quedado registrada como garantía de su reserva, que ya está confirmada. No se ha realizado ningún cargo.{{/isGuarantee}}

Hotel: {{hotelName}}
Llegada: {{arrival}}
Salida: {{departure}}
Estancia: {{nights}}
{{#isDeposit}}Depósito abonado: {{amount}}
Importe total: {{total}}
{{/isDeposit}}{{#isGuarantee}}Importe garantizado: {{amount}}
{{/isGuarantee}}N.º de reserva: {{reservationId}}
{{#transactionId}}N.º de transacción: {{transactionId}}
{{/transactionId}}{{#paidAt}}Fecha: {{paidAt}}
{{/paidAt}}
{{#url}}Puede consultar los detalles de su reserva en cualquier momento aquí:
{{url}}{{/url}}

Si tiene cualquier pregunta, puede escribirnos a {{hotelEmail}}. Estaremos encantados de recibirle muy pronto.

Un cordial saludo,
{{hotelName}}
`;
