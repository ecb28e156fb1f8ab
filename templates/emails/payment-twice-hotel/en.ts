// To the hotel (front desk), in its default language: a second payment arrived on a request
// already paid (two tabs, two cards). The guest paid twice; refunding the second one is suggested.
export const subject = 'Second payment received – booking {{reservationId}}, {{guestName}}';

export const html = `
<p>Hello,</p>
<p>A second payment of <strong>{{amount}}</strong> has been received for booking <strong>{{reservationId}}</strong> ({{guestFormalName}}), whose payment request had already been paid{{#firstTransactionId}} (transaction {{firstTransactionId}}){{/firstTransactionId}}. The guest has therefore paid twice.</p>
<p><strong>What to do:</strong> we suggest refunding this second payment to the guest, with your PMS's refund button{{#transactionId}} or through the API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Booking</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Guest</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Stay</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Amount of the second payment</th><td>{{amount}}</td></tr>
{{#transactionId}}<tr><th scope="row">Second payment</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#firstTransactionId}}<tr><th scope="row">First payment</th><td>{{firstTransactionId}}</td></tr>{{/firstTransactionId}}
{{#paidAt}}<tr><th scope="row">Date and time</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">View the booking</a></p>{{/url}}
`;

export const text = `
Hello,

A second payment of {{amount}} has been received for booking {{reservationId}} ({{guestFormalName}}), whose payment request had already been paid{{#firstTransactionId}} (transaction {{firstTransactionId}}){{/firstTransactionId}}. The guest has therefore paid twice.

What to do: we suggest refunding this second payment to the guest, with your PMS's refund button{{#transactionId}} or through the API (POST /v1/transactions/{{transactionId}}/refunds){{/transactionId}}.

Hotel: {{hotelName}}
Booking: {{reservationId}}
Guest: {{guestFormalName}}
Stay: {{arrival}} → {{departure}} ({{nights}})
Amount of the second payment: {{amount}}
{{#transactionId}}Second payment: {{transactionId}}
{{/transactionId}}{{#firstTransactionId}}First payment: {{firstTransactionId}}
{{/firstTransactionId}}{{#paidAt}}Date and time: {{paidAt}}
{{/paidAt}}
{{#url}}View the booking:
{{url}}{{/url}}
`;
