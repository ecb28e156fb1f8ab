// To the guest (reply-to the hotel), in the guest's language: a refund went through.
export const subject = 'Su reembolso de {{amount}} – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>Le confirmamos el reembolso de <strong>{{amount}}</strong> correspondiente a su reserva.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Llegada</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Salida</th><td>{{departure}}</td></tr>
<tr><th scope="row">Estancia</th><td>{{nights}}</td></tr>
<tr><th scope="row">Importe reembolsado</th><td>{{amount}}</td></tr>
<tr><th scope="row">N.º de reserva</th><td>{{reservationId}}</td></tr>
{{#completedAt}}<tr><th scope="row">Fecha</th><td>{{completedAt}}</td></tr>{{/completedAt}}
</table>
<p>El importe se abonará en la tarjeta con la que realizó el pago. Según su banco, puede tardar unos días hábiles en aparecer en su extracto.</p>
{{#url}}<p>Puede consultar los detalles de su reserva en cualquier momento aquí: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Si tiene cualquier pregunta, puede escribirnos a <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>.</p>
<p>Un cordial saludo,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

Le confirmamos el reembolso de {{amount}} correspondiente a su reserva.

Hotel: {{hotelName}}
Llegada: {{arrival}}
Salida: {{departure}}
Estancia: {{nights}}
Importe reembolsado: {{amount}}
N.º de reserva: {{reservationId}}
{{#completedAt}}Fecha: {{completedAt}}
{{/completedAt}}
El importe se abonará en la tarjeta con la que realizó el pago. Según su banco, puede tardar unos días hábiles en aparecer en su extracto.

{{#url}}Puede consultar los detalles de su reserva en cualquier momento aquí:
{{url}}{{/url}}

Si tiene cualquier pregunta, puede escribirnos a {{hotelEmail}}.

Un cordial saludo,
{{hotelName}}
`;
