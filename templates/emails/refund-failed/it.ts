// To the hotel (front desk), in its default language: the PSP refused a refund for good.
export const subject = 'Rimborso non riuscito – prenotazione {{reservationId}}, {{guestName}}';

export const html = `
<p>Buongiorno,</p>
<p>Il Suo gestore dei pagamenti ha rifiutato il rimborso di <strong>{{amount}}</strong> per la prenotazione <strong>{{reservationId}}</strong> ({{guestFormalName}}). All'ospite non è stato rimborsato alcun importo.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Prenotazione</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Ospite</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Soggiorno</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Importo del rimborso</th><td>{{amount}}</td></tr>
{{#parentTransactionId}}<tr><th scope="row">Pagamento interessato</th><td>{{parentTransactionId}}</td></tr>{{/parentTransactionId}}
{{#transactionId}}<tr><th scope="row">Riferimento del rimborso</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#reason}}<tr><th scope="row">Motivo indicato</th><td>{{reason}}</td></tr>{{/reason}}
{{#pspCode}}<tr><th scope="row">Codice del gestore</th><td>{{pspCode}}</td></tr>{{/pspCode}}
{{#pspMessage}}<tr><th scope="row">Messaggio del gestore</th><td>{{pspMessage}}</td></tr>{{/pspMessage}}
{{#completedAt}}<tr><th scope="row">Data e ora</th><td>{{completedAt}}</td></tr>{{/completedAt}}
</table>
<p><strong>Cosa fare?</strong> La preghiamo di verificare il pagamento{{#parentTransactionId}} {{parentTransactionId}}{{/parentTransactionId}} nel back office del Suo gestore dei pagamenti: potrebbe, ad esempio, risultare già rimborsato o annullato. Se l'ospite deve ancora essere rimborsato, richieda di nuovo il rimborso dal Suo PMS o direttamente nel back office: l'importo è di nuovo disponibile per il rimborso.</p>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Apri la prenotazione</a></p>{{/url}}
`;

export const text = `
Buongiorno,

Il Suo gestore dei pagamenti ha rifiutato il rimborso di {{amount}} per la prenotazione {{reservationId}} ({{guestFormalName}}). All'ospite non è stato rimborsato alcun importo.

Hotel: {{hotelName}}
Prenotazione: {{reservationId}}
Ospite: {{guestFormalName}}
Soggiorno: {{arrival}} → {{departure}} ({{nights}})
Importo del rimborso: {{amount}}
{{#parentTransactionId}}Pagamento interessato: {{parentTransactionId}}
{{/parentTransactionId}}{{#transactionId}}Riferimento del rimborso: {{transactionId}}
{{/transactionId}}{{#reason}}Motivo indicato: {{reason}}
{{/reason}}{{#pspCode}}Codice del gestore: {{pspCode}}
{{/pspCode}}{{#pspMessage}}Messaggio del gestore: {{pspMessage}}
{{/pspMessage}}{{#completedAt}}Data e ora: {{completedAt}}
{{/completedAt}}
Cosa fare? La preghiamo di verificare il pagamento{{#parentTransactionId}} {{parentTransactionId}}{{/parentTransactionId}} nel back office del Suo gestore dei pagamenti: potrebbe, ad esempio, risultare già rimborsato o annullato. Se l'ospite deve ancora essere rimborsato, richieda di nuovo il rimborso dal Suo PMS o direttamente nel back office: l'importo è di nuovo disponibile per il rimborso.

{{#url}}Apri la prenotazione:
{{url}}{{/url}}
`;
