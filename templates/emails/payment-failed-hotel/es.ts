// To the hotel (front desk), in its default language: the PSP refused the guest's card on a
// payment request. The option stays open, due by its deadline (brought forward to today if later).
import type { RefusalReason } from '../../../domain/payment-request';

export const subject = '{{#isDeposit}}Depósito rechazado{{/isDeposit}}{{#isGuarantee}}Tarjeta rechazada{{/isGuarantee}} – reserva {{reservationId}}, {{guestName}}';

/** `{{refusalReason}}`: the reason in plain words, chosen from these. */
export const reasons: Readonly<Record<RefusalReason, string>> = {
  insufficient_funds: 'fondos insuficientes o límite de la tarjeta alcanzado',
  card_expired: 'la tarjeta está caducada',
  card_invalid: 'los datos de la tarjeta no son válidos (número o código)',
  card_blocked: 'la tarjeta está bloqueada por el banco (pérdida, robo o sospecha de fraude)',
  declined_by_bank: 'rechazado por el banco del titular, sin un motivo más preciso',
  contact_bank: 'el banco pide al titular que se ponga en contacto con él',
  technical: 'un problema técnico del banco o de la red de pagos',
  authorisation_expired: 'la autorización caducó antes del cobro',
  capture_failed: 'el importe no pudo cobrarse tras la autorización',
  unknown: 'el proveedor de pagos no indicó ningún motivo',
};

export const html = `
<p>Hola:</p>
<p>{{#isDeposit}}El pago del depósito de <strong>{{amount}}</strong> para la reserva <strong>{{reservationId}}</strong> ({{guestFormalName}}) no se ha podido realizar: la tarjeta fue rechazada. No se ha cobrado nada.{{/isDeposit}}{{#isGuarantee}}La tarjeta facilitada como garantía de la reserva <strong>{{reservationId}}</strong> ({{guestFormalName}}) por <strong>{{amount}}</strong> fue rechazada. La reserva no está garantizada.{{/isGuarantee}}</p>
<p><strong>Motivo:</strong> {{refusalReason}}.</p>
{{#onOption}}<p>La reserva sigue en opción. {{#deadlineForced}}Su fecha límite de opción se ha adelantado al <strong>{{optionDeadline}}</strong>.{{/deadlineForced}}{{^deadlineForced}}Su fecha límite de opción es el <strong>{{optionDeadline}}</strong>.{{/deadlineForced}}{{#deadline}} El cliente puede probar con otra tarjeta con el mismo enlace hasta el {{deadline}}.{{/deadline}}</p>{{/onOption}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Reserva</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Cliente</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Estancia</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Solicitud</th><td>{{#isDeposit}}Depósito{{/isDeposit}}{{#isGuarantee}}Garantía con tarjeta{{/isGuarantee}}</td></tr>
<tr><th scope="row">Importe</th><td>{{amount}}</td></tr>
{{#pspStatus}}<tr><th scope="row">Respuesta del proveedor</th><td>{{pspStatus}}{{#authResult}} (código del banco {{authResult}}){{/authResult}}</td></tr>{{/pspStatus}}
{{#onOption}}<tr><th scope="row">{{#deadlineForced}}Nueva fecha límite de opción{{/deadlineForced}}{{^deadlineForced}}Fecha límite de opción{{/deadlineForced}}</th><td>{{optionDeadline}}</td></tr>{{/onOption}}
{{#refusedAt}}<tr><th scope="row">Fecha y hora</th><td>{{refusedAt}}</td></tr>{{/refusedAt}}
</table>
<p><strong>¿Qué debe hacer?</strong> {{#onOption}}Si desea mantener la reserva, póngase en contacto con el cliente: puede probar con otra tarjeta con el enlace que recibió, o usted puede enviar una nueva solicitud de pago. Si no se paga antes de la fecha límite, la opción se tratará como cualquier opción no garantizada.{{/onOption}}{{^onOption}}La reserva ya no está en opción; no se espera nada más del cliente.{{/onOption}}</p>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Ver la reserva</a></p>{{/url}}
`;

export const text = `
Hola:

{{#isDeposit}}El pago del depósito de {{amount}} para la reserva {{reservationId}} ({{guestFormalName}}) no se ha podido realizar: la tarjeta fue rechazada. No se ha cobrado nada.{{/isDeposit}}{{#isGuarantee}}La tarjeta facilitada como garantía de la reserva {{reservationId}} ({{guestFormalName}}) por {{amount}} fue rechazada. La reserva no está garantizada.{{/isGuarantee}}

Motivo: {{refusalReason}}.
{{#onOption}}
La reserva sigue en opción. {{#deadlineForced}}Su fecha límite de opción se ha adelantado al {{optionDeadline}}.{{/deadlineForced}}{{^deadlineForced}}Su fecha límite de opción es el {{optionDeadline}}.{{/deadlineForced}}{{#deadline}} El cliente puede probar con otra tarjeta con el mismo enlace hasta el {{deadline}}.{{/deadline}}
{{/onOption}}
Hotel: {{hotelName}}
Reserva: {{reservationId}}
Cliente: {{guestFormalName}}
Estancia: {{arrival}} → {{departure}} ({{nights}})
Solicitud: {{#isDeposit}}Depósito{{/isDeposit}}{{#isGuarantee}}Garantía con tarjeta{{/isGuarantee}}
Importe: {{amount}}
{{#pspStatus}}Respuesta del proveedor: {{pspStatus}}{{#authResult}} (código del banco {{authResult}}){{/authResult}}
{{/pspStatus}}{{#onOption}}{{#deadlineForced}}Nueva fecha límite de opción{{/deadlineForced}}{{^deadlineForced}}Fecha límite de opción{{/deadlineForced}}: {{optionDeadline}}
{{/onOption}}{{#refusedAt}}Fecha y hora: {{refusedAt}}
{{/refusedAt}}
¿Qué debe hacer? {{#onOption}}Si desea mantener la reserva, póngase en contacto con el cliente: puede probar con otra tarjeta con el enlace que recibió, o usted puede enviar una nueva solicitud de pago. Si no se paga antes de la fecha límite, la opción se tratará como cualquier opción no garantizada.{{/onOption}}{{^onOption}}La reserva ya no está en opción; no se espera nada más del cliente.{{/onOption}}

{{#url}}Ver la reserva:
{{url}}{{/url}}
`;
