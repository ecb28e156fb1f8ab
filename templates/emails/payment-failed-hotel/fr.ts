// To the hotel (front desk), in its default language: the PSP refused the guest's card on a
// payment request. The option stays open, due by its deadline (brought forward to today if later).
import type { RefusalReason } from '../../../domain/payment-request';

export const subject = '{{#isDeposit}}Arrhes refusées{{/isDeposit}}{{#isGuarantee}}Carte refusée{{/isGuarantee}} – réservation {{reservationId}}, {{guestName}}';

/** `{{refusalReason}}`: the reason in plain words, chosen from these. */
export const reasons: Readonly<Record<RefusalReason, string>> = {
  insufficient_funds: 'provision insuffisante ou plafond de la carte atteint',
  card_expired: 'la carte est expirée',
  card_invalid: 'les données de la carte ne sont pas valides (numéro ou code)',
  card_blocked: 'la carte est bloquée par la banque (perte, vol ou suspicion de fraude)',
  declined_by_bank: 'refus de la banque du porteur, sans motif plus précis',
  contact_bank: 'la banque demande au porteur de la contacter',
  technical: 'un problème technique chez la banque ou sur le réseau de paiement',
  authorisation_expired: "l'autorisation a expiré avant l'encaissement",
  capture_failed: "le montant n'a pas pu être encaissé après l'autorisation",
  unknown: "le prestataire de paiement n'a pas indiqué de motif",
};

export const html = `
<p>Bonjour,</p>
<p>{{#isDeposit}}Le paiement des arrhes de <strong>{{amount}}</strong> pour la réservation <strong>{{reservationId}}</strong> ({{guestFormalName}}) n'a pas abouti : la carte a été refusée. Aucun montant n'a été débité.{{/isDeposit}}{{#isGuarantee}}La carte donnée en garantie de la réservation <strong>{{reservationId}}</strong> ({{guestFormalName}}) pour <strong>{{amount}}</strong> a été refusée. La réservation n'est pas garantie.{{/isGuarantee}}</p>
<p><strong>Motif&nbsp;:</strong> {{refusalReason}}.</p>
{{#onOption}}<p>La réservation reste en option. {{#deadlineForced}}Sa date limite d'option a été avancée au <strong>{{optionDeadline}}</strong>.{{/deadlineForced}}{{^deadlineForced}}Sa date limite d'option est le <strong>{{optionDeadline}}</strong>.{{/deadlineForced}}{{#deadline}} Le client peut essayer une autre carte avec le même lien jusqu'au {{deadline}}.{{/deadline}}</p>{{/onOption}}
<table class="details">
<tr><th scope="row">Hôtel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Réservation</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Client</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Séjour</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Demande</th><td>{{#isDeposit}}Arrhes{{/isDeposit}}{{#isGuarantee}}Garantie par carte{{/isGuarantee}}</td></tr>
<tr><th scope="row">Montant</th><td>{{amount}}</td></tr>
{{#pspStatus}}<tr><th scope="row">Réponse du prestataire</th><td>{{pspStatus}}{{#authResult}} (code banque {{authResult}}){{/authResult}}</td></tr>{{/pspStatus}}
{{#onOption}}<tr><th scope="row">{{#deadlineForced}}Nouvelle date limite d'option{{/deadlineForced}}{{^deadlineForced}}Date limite d'option{{/deadlineForced}}</th><td>{{optionDeadline}}</td></tr>{{/onOption}}
{{#refusedAt}}<tr><th scope="row">Date et heure</th><td>{{refusedAt}}</td></tr>{{/refusedAt}}
</table>
<p><strong>Que faire&nbsp;?</strong> {{#onOption}}Si vous souhaitez maintenir la réservation, contactez le client : il peut essayer une autre carte avec le lien reçu, ou vous pouvez envoyer une nouvelle demande de paiement. Sans paiement à la date limite, l'option sera traitée comme toute option non garantie.{{/onOption}}{{^onOption}}La réservation n'est plus en option ; rien d'autre n'est attendu du client.{{/onOption}}</p>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Voir la réservation</a></p>{{/url}}
`;

export const text = `
Bonjour,

{{#isDeposit}}Le paiement des arrhes de {{amount}} pour la réservation {{reservationId}} ({{guestFormalName}}) n'a pas abouti : la carte a été refusée. Aucun montant n'a été débité.{{/isDeposit}}{{#isGuarantee}}La carte donnée en garantie de la réservation {{reservationId}} ({{guestFormalName}}) pour {{amount}} a été refusée. La réservation n'est pas garantie.{{/isGuarantee}}

Motif : {{refusalReason}}.
{{#onOption}}
La réservation reste en option. {{#deadlineForced}}Sa date limite d'option a été avancée au {{optionDeadline}}.{{/deadlineForced}}{{^deadlineForced}}Sa date limite d'option est le {{optionDeadline}}.{{/deadlineForced}}{{#deadline}} Le client peut essayer une autre carte avec le même lien jusqu'au {{deadline}}.{{/deadline}}
{{/onOption}}
Hôtel : {{hotelName}}
Réservation : {{reservationId}}
Client : {{guestFormalName}}
Séjour : {{arrival}} → {{departure}} ({{nights}})
Demande : {{#isDeposit}}Arrhes{{/isDeposit}}{{#isGuarantee}}Garantie par carte{{/isGuarantee}}
Montant : {{amount}}
{{#pspStatus}}Réponse du prestataire : {{pspStatus}}{{#authResult}} (code banque {{authResult}}){{/authResult}}
{{/pspStatus}}{{#onOption}}{{#deadlineForced}}Nouvelle date limite d'option{{/deadlineForced}}{{^deadlineForced}}Date limite d'option{{/deadlineForced}} : {{optionDeadline}}
{{/onOption}}{{#refusedAt}}Date et heure : {{refusedAt}}
{{/refusedAt}}
Que faire ? {{#onOption}}Si vous souhaitez maintenir la réservation, contactez le client : il peut essayer une autre carte avec le lien reçu, ou vous pouvez envoyer une nouvelle demande de paiement. Sans paiement à la date limite, l'option sera traitée comme toute option non garantie.{{/onOption}}{{^onOption}}La réservation n'est plus en option ; rien d'autre n'est attendu du client.{{/onOption}}

{{#url}}Voir la réservation :
{{url}}{{/url}}
`;
