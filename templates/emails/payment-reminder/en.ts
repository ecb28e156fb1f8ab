// A reminder of a guarantee or deposit request that is still open; same data as the request.
export const subject = 'Reminder: {{#isGuarantee}}please guarantee your booking{{/isGuarantee}}{{#isDeposit}}deposit to confirm your booking{{/isDeposit}} – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
{{#isGuarantee}}<p>We would like to remind you that we are still holding your booking on option, but have not yet received the card guarantee needed to confirm it. You can register a card in just a few moments on our secure payment page.</p>
<p><strong>Nothing will be charged now.</strong> Your card is simply kept on file as a guarantee of {{amount}}, in line with the conditions of your booking.</p>{{/isGuarantee}}
{{#isDeposit}}<p>We would like to remind you that we are still holding your booking on option, but have not yet received the deposit of <strong>{{amount}}</strong>{{#partial}} (out of a total of {{total}}){{/partial}}{{^partial}} (the full amount of your stay){{/partial}} needed to confirm it. You can pay it in just a few moments on our secure payment page.</p>{{/isDeposit}}
{{#deadline}}<p>Please do so before <strong>{{deadline}}</strong> (hotel local time); after that, we will unfortunately no longer be able to hold your booking.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrival</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Departure</th><td>{{departure}}</td></tr>
<tr><th scope="row">Length of stay</th><td>{{nights}}</td></tr>
{{#isGuarantee}}<tr><th scope="row">Guaranteed amount</th><td>{{amount}}</td></tr>{{/isGuarantee}}
{{#isDeposit}}<tr><th scope="row">Deposit due</th><td>{{amount}}</td></tr>
<tr><th scope="row">Total for your stay</th><td>{{total}}</td></tr>{{/isDeposit}}
<tr><th scope="row">Booking reference</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">{{#isGuarantee}}Guarantee my booking{{/isGuarantee}}{{#isDeposit}}Pay the deposit{{/isDeposit}}</a></p>
<p class="muted">If the button does not work, copy this link into your browser: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>If you have already {{#isGuarantee}}registered your card{{/isGuarantee}}{{#isDeposit}}paid the deposit{{/isDeposit}}, please disregard this message.</p>
<p>If you have any questions, please write to us at <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. We look forward to welcoming you.</p>
<p>Kind regards,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

{{#isGuarantee}}We would like to remind you that we are still holding your booking on option, but have not yet received the card guarantee needed to confirm it. You can register a card in just a few moments on our secure payment page.

Nothing will be charged now. Your card is simply kept on file as a guarantee of {{amount}}, in line with the conditions of your booking.{{/isGuarantee}}{{#isDeposit}}We would like to remind you that we are still holding your booking on option, but have not yet received the deposit of {{amount}}{{#partial}} (out of a total of {{total}}){{/partial}}{{^partial}} (the full amount of your stay){{/partial}} needed to confirm it. You can pay it in just a few moments on our secure payment page.{{/isDeposit}}

{{#deadline}}Please do so before {{deadline}} (hotel local time); after that, we will unfortunately no longer be able to hold your booking.{{/deadline}}

Hotel: {{hotelName}}
Arrival: {{arrival}}
Departure: {{departure}}
Length of stay: {{nights}}
{{#isGuarantee}}Guaranteed amount: {{amount}}
{{/isGuarantee}}{{#isDeposit}}Deposit due: {{amount}}
Total for your stay: {{total}}
{{/isDeposit}}Booking reference: {{reservationId}}

{{#url}}{{#isGuarantee}}To guarantee your booking{{/isGuarantee}}{{#isDeposit}}To pay the deposit{{/isDeposit}}, open this link:
{{url}}{{/url}}

If you have already {{#isGuarantee}}registered your card{{/isGuarantee}}{{#isDeposit}}paid the deposit{{/isDeposit}}, please disregard this message.

If you have any questions, please write to us at {{hotelEmail}}. We look forward to welcoming you.

Kind regards,
{{hotelName}}
`;
