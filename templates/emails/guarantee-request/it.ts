// Courtesy forms (La, Le, Sua) capitalised, as Italian hotel correspondence usually writes them.
export const subject = 'Garanzia della Sua prenotazione – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>La ringraziamo per la Sua prenotazione, attualmente in opzione. Per garantirla, La preghiamo di registrare una carta di credito sulla nostra pagina di pagamento sicura.</p>
<p><strong>Non verrà effettuato alcun addebito ora.</strong> La carta sarà conservata esclusivamente a titolo di garanzia per un importo di {{amount}}, secondo le condizioni della Sua prenotazione.</p>
{{#deadline}}<p>La preghiamo di procedere entro il <strong>{{deadline}}</strong> (ora locale dell'hotel); trascorso tale termine, purtroppo non potremo più mantenere la Sua prenotazione.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrivo</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Partenza</th><td>{{departure}}</td></tr>
<tr><th scope="row">Soggiorno</th><td>{{nights}}</td></tr>
<tr><th scope="row">Importo garantito</th><td>{{amount}}</td></tr>
<tr><th scope="row">Numero di prenotazione</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Garantisci la prenotazione</a></p>
<p class="muted">Se il pulsante non funziona, copi questo link nel Suo browser: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Per qualsiasi domanda può scriverci a <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Saremo lieti di accoglierLa.</p>
<p>Cordiali saluti,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

La ringraziamo per la Sua prenotazione, attualmente in opzione. Per garantirla, La preghiamo di registrare una carta di credito sulla nostra pagina di pagamento sicura.

Non verrà effettuato alcun addebito ora. La carta sarà conservata esclusivamente a titolo di garanzia per un importo di {{amount}}, secondo le condizioni della Sua prenotazione.

{{#deadline}}La preghiamo di procedere entro il {{deadline}} (ora locale dell'hotel); trascorso tale termine, purtroppo non potremo più mantenere la Sua prenotazione.{{/deadline}}

Hotel: {{hotelName}}
Arrivo: {{arrival}}
Partenza: {{departure}}
Soggiorno: {{nights}}
Importo garantito: {{amount}}
Numero di prenotazione: {{reservationId}}

{{#url}}Per garantire la prenotazione, apra questo link:
{{url}}{{/url}}

Per qualsiasi domanda può scriverci a {{hotelEmail}}. Saremo lieti di accoglierLa.

Cordiali saluti,
{{hotelName}}
`;
