// To the guest (reply-to the hotel), in the guest's language: a refund went through.
export const subject = 'Votre remboursement de {{amount}} – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>Nous avons procédé au remboursement de <strong>{{amount}}</strong> au titre de votre réservation.</p>
<table class="details">
<tr><th scope="row">Hôtel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrivée</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Départ</th><td>{{departure}}</td></tr>
<tr><th scope="row">Durée du séjour</th><td>{{nights}}</td></tr>
<tr><th scope="row">Montant remboursé</th><td>{{amount}}</td></tr>
<tr><th scope="row">Référence</th><td>{{reservationId}}</td></tr>
{{#completedAt}}<tr><th scope="row">Date</th><td>{{completedAt}}</td></tr>{{/completedAt}}
</table>
<p>Ce montant est recrédité sur la carte bancaire utilisée pour le paiement. Selon votre banque, quelques jours ouvrés peuvent être nécessaires avant qu'il n'apparaisse sur votre relevé.</p>
{{#url}}<p>Retrouvez le détail de votre réservation à tout moment&nbsp;: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Pour toute question, écrivez-nous à <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>.</p>
<p>Bien cordialement,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

Nous avons procédé au remboursement de {{amount}} au titre de votre réservation.

Hôtel : {{hotelName}}
Arrivée : {{arrival}}
Départ : {{departure}}
Durée du séjour : {{nights}}
Montant remboursé : {{amount}}
Référence : {{reservationId}}
{{#completedAt}}Date : {{completedAt}}
{{/completedAt}}
Ce montant est recrédité sur la carte bancaire utilisée pour le paiement. Selon votre banque, quelques jours ouvrés peuvent être nécessaires avant qu'il n'apparaisse sur votre relevé.

{{#url}}Retrouvez le détail de votre réservation à tout moment :
{{url}}{{/url}}

Pour toute question, écrivez-nous à {{hotelEmail}}.

Bien cordialement,
{{hotelName}}
`;
