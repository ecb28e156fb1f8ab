// To the hotel (front desk), in its default language: the PSP refused a refund for good.
export const subject = 'Échec du remboursement – réservation {{reservationId}}, {{guestName}}';

export const html = `
<p>Bonjour,</p>
<p>Le remboursement de <strong>{{amount}}</strong> pour la réservation <strong>{{reservationId}}</strong> ({{guestFormalName}}) a été refusé par votre prestataire de paiement. Aucun montant n'a été remboursé au client.</p>
<table class="details">
<tr><th scope="row">Hôtel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Réservation</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Client</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Séjour</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Montant du remboursement</th><td>{{amount}}</td></tr>
{{#parentTransactionId}}<tr><th scope="row">Paiement concerné</th><td>{{parentTransactionId}}</td></tr>{{/parentTransactionId}}
{{#transactionId}}<tr><th scope="row">Référence du remboursement</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#reason}}<tr><th scope="row">Motif indiqué</th><td>{{reason}}</td></tr>{{/reason}}
{{#pspCode}}<tr><th scope="row">Code du prestataire</th><td>{{pspCode}}</td></tr>{{/pspCode}}
{{#pspMessage}}<tr><th scope="row">Message du prestataire</th><td>{{pspMessage}}</td></tr>{{/pspMessage}}
{{#completedAt}}<tr><th scope="row">Date et heure</th><td>{{completedAt}}</td></tr>{{/completedAt}}
</table>
<p><strong>Que faire&nbsp;?</strong> Nous vous invitons à vérifier le paiement{{#parentTransactionId}} {{parentTransactionId}}{{/parentTransactionId}} dans le back-office de votre prestataire de paiement&nbsp;: il a par exemple pu y être déjà remboursé ou annulé. Si le client doit toujours être remboursé, relancez le remboursement depuis votre PMS ou directement dans le back-office&nbsp;: le montant est de nouveau disponible pour un remboursement.</p>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Voir la réservation</a></p>{{/url}}
`;

export const text = `
Bonjour,

Le remboursement de {{amount}} pour la réservation {{reservationId}} ({{guestFormalName}}) a été refusé par votre prestataire de paiement. Aucun montant n'a été remboursé au client.

Hôtel : {{hotelName}}
Réservation : {{reservationId}}
Client : {{guestFormalName}}
Séjour : {{arrival}} → {{departure}} ({{nights}})
Montant du remboursement : {{amount}}
{{#parentTransactionId}}Paiement concerné : {{parentTransactionId}}
{{/parentTransactionId}}{{#transactionId}}Référence du remboursement : {{transactionId}}
{{/transactionId}}{{#reason}}Motif indiqué : {{reason}}
{{/reason}}{{#pspCode}}Code du prestataire : {{pspCode}}
{{/pspCode}}{{#pspMessage}}Message du prestataire : {{pspMessage}}
{{/pspMessage}}{{#completedAt}}Date et heure : {{completedAt}}
{{/completedAt}}
Que faire ? Nous vous invitons à vérifier le paiement{{#parentTransactionId}} {{parentTransactionId}}{{/parentTransactionId}} dans le back-office de votre prestataire de paiement : il a par exemple pu y être déjà remboursé ou annulé. Si le client doit toujours être remboursé, relancez le remboursement depuis votre PMS ou directement dans le back-office : le montant est de nouveau disponible pour un remboursement.

{{#url}}Voir la réservation :
{{url}}{{/url}}
`;
