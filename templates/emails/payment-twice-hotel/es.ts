// To the hotel (front desk), in its default language: a second payment arrived on a request
// already paid (two tabs, two cards). The guest paid twice; refunding the second one is suggested.
export const subject = 'Segundo pago recibido – reserva {{reservationId}}, {{guestName}}';

export const html = `
<p>Hola:</p>
<p>Se ha recibido un segundo pago de <strong>{{amount}}</strong> para la reserva <strong>{{reservationId}}</strong> ({{guestFormalName}}), cuya solicitud de pago ya estaba abonada{{#firstTransactionId}} (transacción {{firstTransactionId}}){{/firstTransactionId}}. Por lo tanto, el cliente ha pagado dos veces.</p>
<p><strong>¿Qué debe hacer?</strong> Le recomendamos que reembolse este segundo pago al cliente, con el botón de reembolso de su PMS{{#transactionId}} o a través de la API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Reserva</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Cliente</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Estancia</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Importe del segundo pago</th><td>{{amount}}</td></tr>
{{#transactionId}}<tr><th scope="row">Segundo pago</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#firstTransactionId}}<tr><th scope="row">Primer pago</th><td>{{firstTransactionId}}</td></tr>{{/firstTransactionId}}
{{#paidAt}}<tr><th scope="row">Fecha y hora</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Ver la reserva</a></p>{{/url}}
`;

export const text = `
Hola:

Se ha recibido un segundo pago de {{amount}} para la reserva {{reservationId}} ({{guestFormalName}}), cuya solicitud de pago ya estaba abonada{{#firstTransactionId}} (transacción {{firstTransactionId}}){{/firstTransactionId}}. Por lo tanto, el cliente ha pagado dos veces.

¿Qué debe hacer? Le recomendamos que reembolse este segundo pago al cliente, con el botón de reembolso de su PMS{{#transactionId}} o a través de la API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.

Hotel: {{hotelName}}
Reserva: {{reservationId}}
Cliente: {{guestFormalName}}
Estancia: {{arrival}} → {{departure}} ({{nights}})
Importe del segundo pago: {{amount}}
{{#transactionId}}Segundo pago: {{transactionId}}
{{/transactionId}}{{#firstTransactionId}}Primer pago: {{firstTransactionId}}
{{/firstTransactionId}}{{#paidAt}}Fecha y hora: {{paidAt}}
{{/paidAt}}
{{#url}}Ver la reserva:
{{url}}{{/url}}
`;
