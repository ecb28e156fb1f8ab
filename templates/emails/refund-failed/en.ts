// To the hotel (front desk), in its default language: the PSP refused a refund for good.
export const subject = 'Refund failed – booking {{reservationId}}, {{guestName}}';

export const html = `
<p>Hello,</p>
<p>The refund of <strong>{{amount}}</strong> for booking <strong>{{reservationId}}</strong> ({{guestFormalName}}) was refused by your payment provider. Nothing has been refunded to the guest.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Booking</th><td>{{reservationId}}</td></tr>
<tr><th scope="row">Guest</th><td>{{guestFormalName}}</td></tr>
<tr><th scope="row">Stay</th><td>{{arrival}} → {{departure}} ({{nights}})</td></tr>
<tr><th scope="row">Amount of the refund</th><td>{{amount}}</td></tr>
{{#parentTransactionId}}<tr><th scope="row">Payment concerned</th><td>{{parentTransactionId}}</td></tr>{{/parentTransactionId}}
{{#transactionId}}<tr><th scope="row">Refund reference</th><td>{{transactionId}}</td></tr>{{/transactionId}}
{{#reason}}<tr><th scope="row">Reason given</th><td>{{reason}}</td></tr>{{/reason}}
{{#pspCode}}<tr><th scope="row">Provider's code</th><td>{{pspCode}}</td></tr>{{/pspCode}}
{{#pspMessage}}<tr><th scope="row">Provider's message</th><td>{{pspMessage}}</td></tr>{{/pspMessage}}
{{#completedAt}}<tr><th scope="row">Date and time</th><td>{{completedAt}}</td></tr>{{/completedAt}}
</table>
<p><strong>What to do:</strong> please check the payment{{#parentTransactionId}} {{parentTransactionId}}{{/parentTransactionId}} in your payment provider's back office; it may, for example, already have been refunded or cancelled there. If the guest still needs to be refunded, refund again from your PMS or directly in the back office: the amount is available to refund again.</p>
{{#url}}<p class="cta"><a class="button" href="{{url}}">View the booking</a></p>{{/url}}
`;

export const text = `
Hello,

The refund of {{amount}} for booking {{reservationId}} ({{guestFormalName}}) was refused by your payment provider. Nothing has been refunded to the guest.

Hotel: {{hotelName}}
Booking: {{reservationId}}
Guest: {{guestFormalName}}
Stay: {{arrival}} → {{departure}} ({{nights}})
Amount of the refund: {{amount}}
{{#parentTransactionId}}Payment concerned: {{parentTransactionId}}
{{/parentTransactionId}}{{#transactionId}}Refund reference: {{transactionId}}
{{/transactionId}}{{#reason}}Reason given: {{reason}}
{{/reason}}{{#pspCode}}Provider's code: {{pspCode}}
{{/pspCode}}{{#pspMessage}}Provider's message: {{pspMessage}}
{{/pspMessage}}{{#completedAt}}Date and time: {{completedAt}}
{{/completedAt}}
What to do: please check the payment{{#parentTransactionId}} {{parentTransactionId}}{{/parentTransactionId}} in your payment provider's back office; it may, for example, already have been refunded or cancelled there. If the guest still needs to be refunded, refund again from your PMS or directly in the back office: the amount is available to refund again.

{{#url}}View the booking:
{{url}}{{/url}}
`;
