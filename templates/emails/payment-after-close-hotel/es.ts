// To the hotel (front desk), in its default language: money (or a card guarantee) arrived for a
// reservation no longer on option. A deposit was charged and may be refunded; a guarantee charged nothing.
export const subject = '{{#isDeposit}}Pago recibido{{/isDeposit}}{{#isGuarantee}}Garantía con tarjeta recibida{{/isGuarantee}} tras el cierre de la opción – reserva {{reservationId}}, {{guestName}}';

export const html = `
<p>Hola:</p>
{{#isDeposit}}<p>Se ha recibido un pago de <strong>{{amount}}</strong> para la reserva <strong>{{reservationId}}</strong> ({{guestFormalName}}), que ya no está en opción{{#wasExpired}}: la opción ha vencido{{/wasExpired}}{{#wasCancelled}}: la reserva ha sido cancelada{{/wasCancelled}}{{#otherStatus}}: su estado es «{{otherStatus}}»{{/otherStatus}}. Se ha cobrado el importe al cliente, pero la reserva no se ha confirmado y el cliente no ha recibido ninguna confirmación por nuestra parte.</p>
<p><strong>¿Qué debe hacer?</strong> Le rogamos que restablezca la reserva en su PMS si todavía puede aceptarla o, de lo contrario, que reembolse el pago al cliente con el botón de reembolso de su PMS{{#transactionId}} o a través de la API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.</p>{{/isDeposit}}
{{#isGuarantee}}<p>Se ha registrado una tarjeta como garantía ({{amount}}) para la reserva <strong>{{reservationId}}</strong> ({{guestFormalName}}), que ya no está en opción{{#wasExpired}}: la opción ha vencido{{/wasExpired}}{{#wasCancelled}}: la reserva ha sido cancelada{{/wasCancelled}}{{#otherStatus}}: su estado es «{{otherStatus}}»{{/otherStatus}}. No se ha realizado ningún cargo y el cliente no ha recibido ninguna confirmación por nuestra parte.</p>
<p><strong>¿Qué debe hacer?</strong> Si todavía puede aceptar la reserva, le rogamos que la restablezca en su PMS; de lo contrario, no hay nada que reembolsar. En ambos casos, le recomendamos que informe al cliente.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Reserva</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Cliente</th><td>{{guestFormalName}}</td></tr>
{{#reservationStatus}}<tr><th scope="row">Estado de la reserva</th><td>{{#wasExpired}}Vencida{{/wasExpired}}{{#wasCancelled}}Cancelada{{/wasCancelled}}{{#otherStatus}}{{otherStatus}}{{/otherStatus}}</td></tr>{{/reservationStatus}}
<tr><th scope="row">Tipo</th><td>{{#isDeposit}}Depósito{{/isDeposit}}{{#isGuarantee}}Garantía con tarjeta{{/isGuarantee}}</td></tr>
<tr><th scope="row">Importe</th><td>{{amount}}</td></tr>
<tr><th scope="row">Estancia</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
{{#transactionId}}<tr><th scope="row">Transacción</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Fecha y hora</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Ver la reserva</a></p>{{/url}}
`;

export const text = `
Hola:

{{#isDeposit}}Se ha recibido un pago de {{amount}} para la reserva {{reservationId}} ({{guestFormalName}}), que ya no está en opción{{#wasExpired}}: la opción ha vencido{{/wasExpired}}{{#wasCancelled}}: la reserva ha sido cancelada{{/wasCancelled}}{{#otherStatus}}: su estado es «{{otherStatus}}»{{/otherStatus}}. Se ha cobrado el importe al cliente, pero la reserva no se ha confirmado y el cliente no ha recibido ninguna confirmación por nuestra parte.

¿Qué debe hacer? Le rogamos que restablezca la reserva en su PMS si todavía puede aceptarla o, de lo contrario, que reembolse el pago al cliente con el botón de reembolso de su PMS{{#transactionId}} o a través de la API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.{{/isDeposit}}{{#isGuarantee}}Se ha registrado una tarjeta como garantía ({{amount}}) para la reserva {{reservationId}} ({{guestFormalName}}), que ya no está en opción{{#wasExpired}}: la opción ha vencido{{/wasExpired}}{{#wasCancelled}}: la reserva ha sido cancelada{{/wasCancelled}}{{#otherStatus}}: su estado es «{{otherStatus}}»{{/otherStatus}}. No se ha realizado ningún cargo y el cliente no ha recibido ninguna confirmación por nuestra parte.

¿Qué debe hacer? Si todavía puede aceptar la reserva, le rogamos que la restablezca en su PMS; de lo contrario, no hay nada que reembolsar. En ambos casos, le recomendamos que informe al cliente.{{/isGuarantee}}

Hotel: {{hotelName}}
Reserva: {{reservationId}}
Cliente: {{guestFormalName}}
{{#reservationStatus}}Estado de la reserva: {{#wasExpired}}Vencida{{/wasExpired}}{{#wasCancelled}}Cancelada{{/wasCancelled}}{{#otherStatus}}{{otherStatus}}{{/otherStatus}}
{{/reservationStatus}}Tipo: {{#isDeposit}}Depósito{{/isDeposit}}{{#isGuarantee}}Garantía con tarjeta{{/isGuarantee}}
Importe: {{amount}}
Estancia: {{arrival}} → {{departure}} ({{nights}})
{{#transactionId}}Transacción: {{transactionId}}
{{/transactionId}}{{#paidAt}}Fecha y hora: {{paidAt}}
{{/paidAt}}
{{#url}}Ver la reserva:
{{url}}{{/url}}
`;
