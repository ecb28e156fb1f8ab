export const subject = 'Garantie de votre réservation – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>Nous vous remercions de votre réservation. Celle-ci est actuellement retenue en option&nbsp;: pour la garantir, il vous suffit d'enregistrer une carte bancaire sur notre page de paiement sécurisée.</p>
<p><strong>Aucun montant ne sera débité maintenant.</strong> Votre carte est conservée uniquement à titre de garantie, à hauteur de {{amount}}, conformément aux conditions de votre réservation.</p>
{{#deadline}}<p>Merci d'enregistrer votre carte avant le <strong>{{deadline}}</strong> (heure locale de l'hôtel)&nbsp;; passé ce délai, nous ne pourrons malheureusement plus maintenir votre réservation.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hôtel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrivée</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Départ</th><td>{{departure}}</td></tr>
<tr><th scope="row">Durée du séjour</th><td>{{nights}}</td></tr>
<tr><th scope="row">Montant garanti</th><td>{{amount}}</td></tr>
<tr><th scope="row">Référence</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Garantir ma réservation</a></p>
<p class="muted">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur&nbsp;: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Pour toute question, écrivez-nous à <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Nous nous réjouissons de vous accueillir prochainement.</p>
<p>Bien cordialement,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

Nous vous remercions de votre réservation. Celle-ci est actuellement retenue en option : pour la garantir, il vous suffit d'enregistrer une carte bancaire sur notre page de paiement sécurisée.

Aucun montant ne sera débité maintenant. Votre carte est conservée uniquement à titre de garantie, à hauteur de {{amount}}, conformément aux conditions de votre réservation.

{{#deadline}}Merci d'enregistrer votre carte avant le {{deadline}} (heure locale de l'hôtel) ; passé ce délai, nous ne pourrons malheureusement plus maintenir votre réservation.{{/deadline}}

Hôtel : {{hotelName}}
Arrivée : {{arrival}}
Départ : {{departure}}
Durée du séjour : {{nights}}
Montant garanti : {{amount}}
Référence : {{reservationId}}

{{#url}}Pour garantir votre réservation, ouvrez ce lien :
{{url}}{{/url}}

Pour toute question, écrivez-nous à {{hotelEmail}}. Nous nous réjouissons de vous accueillir prochainement.

Bien cordialement,
{{hotelName}}
`;
