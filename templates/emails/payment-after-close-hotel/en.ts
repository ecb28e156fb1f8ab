// To the hotel (front desk), in its default language: money (or a card guarantee) arrived for a
// reservation no longer on option. A deposit was charged and may be refunded; a guarantee charged nothing.
export const subject = '{{#isDeposit}}Payment{{/isDeposit}}{{#isGuarantee}}Card guarantee{{/isGuarantee}} received after the option closed – booking {{reservationId}}, {{guestName}}';

export const html = `
<p>Hello,</p>
{{#isDeposit}}<p>A payment of <strong>{{amount}}</strong> has been received for booking <strong>{{reservationId}}</strong> ({{guestFormalName}}), which is no longer on option{{#wasExpired}}: the option has expired{{/wasExpired}}{{#wasCancelled}}: the booking has been cancelled{{/wasCancelled}}{{#otherStatus}}: its status is “{{otherStatus}}”{{/otherStatus}}. The guest has been charged, but the booking has not been confirmed and the guest has received no confirmation from us.</p>
<p><strong>What to do:</strong> please either reinstate the booking in your PMS if you can still honour it, or refund the payment to the guest with your PMS's refund button{{#transactionId}} or through the API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.</p>{{/isDeposit}}
{{#isGuarantee}}<p>A card has been registered as a guarantee ({{amount}}) for booking <strong>{{reservationId}}</strong> ({{guestFormalName}}), which is no longer on option{{#wasExpired}}: the option has expired{{/wasExpired}}{{#wasCancelled}}: the booking has been cancelled{{/wasCancelled}}{{#otherStatus}}: its status is “{{otherStatus}}”{{/otherStatus}}. Nothing has been charged, and the guest has received no confirmation from us.</p>
<p><strong>What to do:</strong> if you can still honour the booking, please reinstate it in your PMS; otherwise there is nothing to refund. Either way, we suggest you let the guest know.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Booking</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Guest</th><td>{{guestFormalName}}</td></tr>
{{#reservationStatus}}<tr><th scope="row">Booking status</th><td>{{#wasExpired}}Expired{{/wasExpired}}{{#wasCancelled}}Cancelled{{/wasCancelled}}{{#otherStatus}}{{otherStatus}}{{/otherStatus}}</td></tr>{{/reservationStatus}}
<tr><th scope="row">Type</th><td>{{#isDeposit}}Deposit{{/isDeposit}}{{#isGuarantee}}Card guarantee{{/isGuarantee}}</td></tr>
<tr><th scope="row">Amount</th><td>{{amount}}</td></tr>
<tr><th scope="row">Stay</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
{{#transactionId}}<tr><th scope="row">Transaction</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Date and time</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">View the booking</a></p>{{/url}}
`;

export const text = `
Hello,

{{#isDeposit}}A payment of {{amount}} has been received for booking {{reservationId}} ({{guestFormalName}}), which is no longer on option{{#wasExpired}}: the option has expired{{/wasExpired}}{{#wasCancelled}}: the booking has been cancelled{{/wasCancelled}}{{#otherStatus}}: its status is “{{otherStatus}}”{{/otherStatus}}. The guest has been charged, but the booking has not been confirmed and the guest has received no confirmation from us.

What to do: please either reinstate the booking in your PMS if you can still honour it, or refund the payment to the guest with your PMS's refund button{{#transactionId}} or through the API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.{{/isDeposit}}{{#isGuarantee}}A card has been registered as a guarantee ({{amount}}) for booking {{reservationId}} ({{guestFormalName}}), which is no longer on option{{#wasExpired}}: the option has expired{{/wasExpired}}{{#wasCancelled}}: the booking has been cancelled{{/wasCancelled}}{{#otherStatus}}: its status is “{{otherStatus}}”{{/otherStatus}}. Nothing has been charged, and the guest has received no confirmation from us.

What to do: if you can still honour the booking, please reinstate it in your PMS; otherwise there is nothing to refund. Either way, we suggest you let the guest know.{{/isGuarantee}}

Hotel: {{hotelName}}
Booking: {{reservationId}}
Guest: {{guestFormalName}}
{{#reservationStatus}}Booking status: {{#wasExpired}}Expired{{/wasExpired}}{{#wasCancelled}}Cancelled{{/wasCancelled}}{{#otherStatus}}{{otherStatus}}{{/otherStatus}}
{{/reservationStatus}}Type: {{#isDeposit}}Deposit{{/isDeposit}}{{#isGuarantee}}Card guarantee{{/isGuarantee}}
Amount: {{amount}}
Stay: {{arrival}} → {{departure}} ({{nights}})
{{#transactionId}}Transaction: {{transactionId}}
{{/transactionId}}{{#paidAt}}Date and time: {{paidAt}}
{{/paidAt}}
{{#url}}View the booking:
{{url}}{{/url}}
`;
