// "Arrhes": the French term for a deposit that secures a booking (not "acompte", a down payment).
export const subject = "Versement d'arrhes pour votre réservation – {{hotelName}}";

export const html = `
<p>{{salutation}}</p>
<p>Nous vous remercions de votre réservation, actuellement retenue en option. Pour la confirmer, nous vous invitons à régler des arrhes d'un montant de <strong>{{amount}}</strong>{{#partial}} (sur un total de {{total}}){{/partial}}{{^partial}} (soit la totalité de votre séjour){{/partial}} sur notre page de paiement sécurisée.</p>
{{#deadline}}<p>Merci d'effectuer ce règlement avant le <strong>{{deadline}}</strong> (heure locale de l'hôtel)&nbsp;; passé ce délai, nous ne pourrons malheureusement plus maintenir votre réservation.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hôtel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrivée</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Départ</th><td>{{departure}}</td></tr>
<tr><th scope="row">Durée du séjour</th><td>{{nights}}</td></tr>
<tr><th scope="row">Arrhes à régler</th><td>{{amount}}</td></tr>
<tr><th scope="row">Montant total du séjour</th><td>{{total}}</td></tr>
<tr><th scope="row">Référence</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Régler les arrhes</a></p>
<p class="muted">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur&nbsp;: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Pour toute question, écrivez-nous à <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Nous nous réjouissons de vous accueillir prochainement.</p>
<p>Bien cordialement,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

Nous vous remercions de votre réservation, actuellement retenue en option. Pour la confirmer, nous vous invitons à régler des arrhes d'un montant de {{amount}}{{#partial}} (sur un total de {{total}}){{/partial}}{{^partial}} (soit la totalité de votre séjour){{/partial}} sur notre page de paiement sécurisée.

{{#deadline}}Merci d'effectuer ce règlement avant le {{deadline}} (heure locale de l'hôtel) ; passé ce délai, nous ne pourrons malheureusement plus maintenir votre réservation.{{/deadline}}

Hôtel : {{hotelName}}
Arrivée : {{arrival}}
Départ : {{departure}}
Durée du séjour : {{nights}}
Arrhes à régler : {{amount}}
Montant total du séjour : {{total}}
Référence : {{reservationId}}

{{#url}}Pour régler les arrhes, ouvrez ce lien :
{{url}}{{/url}}

Pour toute question, écrivez-nous à {{hotelEmail}}. Nous nous réjouissons de vous accueillir prochainement.

Bien cordialement,
{{hotelName}}
`;
