export const subject = 'Depósito para confirmar su reserva – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>Le agradecemos su reserva, que actualmente mantenemos en opción. Para confirmarla, le rogamos que abone un depósito de <strong>{{amount}}</strong>{{#partial}} (sobre un total de {{total}}){{/partial}}{{^partial}} (el importe total de su estancia){{/partial}} a través de nuestra página de pago segura.</p>
{{#deadline}}<p>Le rogamos que realice el pago antes del <strong>{{deadline}}</strong> (hora local del hotel); pasado este plazo, lamentablemente no podremos mantener su reserva.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Llegada</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Salida</th><td>{{departure}}</td></tr>
<tr><th scope="row">Estancia</th><td>{{nights}}</td></tr>
<tr><th scope="row">Depósito</th><td>{{amount}}</td></tr>
<tr><th scope="row">Importe total</th><td>{{total}}</td></tr>
<tr><th scope="row">N.º de reserva</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Pagar el depósito</a></p>
<p class="muted">Si el botón no funciona, copie este enlace en su navegador: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Si tiene cualquier pregunta, puede escribirnos a <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Será un placer recibirle.</p>
<p>Un cordial saludo,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

Le agradecemos su reserva, que actualmente mantenemos en opción. Para confirmarla, le rogamos que abone un depósito de {{amount}}{{#partial}} (sobre un total de {{total}}){{/partial}}{{^partial}} (el importe total de su estancia){{/partial}} a través de nuestra página de pago segura.

{{#deadline}}Le rogamos que realice el pago antes del {{deadline}} (hora local del hotel); pasado este plazo, lamentablemente no podremos mantener su reserva.{{/deadline}}

Hotel: {{hotelName}}
Llegada: {{arrival}}
Salida: {{departure}}
Estancia: {{nights}}
Depósito: {{amount}}
Importe total: {{total}}
N.º de reserva: {{reservationId}}

{{#url}}Para pagar el depósito, abra este enlace:
{{url}}{{/url}}

Si tiene cualquier pregunta, puede escribirnos a {{hotelEmail}}. Será un placer recibirle.

Un cordial saludo,
{{hotelName}}
`;
