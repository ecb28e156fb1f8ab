// A reminder of a guarantee or deposit request that is still open; same data as the request.
export const subject = "Rappel : {{#isGuarantee}}garantie de votre réservation{{/isGuarantee}}{{#isDeposit}}versement d'arrhes pour votre réservation{{/isDeposit}} – {{hotelName}}";

export const html = `
<p>{{salutation}}</p>
{{#isGuarantee}}<p>Nous nous permettons de vous rappeler que votre réservation est toujours retenue en option&nbsp;: nous n'avons pas encore reçu la garantie par carte nécessaire pour la confirmer. Quelques instants suffisent pour enregistrer une carte bancaire sur notre page de paiement sécurisée.</p>
<p><strong>Aucun montant ne sera débité maintenant.</strong> Votre carte est conservée uniquement à titre de garantie, à hauteur de {{amount}}, conformément aux conditions de votre réservation.</p>{{/isGuarantee}}
{{#isDeposit}}<p>Nous nous permettons de vous rappeler que votre réservation est toujours retenue en option&nbsp;: nous n'avons pas encore reçu les arrhes de <strong>{{amount}}</strong>{{#partial}} (sur un total de {{total}}){{/partial}}{{^partial}} (soit la totalité de votre séjour){{/partial}} nécessaires pour la confirmer. Le règlement ne prend que quelques instants sur notre page de paiement sécurisée.</p>{{/isDeposit}}
{{#deadline}}<p>Merci d'effectuer cette démarche avant le <strong>{{deadline}}</strong> (heure locale de l'hôtel)&nbsp;; passé ce délai, nous ne pourrons malheureusement plus maintenir votre réservation.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hôtel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrivée</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Départ</th><td>{{departure}}</td></tr>
<tr><th scope="row">Durée du séjour</th><td>{{nights}}</td></tr>
{{#isGuarantee}}<tr><th scope="row">Montant garanti</th><td>{{amount}}</td></tr>{{/isGuarantee}}
{{#isDeposit}}<tr><th scope="row">Arrhes à régler</th><td>{{amount}}</td></tr>
<tr><th scope="row">Montant total du séjour</th><td>{{total}}</td></tr>{{/isDeposit}}
<tr><th scope="row">Référence</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">{{#isGuarantee}}Garantir ma réservation{{/isGuarantee}}{{#isDeposit}}Régler les arrhes{{/isDeposit}}</a></p>
<p class="muted">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur&nbsp;: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Si vous avez déjà {{#isGuarantee}}enregistré votre carte{{/isGuarantee}}{{#isDeposit}}réglé les arrhes{{/isDeposit}}, merci de ne pas tenir compte de ce message.</p>
<p>Pour toute question, écrivez-nous à <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. Nous nous réjouissons de vous accueillir prochainement.</p>
<p>Bien cordialement,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

{{#isGuarantee}}Nous nous permettons de vous rappeler que votre réservation est toujours retenue en option : nous n'avons pas encore reçu la garantie par carte nécessaire pour la confirmer. Quelques instants suffisent pour enregistrer une carte bancaire sur notre page de paiement sécurisée.

Aucun montant ne sera débité maintenant. Votre carte est conservée uniquement à titre de garantie, à hauteur de {{amount}}, conformément aux conditions de votre réservation.{{/isGuarantee}}{{#isDeposit}}Nous nous permettons de vous rappeler que votre réservation est toujours retenue en option : nous n'avons pas encore reçu les arrhes de {{amount}}{{#partial}} (sur un total de {{total}}){{/partial}}{{^partial}} (soit la totalité de votre séjour){{/partial}} nécessaires pour la confirmer. Le règlement ne prend que quelques instants sur notre page de paiement sécurisée.{{/isDeposit}}

{{#deadline}}Merci d'effectuer cette démarche avant le {{deadline}} (heure locale de l'hôtel) ; passé ce délai, nous ne pourrons malheureusement plus maintenir votre réservation.{{/deadline}}

Hôtel : {{hotelName}}
Arrivée : {{arrival}}
Départ : {{departure}}
Durée du séjour : {{nights}}
{{#isGuarantee}}Montant garanti : {{amount}}
{{/isGuarantee}}{{#isDeposit}}Arrhes à régler : {{amount}}
Montant total du séjour : {{total}}
{{/isDeposit}}Référence : {{reservationId}}

{{#url}}{{#isGuarantee}}Pour garantir votre réservation{{/isGuarantee}}{{#isDeposit}}Pour régler les arrhes{{/isDeposit}}, ouvrez ce lien :
{{url}}{{/url}}

Si vous avez déjà {{#isGuarantee}}enregistré votre carte{{/isGuarantee}}{{#isDeposit}}réglé les arrhes{{/isDeposit}}, merci de ne pas tenir compte de ce message.

Pour toute question, écrivez-nous à {{hotelEmail}}. Nous nous réjouissons de vous accueillir prochainement.

Bien cordialement,
{{hotelName}}
`;
