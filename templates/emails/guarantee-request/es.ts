export const subject = 'Garantice su reserva – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>Le agradecemos su reserva, que actualmente mantenemos en opción. Para garantizarla, le rogamos que registre una tarjeta en nuestra página de pago segura.</p>
<p><strong>No se realizará ningún cargo ahora.</strong> Su tarjeta quedará registrada únicamente como garantía por un importe de {{amount}}, de acuerdo con las condiciones de su reserva.</p>
{{#deadline}}<p>Le rogamos que registre su tarjeta antes del <strong>{{deadline}}</strong> (hora local del hotel); pasado este plazo, lamentablemente no podremos mantener su reserva.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Llegada</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Salida</th><td>{{departure}}</td></tr>
<tr><th scope="row">Estancia</th><td>{{nights}}</td></tr>
<tr><th scope="row">Importe garantizado</th><td>{{amount}}</td></tr>
<tr><th scope="row">N.º de reserva</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Garantizar mi reserva</a></p>
<p class="muted">Si el botón no funciona, copie este enlace en su navegador: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Si tiene cualquier pregunta, puede escribirnos a <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Será un placer recibirle.</p>
<p>Un cordial saludo,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

Le agradecemos su reserva, que actualmente mantenemos en opción. Para garantizarla, le rogamos que registre una tarjeta en nuestra página de pago segura.

No se realizará ningún cargo ahora. Su tarjeta quedará registrada únicamente como garantía por un importe de {{amount}}, de acuerdo con las condiciones de su reserva.

{{#deadline}}Le rogamos que registre su tarjeta antes del {{deadline}} (hora local del hotel); pasado este plazo, lamentablemente no podremos mantener su reserva.{{/deadline}}

Hotel: {{hotelName}}
Llegada: {{arrival}}
Salida: {{departure}}
Estancia: {{nights}}
Importe garantizado: {{amount}}
N.º de reserva: {{reservationId}}

{{#url}}Para garantizar su reserva, abra este enlace:
{{url}}{{/url}}

Si tiene cualquier pregunta, puede escribirnos a {{hotelEmail}}. Será un placer recibirle.

Un cordial saludo,
{{hotelName}}
`;
