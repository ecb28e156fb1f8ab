// "Caparra": the Italian term for a deposit that confirms a booking.
export const subject = 'Caparra per confermare la Sua prenotazione – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>La ringraziamo per la Sua prenotazione, attualmente in opzione. Per confermarla, La preghiamo di versare una caparra di <strong>{{amount}}</strong>{{#partial}} (su un totale di {{total}}){{/partial}}{{^partial}} (pari all'intero importo del soggiorno){{/partial}} tramite la nostra pagina di pagamento sicura.</p>
{{#deadline}}<p>La preghiamo di effettuare il pagamento entro il <strong>{{deadline}}</strong> (ora locale dell'hotel); trascorso tale termine, purtroppo non potremo più mantenere la Sua prenotazione.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrivo</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Partenza</th><td>{{departure}}</td></tr>
<tr><th scope="row">Soggiorno</th><td>{{nights}}</td></tr>
<tr><th scope="row">Caparra</th><td>{{amount}}</td></tr>
<tr><th scope="row">Importo totale</th><td>{{total}}</td></tr>
<tr><th scope="row">Numero di prenotazione</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Paga la caparra</a></p>
<p class="muted">Se il pulsante non funziona, copi questo link nel Suo browser: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Per qualsiasi domanda può scriverci a <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Saremo lieti di accoglierLa.</p>
<p>Cordiali saluti,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

La ringraziamo per la Sua prenotazione, attualmente in opzione. Per confermarla, La preghiamo di versare una caparra di {{amount}}{{#partial}} (su un totale di {{total}}){{/partial}}{{^partial}} (pari all'intero importo del soggiorno){{/partial}} tramite la nostra pagina di pagamento sicura.

{{#deadline}}La preghiamo di effettuare il pagamento entro il {{deadline}} (ora locale dell'hotel); trascorso tale termine, purtroppo non potremo più mantenere la Sua prenotazione.{{/deadline}}

Hotel: {{hotelName}}
Arrivo: {{arrival}}
Partenza: {{departure}}
Soggiorno: {{nights}}
Caparra: {{amount}}
Importo totale: {{total}}
Numero di prenotazione: {{reservationId}}

{{#url}}Per versare la caparra, apra questo link:
{{url}}{{/url}}

Per qualsiasi domanda può scriverci a {{hotelEmail}}. Saremo lieti di accoglierLa.

Cordiali saluti,
{{hotelName}}
`;
