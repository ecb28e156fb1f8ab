// To the hotel (front desk), in its default language: the options one sweep handled.
// `row` and `item` are rendered once per option and joined into {{{rows}}} (see LapseDigestTemplate).
export const subject = '{{count}} {{#single}}option échue{{/single}}{{^single}}options échues{{/single}} – {{hotelName}}';

export const html = `
<p>Bonjour,</p>
<p>{{#single}}Pour l'établissement {{hotelName}}, l'option ci-dessous est arrivée à échéance sans garantie par carte ni versement d'arrhes.{{/single}}{{^single}}Pour l'établissement {{hotelName}}, les {{count}} options ci-dessous sont arrivées à échéance sans garantie par carte ni versement d'arrhes.{{/single}}</p>
<table class="details">
{{{rows}}}
</table>
`;

export const text = `
Bonjour,

{{#single}}Pour l'établissement {{hotelName}}, l'option ci-dessous est arrivée à échéance sans garantie par carte ni versement d'arrhes.{{/single}}{{^single}}Pour l'établissement {{hotelName}}, les {{count}} options ci-dessous sont arrivées à échéance sans garantie par carte ni versement d'arrhes.{{/single}}

{{{rows}}}
`;

export const row = `
<tbody>
<tr><th class="group" colspan="2" scope="rowgroup">Réservation {{reservationId}}</th></tr>
<tr><th scope="row">Client</th><td>{{guestName}}</td></tr>
<tr><th scope="row">Séjour</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Échéance de l'option</th><td>{{optionDeadline}}</td></tr>
<tr><th scope="row">Suite donnée</th><td>{{#isExpired}}Libérée&nbsp;: la réservation est désormais expirée.{{/isExpired}}{{#isReported}}Toujours en option&nbsp;: votre règle prévoit un simple signalement&nbsp;; merci d'assurer le suivi.{{/isReported}}</td></tr>
</tbody>
`;

export const item = `
Réservation {{reservationId}}
Client : {{guestName}}
Séjour : {{arrival}} → {{departure}} ({{nights}})
Échéance de l'option : {{optionDeadline}}
{{#isExpired}}Libérée : la réservation est désormais expirée.{{/isExpired}}{{#isReported}}Toujours en option : votre règle prévoit un simple signalement ; merci d'assurer le suivi.{{/isReported}}
`;
