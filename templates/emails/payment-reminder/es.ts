// A reminder of a guarantee or deposit request that is still open; same data as the request.
export const subject = 'Recordatorio: {{#isGuarantee}}garantice su reserva{{/isGuarantee}}{{#isDeposit}}depósito para confirmar su reserva{{/isDeposit}} – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
{{#isGuarantee}}<p>Le recordamos que su reserva sigue en opción y que aún no hemos recibido la garantía con tarjeta necesaria para confirmarla. Puede registrar su tarjeta en unos instantes en nuestra página de pago segura.</p>
<p><strong>No se realizará ningún cargo ahora.</strong> Su tarjeta quedará registrada únicamente como garantía por un importe de {{amount}}, de acuerdo con las condiciones de su reserva.</p>{{/isGuarantee}}
{{#isDeposit}}<p>Le recordamos que su reserva sigue en opción y que aún no hemos recibido el depósito de <strong>{{amount}}</strong>{{#partial}} (sobre un total de {{total}}){{/partial}}{{^partial}} (el importe total de su estancia){{/partial}} necesario para confirmarla. Puede abonarlo en unos instantes a través de nuestra página de pago segura.</p>{{/isDeposit}}
{{#deadline}}<p>Le rogamos que lo haga antes del <strong>{{deadline}}</strong> (hora local del hotel); pasado este plazo, lamentablemente no podremos mantener su reserva.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Llegada</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Salida</th><td>{{departure}}</td></tr>
<tr><th scope="row">Estancia</th><td>{{nights}}</td></tr>
{{#isGuarantee}}<tr><th scope="row">Importe garantizado</th><td>{{amount}}</td></tr>{{/isGuarantee}}
{{#isDeposit}}<tr><th scope="row">Depósito</th><td>{{amount}}</td></tr>
<tr><th scope="row">Importe total</th><td>{{total}}</td></tr>{{/isDeposit}}
<tr><th scope="row">N.º de reserva</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">{{#isGuarantee}}Garantizar mi reserva{{/isGuarantee}}{{#isDeposit}}Pagar el depósito{{/isDeposit}}</a></p>
<p class="muted">Si el botón no funciona, copie este enlace en su navegador: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Si ya ha {{#isGuarantee}}registrado su tarjeta{{/isGuarantee}}{{#isDeposit}}abonado el depósito{{/isDeposit}}, no tenga en cuenta este mensaje.</p>
<p>Si tiene cualquier pregunta, puede escribirnos a <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Será un placer recibirle.</p>
<p>Un cordial saludo,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

{{#isGuarantee}}Le recordamos que su reserva sigue en opción y que aún no hemos recibido la garantía con tarjeta necesaria para confirmarla. Puede registrar su tarjeta en unos instantes en nuestra página de pago segura.

No se realizará ningún cargo ahora. Su tarjeta quedará registrada únicamente como garantía por un importe de {{amount}}, de acuerdo con las condiciones de su reserva.{{/isGuarantee}}{{#isDeposit}}Le recordamos que su reserva sigue en opción y que aún no hemos recibido el depósito de {{amount}}{{#partial}} (sobre un total de {{total}}){{/partial}}{{^partial}} (el importe total de su estancia){{/partial}} necesario para confirmarla. Puede abonarlo en unos instantes a través de nuestra página de pago segura.{{/isDeposit}}

{{#deadline}}Le rogamos que lo haga antes del {{deadline}} (hora local del hotel); pasado este plazo, lamentablemente no podremos mantener su reserva.{{/deadline}}

Hotel: {{hotelName}}
Llegada: {{arrival}}
Salida: {{departure}}
Estancia: {{nights}}
{{#isGuarantee}}Importe garantizado: {{amount}}
{{/isGuarantee}}{{#isDeposit}}Depósito: {{amount}}
Importe total: {{total}}
{{/isDeposit}}N.º de reserva: {{reservationId}}

{{#url}}{{#isGuarantee}}Para garantizar su reserva{{/isGuarantee}}{{#isDeposit}}Para pagar el depósito{{/isDeposit}}, abra este enlace:
{{url}}{{/url}}

Si ya ha {{#isGuarantee}}registrado su tarjeta{{/isGuarantee}}{{#isDeposit}}abonado el depósito{{/isDeposit}}, no tenga en cuenta este mensaje.

Si tiene cualquier pregunta, puede escribirnos a {{hotelEmail}}. Será un placer recibirle.

Un cordial saludo,
{{hotelName}}
`;
