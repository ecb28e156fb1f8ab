// A reminder of a guarantee or deposit request that is still open; same data as the request.
// Courtesy forms (La, Le, Sua) capitalised, as Italian hotel correspondence usually writes them.
export const subject = 'Promemoria: {{#isGuarantee}}garanzia della Sua prenotazione{{/isGuarantee}}{{#isDeposit}}caparra per confermare la Sua prenotazione{{/isDeposit}} – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
{{#isGuarantee}}<p>Le ricordiamo che la Sua prenotazione è tuttora in opzione e che non abbiamo ancora ricevuto la garanzia con carta necessaria per confermarla. Può registrare la Sua carta in pochi istanti sulla nostra pagina di pagamento sicura.</p>
<p><strong>Non verrà effettuato alcun addebito ora.</strong> La carta sarà conservata esclusivamente a titolo di garanzia per un importo di {{amount}}, secondo le condizioni della Sua prenotazione.</p>{{/isGuarantee}}
{{#isDeposit}}<p>Le ricordiamo che la Sua prenotazione è tuttora in opzione e che non abbiamo ancora ricevuto la caparra di <strong>{{amount}}</strong>{{#partial}} (su un totale di {{total}}){{/partial}}{{^partial}} (pari all'intero importo del soggiorno){{/partial}} necessaria per confermarla. Può versarla in pochi istanti tramite la nostra pagina di pagamento sicura.</p>{{/isDeposit}}
{{#deadline}}<p>La preghiamo di procedere entro il <strong>{{deadline}}</strong> (ora locale dell'hotel); trascorso tale termine, purtroppo non potremo più mantenere la Sua prenotazione.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrivo</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Partenza</th><td>{{departure}}</td></tr>
<tr><th scope="row">Soggiorno</th><td>{{nights}}</td></tr>
{{#isGuarantee}}<tr><th scope="row">Importo garantito</th><td>{{amount}}</td></tr>{{/isGuarantee}}
{{#isDeposit}}<tr><th scope="row">Caparra</th><td>{{amount}}</td></tr>
<tr><th scope="row">Importo totale</th><td>{{total}}</td></tr>{{/isDeposit}}
<tr><th scope="row">Numero di prenotazione</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">{{#isGuarantee}}Garantisci la prenotazione{{/isGuarantee}}{{#isDeposit}}Versa la caparra{{/isDeposit}}</a></p>
<p class="muted">Se il pulsante non funziona, copi questo link nel Suo browser: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Se ha già {{#isGuarantee}}registrato la Sua carta{{/isGuarantee}}{{#isDeposit}}versato la caparra{{/isDeposit}}, La preghiamo di non tenere conto di questo messaggio.</p>
<p>Per qualsiasi domanda può scriverci a <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Saremo lieti di accoglierLa.</p>
<p>Cordiali saluti,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

{{#isGuarantee}}Le ricordiamo che la Sua prenotazione è tuttora in opzione e che non abbiamo ancora ricevuto la garanzia con carta necessaria per confermarla. Può registrare la Sua carta in pochi istanti sulla nostra pagina di pagamento sicura.

Non verrà effettuato alcun addebito ora. La carta sarà conservata esclusivamente a titolo di garanzia per un importo di {{amount}}, secondo le condizioni della Sua prenotazione.{{/isGuarantee}}{{#isDeposit}}Le ricordiamo che la Sua prenotazione è tuttora in opzione e che non abbiamo ancora ricevuto la caparra di {{amount}}{{#partial}} (su un totale di {{total}}){{/partial}}{{^partial}} (pari all'intero importo del soggiorno){{/partial}} necessaria per confermarla. Può versarla in pochi istanti tramite la nostra pagina di pagamento sicura.{{/isDeposit}}

{{#deadline}}La preghiamo di procedere entro il {{deadline}} (ora locale dell'hotel); trascorso tale termine, purtroppo non potremo più mantenere la Sua prenotazione.{{/deadline}}

Hotel: {{hotelName}}
Arrivo: {{arrival}}
Partenza: {{departure}}
Soggiorno: {{nights}}
{{#isGuarantee}}Importo garantito: {{amount}}
{{/isGuarantee}}{{#isDeposit}}Caparra: {{amount}}
Importo totale: {{total}}
{{/isDeposit}}Numero di prenotazione: {{reservationId}}

{{#url}}{{#isGuarantee}}Per garantire la prenotazione{{/isGuarantee}}{{#isDeposit}}Per versare la caparra{{/isDeposit}}, apra questo link:
{{url}}{{/url}}

Se ha già {{#isGuarantee}}registrato la Sua carta{{/isGuarantee}}{{#isDeposit}}versato la caparra{{/isDeposit}}, La preghiamo di non tenere conto di questo messaggio.

Per qualsiasi domanda può scriverci a {{hotelEmail}}. Saremo lieti di accoglierLa.

Cordiali saluti,
{{hotelName}}
`;
