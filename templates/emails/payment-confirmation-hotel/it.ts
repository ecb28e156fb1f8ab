// To the hotel (front desk), in its default language.
export const subject = '{{#isDeposit}}Caparra ricevuta{{/isDeposit}}{{#isGuarantee}}Garanzia con carta registrata{{/isGuarantee}} – prenotazione {{reservationId}}, {{guestName}}';

export const html = `
<p>Buongiorno,</p>
{{#isDeposit}}<p>È stata versata online una caparra di <strong>{{amount}}</strong> per la prenotazione <strong>{{reservationId}}</strong>. La prenotazione è ora confermata.</p>{{/isDeposit}}
{{#isGuarantee}}<p>È stata registrata una carta a garanzia ({{amount}}) per la prenotazione <strong>{{reservationId}}</strong>. La prenotazione è ora confermata; non è stato effettuato alcun addebito.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Prenotazione</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Ospite</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Tipo</th><td>{{#isDeposit}}Caparra{{/isDeposit}}{{#isGuarantee}}Garanzia con carta{{/isGuarantee}}</td></tr>
<tr><th scope="row">Importo</th><td>{{amount}}</td></tr>
<tr><th scope="row">Importo totale</th><td>{{total}}</td></tr>
<tr><th scope="row">Soggiorno</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
{{#transactionId}}<tr><th scope="row">Transazione</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Data e ora</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Apri la prenotazione</a></p>{{/url}}
`;

export const text = `
Buongiorno,

{{#isDeposit}}È stata versata online una caparra di {{amount}} per la prenotazione {{reservationId}}. La prenotazione è ora confermata.{{/isDeposit}}{{#isGuarantee}}È stata registrata una carta a garanzia ({{amount}}) per la prenotazione {{reservationId}}. La prenotazione è ora confermata; non è stato effettuato alcun addebito.{{/isGuarantee}}

Hotel: {{hotelName}}
Prenotazione: {{reservationId}}
Ospite: {{guestFormalName}}
Tipo: {{#isDeposit}}Caparra{{/isDeposit}}{{#isGuarantee}}Garanzia con carta{{/isGuarantee}}
Importo: {{amount}}
Importo totale: {{total}}
Soggiorno: {{arrival}} → {{departure}} ({{nights}})
{{#transactionId}}Transazione: {{transactionId}}
{{/transactionId}}{{#paidAt}}Data e ora: {{paidAt}}
{{/paidAt}}
{{#url}}Apri la prenotazione:
{{url}}{{/url}}
`;
