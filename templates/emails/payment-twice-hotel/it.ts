// To the hotel (front desk), in its default language: a second payment arrived on a request
// already paid (two tabs, two cards). The guest paid twice; refunding the second one is suggested.
export const subject = 'Secondo pagamento ricevuto – prenotazione {{reservationId}}, {{guestName}}';

export const html = `
<p>Buongiorno,</p>
<p>È stato ricevuto un secondo pagamento di <strong>{{amount}}</strong> per la prenotazione <strong>{{reservationId}}</strong> ({{guestFormalName}}), la cui richiesta di pagamento era già stata saldata{{#firstTransactionId}} (transazione {{firstTransactionId}}){{/firstTransactionId}}. L'ospite ha quindi pagato due volte.</p>
<p><strong>Cosa fare?</strong> Le consigliamo di rimborsare all'ospite questo secondo pagamento, con il pulsante di rimborso del Suo PMS{{#transactionId}} o tramite l'API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Prenotazione</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Ospite</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Soggiorno</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Importo del secondo pagamento</th><td>{{amount}}</td></tr>
{{#transactionId}}<tr><th scope="row">Secondo pagamento</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#firstTransactionId}}<tr><th scope="row">Primo pagamento</th><td>{{firstTransactionId}}</td></tr>{{/firstTransactionId}}
{{#paidAt}}<tr><th scope="row">Data e ora</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Apri la prenotazione</a></p>{{/url}}
`;

export const text = `
Buongiorno,

È stato ricevuto un secondo pagamento di {{amount}} per la prenotazione {{reservationId}} ({{guestFormalName}}), la cui richiesta di pagamento era già stata saldata{{#firstTransactionId}} (transazione {{firstTransactionId}}){{/firstTransactionId}}. L'ospite ha quindi pagato due volte.

Cosa fare? Le consigliamo di rimborsare all'ospite questo secondo pagamento, con il pulsante di rimborso del Suo PMS{{#transactionId}} o tramite l'API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.

Hotel: {{hotelName}}
Prenotazione: {{reservationId}}
Ospite: {{guestFormalName}}
Soggiorno: {{arrival}} → {{departure}} ({{nights}})
Importo del secondo pagamento: {{amount}}
{{#transactionId}}Secondo pagamento: {{transactionId}}
{{/transactionId}}{{#firstTransactionId}}Primo pagamento: {{firstTransactionId}}
{{/firstTransactionId}}{{#paidAt}}Data e ora: {{paidAt}}
{{/paidAt}}
{{#url}}Apri la prenotazione:
{{url}}{{/url}}
`;
