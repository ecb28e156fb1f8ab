export const subject = 'La Sua prenotazione è confermata – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
{{#isDeposit}}<p>Abbiamo ricevuto il Suo pagamento di <strong>{{amount}}</strong> e La ringraziamo: la Sua prenotazione è ora confermata.</p>{{/isDeposit}}
{{#isGuarantee}}<p>La Sua carta è stata registrata a garanzia della prenotazione, che è ora confermata. Non è stato effettuato alcun addebito.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrivo</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Partenza</th><td>{{departure}}</td></tr>
<tr><th scope="row">Soggiorno</th><td>{{nights}}</td></tr>
{{#isDeposit}}<tr><th scope="row">Caparra versata</th><td>{{amount}}</td></tr>
<tr><th scope="row">Importo totale</th><td>{{total}}</td></tr>{{/isDeposit}}
{{#isGuarantee}}<tr><th scope="row">Importo garantito</th><td>{{amount}}</td></tr>{{/isGuarantee}}
<tr><th scope="row">Numero di prenotazione</th><td>{{reservationId}}</td></tr>
{{#transactionId}}<tr><th scope="row">Numero di transazione</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Data</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p>Può consultare i dettagli della Sua prenotazione in qualsiasi momento qui: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Per qualsiasi domanda può scriverci a <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Saremo lieti di accoglierLa presto.</p>
<p>Cordiali saluti,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

{{#isDeposit}}Abbiamo ricevuto il Suo pagamento di {{amount}} e La ringraziamo: la Sua prenotazione è ora confermata.{{/isDeposit}}{{#isGuarantee}}La Sua carta è stata registrata a garanzia della prenotazione, che è ora confermata. Non è stato effettuato alcun addebito.{{/isGuarantee}}

Hotel: {{hotelName}}
Arrivo: {{arrival}}
Partenza: {{departure}}
Soggiorno: {{nights}}
{{#isDeposit}}Caparra versata: {{amount}}
Importo totale: {{total}}
{{/isDeposit}}{{#isGuarantee}}Importo garantito: {{amount}}
{{/isGuarantee}}Numero di prenotazione: {{reservationId}}
{{#transactionId}}Numero di transazione: {{transactionId}}
{{/transactionId}}{{#paidAt}}Data: {{paidAt}}
{{/paidAt}}
{{#url}}Può consultare i dettagli della Sua prenotazione in qualsiasi momento qui:
{{url}}{{/url}}

Per qualsiasi domanda può scriverci a {{hotelEmail}}. Saremo lieti di accoglierLa presto.

Cordiali saluti,
{{hotelName}}
`;
