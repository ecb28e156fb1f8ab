// To the hotel (front desk), in its default language.
export const subject = '{{#isDeposit}}Arrhes reçues{{/isDeposit}}{{#isGuarantee}}Garantie par carte enregistrée{{/isGuarantee}} – réservation {{reservationId}}, {{guestName}}';

export const html = `
<p>Bonjour,</p>
{{#isDeposit}}<p>Des arrhes de <strong>{{amount}}</strong> ont été réglées en ligne pour la réservation <strong>{{reservationId}}</strong>. La réservation est désormais confirmée.</p>{{/isDeposit}}
{{#isGuarantee}}<p>Une carte a été enregistrée en garantie ({{amount}}) pour la réservation <strong>{{reservationId}}</strong>. La réservation est désormais confirmée&nbsp;; aucun montant n'a été débité.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hôtel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Réservation</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Client</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Type</th><td>{{#isDeposit}}Arrhes{{/isDeposit}}{{#isGuarantee}}Garantie par carte{{/isGuarantee}}</td></tr>
<tr><th scope="row">Montant</th><td>{{amount}}</td></tr>
<tr><th scope="row">Total du séjour</th><td>{{total}}</td></tr>
<tr><th scope="row">Séjour</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
{{#transactionId}}<tr><th scope="row">Transaction</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Date et heure</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Voir la réservation</a></p>{{/url}}
`;

export const text = `
Bonjour,

{{#isDeposit}}Des arrhes de {{amount}} ont été réglées en ligne pour la réservation {{reservationId}}. La réservation est désormais confirmée.{{/isDeposit}}{{#isGuarantee}}Une carte a été enregistrée en garantie ({{amount}}) pour la réservation {{reservationId}}. La réservation est désormais confirmée ; aucun montant n'a été débité.{{/isGuarantee}}

Hôtel : {{hotelName}}
Réservation : {{reservationId}}
Client : {{guestFormalName}}
Type : {{#isDeposit}}Arrhes{{/isDeposit}}{{#isGuarantee}}Garantie par carte{{/isGuarantee}}
Montant : {{amount}}
Total du séjour : {{total}}
Séjour : {{arrival}} → {{departure}} ({{nights}})
{{#transactionId}}Transaction : {{transactionId}}
{{/transactionId}}{{#paidAt}}Date et heure : {{paidAt}}
{{/paidAt}}
{{#url}}Voir la réservation :
{{url}}{{/url}}
`;
