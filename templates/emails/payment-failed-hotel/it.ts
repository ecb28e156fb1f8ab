// To the hotel (front desk), in its default language: the PSP refused the guest's card on a
// payment request. The option stays open, due by its deadline (brought forward to today if later).
import type { RefusalReason } from '../../../domain/payment-request';

export const subject = '{{#isDeposit}}Caparra rifiutata{{/isDeposit}}{{#isGuarantee}}Carta rifiutata{{/isGuarantee}} – prenotazione {{reservationId}}, {{guestName}}';

/** `{{refusalReason}}`: the reason in plain words, chosen from these. */
export const reasons: Readonly<Record<RefusalReason, string>> = {
  insufficient_funds: 'fondi insufficienti o limite della carta raggiunto',
  card_expired: 'la carta è scaduta',
  card_invalid: 'i dati della carta non sono validi (numero o codice)',
  card_blocked: 'la carta è bloccata dalla banca (smarrimento, furto o sospetta frode)',
  declined_by_bank: 'rifiutata dalla banca del titolare, senza un motivo più preciso',
  contact_bank: 'la banca chiede al titolare di contattarla',
  technical: 'un problema tecnico della banca o del circuito di pagamento',
  authorisation_expired: "l'autorizzazione è scaduta prima dell'incasso",
  capture_failed: "l'importo non ha potuto essere incassato dopo l'autorizzazione",
  unknown: 'il fornitore di pagamento non ha indicato alcun motivo',
};

export const html = `
<p>Buongiorno,</p>
<p>{{#isDeposit}}Il pagamento della caparra di <strong>{{amount}}</strong> per la prenotazione <strong>{{reservationId}}</strong> ({{guestFormalName}}) non è andato a buon fine: la carta è stata rifiutata. Non è stato addebitato nulla.{{/isDeposit}}{{#isGuarantee}}La carta fornita a garanzia della prenotazione <strong>{{reservationId}}</strong> ({{guestFormalName}}) per <strong>{{amount}}</strong> è stata rifiutata. La prenotazione non è garantita.{{/isGuarantee}}</p>
<p><strong>Motivo:</strong> {{refusalReason}}.</p>
{{#onOption}}<p>La prenotazione resta in opzione. {{#deadlineForced}}La scadenza dell'opzione è stata anticipata al <strong>{{optionDeadline}}</strong>.{{/deadlineForced}}{{^deadlineForced}}La scadenza dell'opzione è il <strong>{{optionDeadline}}</strong>.{{/deadlineForced}}{{#deadline}} L'ospite può provare un'altra carta con lo stesso link fino al {{deadline}}.{{/deadline}}</p>{{/onOption}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Prenotazione</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Ospite</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Soggiorno</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Richiesta</th><td>{{#isDeposit}}Caparra{{/isDeposit}}{{#isGuarantee}}Garanzia con carta{{/isGuarantee}}</td></tr>
<tr><th scope="row">Importo</th><td>{{amount}}</td></tr>
{{#pspStatus}}<tr><th scope="row">Risposta del fornitore</th><td>{{pspStatus}}{{#authResult}} (codice banca {{authResult}}){{/authResult}}</td></tr>{{/pspStatus}}
{{#onOption}}<tr><th scope="row">{{#deadlineForced}}Nuova scadenza dell'opzione{{/deadlineForced}}{{^deadlineForced}}Scadenza dell'opzione{{/deadlineForced}}</th><td>{{optionDeadline}}</td></tr>{{/onOption}}
{{#refusedAt}}<tr><th scope="row">Data e ora</th><td>{{refusedAt}}</td></tr>{{/refusedAt}}
</table>
<p><strong>Cosa fare?</strong> {{#onOption}}Se desidera mantenere la prenotazione, contatti l'ospite: può provare un'altra carta con il link ricevuto, oppure Lei può inviare una nuova richiesta di pagamento. Senza pagamento entro la scadenza, l'opzione sarà trattata come qualsiasi opzione non garantita.{{/onOption}}{{^onOption}}La prenotazione non è più in opzione; dall'ospite non è atteso altro.{{/onOption}}</p>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Apri la prenotazione</a></p>{{/url}}
`;

export const text = `
Buongiorno,

{{#isDeposit}}Il pagamento della caparra di {{amount}} per la prenotazione {{reservationId}} ({{guestFormalName}}) non è andato a buon fine: la carta è stata rifiutata. Non è stato addebitato nulla.{{/isDeposit}}{{#isGuarantee}}La carta fornita a garanzia della prenotazione {{reservationId}} ({{guestFormalName}}) per {{amount}} è stata rifiutata. La prenotazione non è garantita.{{/isGuarantee}}

Motivo: {{refusalReason}}.
{{#onOption}}
La prenotazione resta in opzione. {{#deadlineForced}}La scadenza dell'opzione è stata anticipata al {{optionDeadline}}.{{/deadlineForced}}{{^deadlineForced}}La scadenza dell'opzione è il {{optionDeadline}}.{{/deadlineForced}}{{#deadline}} L'ospite può provare un'altra carta con lo stesso link fino al {{deadline}}.{{/deadline}}
{{/onOption}}
Hotel: {{hotelName}}
Prenotazione: {{reservationId}}
Ospite: {{guestFormalName}}
Soggiorno: {{arrival}} → {{departure}} ({{nights}})
Richiesta: {{#isDeposit}}Caparra{{/isDeposit}}{{#isGuarantee}}Garanzia con carta{{/isGuarantee}}
Importo: {{amount}}
{{#pspStatus}}Risposta del fornitore: {{pspStatus}}{{#authResult}} (codice banca {{authResult}}){{/authResult}}
{{/pspStatus}}{{#onOption}}{{#deadlineForced}}Nuova scadenza dell'opzione{{/deadlineForced}}{{^deadlineForced}}Scadenza dell'opzione{{/deadlineForced}}: {{optionDeadline}}
{{/onOption}}{{#refusedAt}}Data e ora: {{refusedAt}}
{{/refusedAt}}
Cosa fare? {{#onOption}}Se desidera mantenere la prenotazione, contatti l'ospite: può provare un'altra carta con il link ricevuto, oppure Lei può inviare una nuova richiesta di pagamento. Senza pagamento entro la scadenza, l'opzione sarà trattata come qualsiasi opzione non garantita.{{/onOption}}{{^onOption}}La prenotazione non è più in opzione; dall'ospite non è atteso altro.{{/onOption}}

{{#url}}Apri la prenotazione:
{{url}}{{/url}}
`;
