// To the hotel (front desk), in its default language: money (or a card guarantee) arrived for a
// reservation no longer on option. A deposit was charged and may be refunded; a guarantee charged nothing.
export const subject = "{{#isDeposit}}Pagamento ricevuto{{/isDeposit}}{{#isGuarantee}}Garanzia con carta ricevuta{{/isGuarantee}} dopo la chiusura dell'opzione – prenotazione {{reservationId}}, {{guestName}}";

export const html = `
<p>Buongiorno,</p>
{{#isDeposit}}<p>È stato ricevuto un pagamento di <strong>{{amount}}</strong> per la prenotazione <strong>{{reservationId}}</strong> ({{guestFormalName}}), che non è più in opzione{{#wasExpired}}: l'opzione è scaduta{{/wasExpired}}{{#wasCancelled}}: la prenotazione è stata annullata{{/wasCancelled}}{{#otherStatus}}: il suo stato è «{{otherStatus}}»{{/otherStatus}}. L'importo è stato addebitato all'ospite, ma la prenotazione non è stata confermata e l'ospite non ha ricevuto alcuna conferma da parte nostra.</p>
<p><strong>Cosa fare?</strong> La preghiamo di ripristinare la prenotazione nel Suo PMS, se può ancora accettarla, oppure di rimborsare il pagamento all'ospite con il pulsante di rimborso del Suo PMS{{#transactionId}} o tramite l'API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.</p>{{/isDeposit}}
{{#isGuarantee}}<p>È stata registrata una carta a garanzia ({{amount}}) per la prenotazione <strong>{{reservationId}}</strong> ({{guestFormalName}}), che non è più in opzione{{#wasExpired}}: l'opzione è scaduta{{/wasExpired}}{{#wasCancelled}}: la prenotazione è stata annullata{{/wasCancelled}}{{#otherStatus}}: il suo stato è «{{otherStatus}}»{{/otherStatus}}. Non è stato effettuato alcun addebito e l'ospite non ha ricevuto alcuna conferma da parte nostra.</p>
<p><strong>Cosa fare?</strong> Se può ancora accettare la prenotazione, La preghiamo di ripristinarla nel Suo PMS; altrimenti non c'è nulla da rimborsare. In entrambi i casi Le consigliamo di informare l'ospite.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Prenotazione</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Ospite</th><td>{{guestFormalName}}</td></tr>
{{#reservationStatus}}<tr><th scope="row">Stato della prenotazione</th><td>{{#wasExpired}}Scaduta{{/wasExpired}}{{#wasCancelled}}Annullata{{/wasCancelled}}{{#otherStatus}}{{otherStatus}}{{/otherStatus}}</td></tr>{{/reservationStatus}}
<tr><th scope="row">Tipo</th><td>{{#isDeposit}}Caparra{{/isDeposit}}{{#isGuarantee}}Garanzia con carta{{/isGuarantee}}</td></tr>
<tr><th scope="row">Importo</th><td>{{amount}}</td></tr>
<tr><th scope="row">Soggiorno</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
{{#transactionId}}<tr><th scope="row">Transazione</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Data e ora</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Apri la prenotazione</a></p>{{/url}}
`;

export const text = `
Buongiorno,

{{#isDeposit}}È stato ricevuto un pagamento di {{amount}} per la prenotazione {{reservationId}} ({{guestFormalName}}), che non è più in opzione{{#wasExpired}}: l'opzione è scaduta{{/wasExpired}}{{#wasCancelled}}: la prenotazione è stata annullata{{/wasCancelled}}{{#otherStatus}}: il suo stato è «{{otherStatus}}»{{/otherStatus}}. L'importo è stato addebitato all'ospite, ma la prenotazione non è stata confermata e l'ospite non ha ricevuto alcuna conferma da parte nostra.

Cosa fare? La preghiamo di ripristinare la prenotazione nel Suo PMS, se può ancora accettarla, oppure di rimborsare il pagamento all'ospite con il pulsante di rimborso del Suo PMS{{#transactionId}} o tramite l'API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.{{/isDeposit}}{{#isGuarantee}}È stata registrata una carta a garanzia ({{amount}}) per la prenotazione {{reservationId}} ({{guestFormalName}}), che non è più in opzione{{#wasExpired}}: l'opzione è scaduta{{/wasExpired}}{{#wasCancelled}}: la prenotazione è stata annullata{{/wasCancelled}}{{#otherStatus}}: il suo stato è «{{otherStatus}}»{{/otherStatus}}. Non è stato effettuato alcun addebito e l'ospite non ha ricevuto alcuna conferma da parte nostra.

Cosa fare? Se può ancora accettare la prenotazione, La preghiamo di ripristinarla nel Suo PMS; altrimenti non c'è nulla da rimborsare. In entrambi i casi Le consigliamo di informare l'ospite.{{/isGuarantee}}

Hotel: {{hotelName}}
Prenotazione: {{reservationId}}
Ospite: {{guestFormalName}}
{{#reservationStatus}}Stato della prenotazione: {{#wasExpired}}Scaduta{{/wasExpired}}{{#wasCancelled}}Annullata{{/wasCancelled}}{{#otherStatus}}{{otherStatus}}{{/otherStatus}}
{{/reservationStatus}}Tipo: {{#isDeposit}}Caparra{{/isDeposit}}{{#isGuarantee}}Garanzia con carta{{/isGuarantee}}
Importo: {{amount}}
Soggiorno: {{arrival}} → {{departure}} ({{nights}})
{{#transactionId}}Transazione: {{transactionId}}
{{/transactionId}}{{#paidAt}}Data e ora: {{paidAt}}
{{/paidAt}}
{{#url}}Apri la prenotazione:
{{url}}{{/url}}
`;
