export const subject = 'Your booking is confirmed – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
{{#isDeposit}}<p>Thank you: we have received your payment of <strong>{{amount}}</strong> and your booking is now confirmed.</p>{{/isDeposit}}
{{#isGuarantee}}<p>Thank you: your card has been registered as a guarantee and your booking is now confirmed. Nothing has been charged.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrival</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Departure</th><td>{{departure}}</td></tr>
<tr><th scope="row">Length of stay</th><td>{{nights}}</td></tr>
{{#isDeposit}}<tr><th scope="row">Deposit paid</th><td>{{amount}}</td></tr>
<tr><th scope="row">Total for your stay</th><td>{{total}}</td></tr>{{/isDeposit}}
{{#isGuarantee}}<tr><th scope="row">Guaranteed amount</th><td>{{amount}}</td></tr>{{/isGuarantee}}
<tr><th scope="row">Booking reference</th><td>{{reservationId}}</td></tr>
{{#transactionId}}<tr><th scope="row">Transaction number</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Date</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p>You can see the details of your booking at any time here: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>If you have any questions, please write to us at <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>.</p>
<p>We look forward to welcoming you soon.<br>Kind regards,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

{{#isDeposit}}Thank you: we have received your payment of {{amount}} and your booking is now confirmed.{{/isDeposit}}{{#isGuarantee}}Thank you: your card has been registered as a guarantee and your booking is now confirmed. Nothing has been charged.{{/isGuarantee}}

Hotel: {{hotelName}}
Arrival: {{arrival}}
Departure: {{departure}}
Length of stay: {{nights}}
{{#isDeposit}}Deposit paid: {{amount}}
Total for your stay: {{total}}
{{/isDeposit}}{{#isGuarantee}}Guaranteed amount: {{amount}}
{{/isGuarantee}}Booking reference: {{reservationId}}
{{#transactionId}}Transaction number: {{transactionId}}
{{/transactionId}}{{#paidAt}}Date: {{paidAt}}
{{/paidAt}}
{{#url}}You can see the details of your booking at any time here:
{{url}}{{/url}}

If you have any questions, please write to us at {{hotelEmail}}.

We look forward to welcoming you soon.
Kind regards,
{{hotelName}}
`;
