// To the hotel (front desk), in its default language: a second payment arrived on a request
// already paid (two tabs, two cards). The guest paid twice; refunding the second one is suggested.
export const subject = 'Second paiement reçu – réservation {{reservationId}}, {{guestName}}';

export const html = `
<p>Bonjour,</p>
<p>Un second paiement de <strong>{{amount}}</strong> a été reçu pour la réservation <strong>{{reservationId}}</strong> ({{guestFormalName}}), dont la demande de paiement avait déjà été réglée{{#firstTransactionId}} (transaction {{firstTransactionId}}){{/firstTransactionId}}. Le client a donc payé deux fois.</p>
<p><strong>Que faire&nbsp;?</strong> Nous vous conseillons de rembourser ce second paiement au client, avec le bouton de remboursement de votre PMS{{#transactionId}} ou par l'API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.</p>
<table class="details">
<tr><th scope="row">Hôtel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Réservation</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Client</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Séjour</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Montant du second paiement</th><td>{{amount}}</td></tr>
{{#transactionId}}<tr><th scope="row">Second paiement</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#firstTransactionId}}<tr><th scope="row">Premier paiement</th><td>{{firstTransactionId}}</td></tr>{{/firstTransactionId}}
{{#paidAt}}<tr><th scope="row">Date et heure</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Voir la réservation</a></p>{{/url}}
`;

export const text = `
Bonjour,

Un second paiement de {{amount}} a été reçu pour la réservation {{reservationId}} ({{guestFormalName}}), dont la demande de paiement avait déjà été réglée{{#firstTransactionId}} (transaction {{firstTransactionId}}){{/firstTransactionId}}. Le client a donc payé deux fois.

Que faire ? Nous vous conseillons de rembourser ce second paiement au client, avec le bouton de remboursement de votre PMS{{#transactionId}} ou par l'API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.

Hôtel : {{hotelName}}
Réservation : {{reservationId}}
Client : {{guestFormalName}}
Séjour : {{arrival}} → {{departure}} ({{nights}})
Montant du second paiement : {{amount}}
{{#transactionId}}Second paiement : {{transactionId}}
{{/transactionId}}{{#firstTransactionId}}Premier paiement : {{firstTransactionId}}
{{/firstTransactionId}}{{#paidAt}}Date et heure : {{paidAt}}
{{/paidAt}}
{{#url}}Voir la réservation :
{{url}}{{/url}}
`;
