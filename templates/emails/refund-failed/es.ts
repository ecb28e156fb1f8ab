// To the hotel (front desk), in its default language: the PSP refused a refund for good.
export const subject = 'Reembolso rechazado – reserva {{reservationId}}, {{guestName}}';

export const html = `
<p>Hola:</p>
<p>Su proveedor de pagos ha rechazado el reembolso de <strong>{{amount}}</strong> de la reserva <strong>{{reservationId}}</strong> ({{guestFormalName}}). No se ha devuelto ningún importe al cliente.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Reserva</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Cliente</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Estancia</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Importe del reembolso</th><td>{{amount}}</td></tr>
{{#parentTransactionId}}<tr><th scope="row">Pago afectado</th><td>{{parentTransactionId}}</td></tr>{{/parentTransactionId}}
{{#transactionId}}<tr><th scope="row">Referencia del reembolso</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#reason}}<tr><th scope="row">Motivo indicado</th><td>{{reason}}</td></tr>{{/reason}}
{{#pspCode}}<tr><th scope="row">Código del proveedor</th><td>{{pspCode}}</td></tr>{{/pspCode}}
{{#pspMessage}}<tr><th scope="row">Mensaje del proveedor</th><td>{{pspMessage}}</td></tr>{{/pspMessage}}
{{#completedAt}}<tr><th scope="row">Fecha y hora</th><td>{{completedAt}}</td></tr>{{/completedAt}}
</table>
<p><strong>¿Qué debe hacer?</strong> Le recomendamos que compruebe el pago{{#parentTransactionId}} {{parentTransactionId}}{{/parentTransactionId}} en el back office de su proveedor de pagos; es posible, por ejemplo, que ya figure allí como reembolsado o anulado. Si todavía hay que reembolsar al cliente, vuelva a solicitar el reembolso desde su PMS o directamente en el back office: el importe vuelve a estar disponible para reembolsarlo.</p>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Ver la reserva</a></p>{{/url}}
`;

export const text = `
Hola:

Su proveedor de pagos ha rechazado el reembolso de {{amount}} de la reserva {{reservationId}} ({{guestFormalName}}). No se ha devuelto ningún importe al cliente.

Hotel: {{hotelName}}
Reserva: {{reservationId}}
Cliente: {{guestFormalName}}
Estancia: {{arrival}} → {{departure}} ({{nights}})
Importe del reembolso: {{amount}}
{{#parentTransactionId}}Pago afectado: {{parentTransactionId}}
{{/parentTransactionId}}{{#transactionId}}Referencia del reembolso: {{transactionId}}
{{/transactionId}}{{#reason}}Motivo indicado: {{reason}}
{{/reason}}{{#pspCode}}Código del proveedor: {{pspCode}}
{{/pspCode}}{{#pspMessage}}Mensaje del proveedor: {{pspMessage}}
{{/pspMessage}}{{#completedAt}}Fecha y hora: {{completedAt}}
{{/completedAt}}
¿Qué debe hacer? Le recomendamos que compruebe el pago{{#parentTransactionId}} {{parentTransactionId}}{{/parentTransactionId}} en el back office de su proveedor de pagos; es posible, por ejemplo, que ya figure allí como reembolsado o anulado. Si todavía hay que reembolsar al cliente, vuelva a solicitar el reembolso desde su PMS o directamente en el back office: el importe vuelve a estar disponible para reembolsarlo.

{{#url}}Ver la reserva:
{{url}}{{/url}}
`;
