// To the hotel (front desk), in its default language.
export const subject = '{{#isDeposit}}Deposit received{{/isDeposit}}{{#isGuarantee}}Card guarantee registered{{/isGuarantee}} – booking {{reservationId}}, {{guestName}}';

export const html = `
<p>Hello,</p>
{{#isDeposit}}<p>A deposit of <strong>{{amount}}</strong> has been paid online for booking <strong>{{reservationId}}</strong>. The booking is now confirmed.</p>{{/isDeposit}}
{{#isGuarantee}}<p>A card has been registered as a guarantee ({{amount}}) for booking <strong>{{reservationId}}</strong>. The booking is now confirmed; nothing has been charged.</p>{{/isGuarantee}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Booking</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Guest</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Type</th><td>{{#isDeposit}}Deposit{{/isDeposit}}{{#isGuarantee}}Card guarantee{{/isGuarantee}}</td></tr>
<tr><th scope="row">Amount</th><td>{{amount}}</td></tr>
<tr><th scope="row">Total for the stay</th><td>{{total}}</td></tr>
<tr><th scope="row">Stay</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
{{#transactionId}}<tr><th scope="row">Transaction</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#paidAt}}<tr><th scope="row">Date and time</th><td>{{paidAt}}</td></tr>{{/paidAt}}
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">View the booking</a></p>{{/url}}
`;

export const text = `
Hello,

{{#isDeposit}}A deposit of {{amount}} has been paid online for booking {{reservationId}}. The booking is now confirmed.{{/isDeposit}}{{#isGuarantee}}A card has been registered as a guarantee ({{amount}}) for booking {{reservationId}}. The booking is now confirmed; nothing has been charged.{{/isGuarantee}}

Hotel: {{hotelName}}
Booking: {{reservationId}}
Guest: {{guestFormalName}}
Type: {{#isDeposit}}Deposit{{/isDeposit}}{{#isGuarantee}}Card guarantee{{/isGuarantee}}
Amount: {{amount}}
Total for the stay: {{total}}
Stay: {{arrival}} → {{departure}} ({{nights}})
{{#transactionId}}Transaction: {{transactionId}}
{{/transactionId}}{{#paidAt}}Date and time: {{paidAt}}
{{/paidAt}}
{{#url}}View the booking:
{{url}}{{/url}}
`;
