export const subject = 'Votre réservation est confirmée – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
{{#isDeposit}}<p>Nous avons bien reçu votre règlement de <strong>{{amount}}</strong> et vous en remercions. Votre réservation est désormais confirmée.</p>{{/isDeposit}}
{{#isGuarantee}}<p>Merci&nbsp;! Votre carte bancaire a bien été enregistrée en garantie de votre réservation, qui est désormais confirmée. Aucun montant n'a été débité.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hôtel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrivée</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Départ</th><td>{{departure}}</td></tr>
<tr><th scope="row">Durée du séjour</th><td>{{nights}}</td></tr>
{{#isDeposit}}<tr><th scope="row">Arrhes réglées</th><td>{{amount}}</td></tr>
<tr><th scope="row">Montant total du séjour</th><td>{{total}}</td></tr>{{/isDeposit}}
{{#isGuarantee}}<tr><th scope="row">Montant garanti</th><td>{{amount}}</td></tr>{{/isGuarantee}}
<tr><th scope="row">Référence</th><td>{{reservationId}}</td></tr>
{{#transactionId}}<tr><th scope="row">N° de transaction</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Date</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p>Retrouvez le détail de votre réservation à tout moment&nbsp;: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Pour toute question, écrivez-nous à <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>.</p>
<p>Au plaisir de vous accueillir très bientôt,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

{{#isDeposit}}Nous avons bien reçu votre règlement de {{amount}} et vous en remercions. Votre réservation est désormais confirmée.{{/isDeposit}}{{#isGuarantee}}Merci ! Votre carte bancaire a bien été enregistrée en garantie de votre réservation, qui est désormais confirmée. Aucun montant n'a été débité.{{/isGuarantee}}

Hôtel : {{hotelName}}
Arrivée : {{arrival}}
Départ : {{departure}}
Durée du séjour : {{nights}}
{{#isDeposit}}Arrhes réglées : {{amount}}
Montant total du séjour : {{total}}
{{/isDeposit}}{{#isGuarantee}}Montant garanti : {{amount}}
{{/isGuarantee}}Référence : {{reservationId}}
{{#transactionId}}N° de transaction : {{transactionId}}
{{/transactionId}}{{#paidAt}}Date : {{paidAt}}
{{/paidAt}}
{{#url}}Retrouvez le détail de votre réservation à tout moment :
{{url}}{{/url}}

Pour toute question, écrivez-nous à {{hotelEmail}}.

Au plaisir de vous accueillir très bientôt,
{{hotelName}}
`;
