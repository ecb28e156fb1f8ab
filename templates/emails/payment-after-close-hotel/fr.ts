// To the hotel (front desk), in its default language: money (or a card guarantee) arrived for a
// reservation no longer on option. A deposit was charged and may be refunded; a guarantee charged nothing.
export const subject = "{{#isDeposit}}Paiement reçu{{/isDeposit}}{{#isGuarantee}}Garantie par carte reçue{{/isGuarantee}} après la clôture de l'option – réservation {{reservationId}}, {{guestName}}";

export const html = `
<p>Bonjour,</p>
{{#isDeposit}}<p>Un paiement de <strong>{{amount}}</strong> a été reçu pour la réservation <strong>{{reservationId}}</strong> ({{guestFormalName}}), qui n'est plus en option{{#wasExpired}}&nbsp;: l'option a expiré{{/wasExpired}}{{#wasCancelled}}&nbsp;: la réservation a été annulée{{/wasCancelled}}{{#otherStatus}}&nbsp;: son statut est «&nbsp;{{otherStatus}}&nbsp;»{{/otherStatus}}. Le client a été débité, mais la réservation n'a pas été confirmée et le client n'a reçu aucune confirmation de notre part.</p>
<p><strong>Que faire&nbsp;?</strong> Merci soit de rétablir la réservation dans votre PMS si vous pouvez encore l'honorer, soit de rembourser le paiement au client avec le bouton de remboursement de votre PMS{{#transactionId}} ou par l'API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.</p>{{/isDeposit}}
{{#isGuarantee}}<p>Une carte a été enregistrée en garantie ({{amount}}) pour la réservation <strong>{{reservationId}}</strong> ({{guestFormalName}}), qui n'est plus en option{{#wasExpired}}&nbsp;: l'option a expiré{{/wasExpired}}{{#wasCancelled}}&nbsp;: la réservation a été annulée{{/wasCancelled}}{{#otherStatus}}&nbsp;: son statut est «&nbsp;{{otherStatus}}&nbsp;»{{/otherStatus}}. Aucun montant n'a été débité et le client n'a reçu aucune confirmation de notre part.</p>
<p><strong>Que faire&nbsp;?</strong> Si vous pouvez encore honorer la réservation, merci de la rétablir dans votre PMS&nbsp;; sinon, il n'y a rien à rembourser. Dans les deux cas, nous vous conseillons de prévenir le client.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hôtel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Réservation</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Client</th><td>{{guestFormalName}}</td></tr>
{{#reservationStatus}}<tr><th scope="row">Statut de la réservation</th><td>{{#wasExpired}}Expirée{{/wasExpired}}{{#wasCancelled}}Annulée{{/wasCancelled}}{{#otherStatus}}{{otherStatus}}{{/otherStatus}}</td></tr>{{/reservationStatus}}
<tr><th scope="row">Type</th><td>{{#isDeposit}}Arrhes{{/isDeposit}}{{#isGuarantee}}Garantie par carte{{/isGuarantee}}</td></tr>
<tr><th scope="row">Montant</th><td>{{amount}}</td></tr>
<tr><th scope="row">Séjour</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
{{#transactionId}}<tr><th scope="row">Transaction</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Date et heure</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Voir la réservation</a></p>{{/url}}
`;

export const text = `
Bonjour,

{{#isDeposit}}Un paiement de {{amount}} a été reçu pour la réservation {{reservationId}} ({{guestFormalName}}), qui n'est plus en option{{#wasExpired}} : l'option a expiré{{/wasExpired}}{{#wasCancelled}} : la réservation a été annulée{{/wasCancelled}}{{#otherStatus}} : son statut est « {{otherStatus}} »{{/otherStatus}}. Le client a été débité, mais la réservation n'a pas été confirmée et le client n'a reçu aucune confirmation de notre part.

Que faire ? Merci soit de rétablir la réservation dans votre PMS si vous pouvez encore l'honorer, soit de rembourser le paiement au client avec le bouton de remboursement de votre PMS{{#transactionId}} ou par l'API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.{{/isDeposit}}{{#isGuarantee}}Une carte a été enregistrée en garantie ({{amount}}) pour la réservation {{reservationId}} ({{guestFormalName}}), qui n'est plus en option{{#wasExpired}} : l'option a expiré{{/wasExpired}}{{#wasCancelled}} : la réservation a été annulée{{/wasCancelled}}{{#otherStatus}} : son statut est « {{otherStatus}} »{{/otherStatus}}. Aucun montant n'a été débité et le client n'a reçu aucune confirmation de notre part.

Que faire ? Si vous pouvez encore honorer la réservation, merci de la rétablir dans votre PMS ; sinon, il n'y a rien à rembourser. Dans les deux cas, nous vous conseillons de prévenir le client.{{/isGuarantee}}

Hôtel : {{hotelName}}
Réservation : {{reservationId}}
Client : {{guestFormalName}}
{{#reservationStatus}}Statut de la réservation : {{#wasExpired}}Expirée{{/wasExpired}}{{#wasCancelled}}Annulée{{/wasCancelled}}{{#otherStatus}}{{otherStatus}}{{/otherStatus}}
{{/reservationStatus}}Type : {{#isDeposit}}Arrhes{{/isDeposit}}{{#isGuarantee}}Garantie par carte{{/isGuarantee}}
Montant : {{amount}}
Séjour : {{arrival}} → {{departure}} ({{nights}})
{{#transactionId}}Transaction : {{transactionId}}
{{/transactionId}}{{#paidAt}}Date et heure : {{paidAt}}
{{/paidAt}}
{{#url}}Voir la réservation :
{{url}}{{/url}}
`;
