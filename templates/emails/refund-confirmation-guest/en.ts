// To the guest (reply-to the hotel), in the guest's language: a refund went through.
export const subject = 'Your refund of {{amount}} – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>We have refunded <strong>{{amount}}</strong> for your booking.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrival</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Departure</th><td>{{departure}}</td></tr>
<tr><th scope="row">Length of stay</th><td>{{nights}}</td></tr>
<tr><th scope="row">Amount refunded</th><td>{{amount}}</td></tr>
<tr><th scope="row">Booking reference</th><td>{{reservationId}}</td></tr>
{{#completedAt}}<tr><th scope="row">Date</th><td>{{completedAt}}</td></tr>{{/completedAt}}
</table>
<p>The amount goes back to the card you used for the payment. Depending on your bank, it may take a few business days to appear on your statement.</p>
{{#url}}<p>You can see the details of your booking at any time here: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>If you have any questions, please write to us at <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>.</p>
<p>Kind regards,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

We have refunded {{amount}} for your booking.

Hotel: {{hotelName}}
Arrival: {{arrival}}
Departure: {{departure}}
Length of stay: {{nights}}
Amount refunded: {{amount}}
Booking reference: {{reservationId}}
{{#completedAt}}Date: {{completedAt}}
{{/completedAt}}
The amount goes back to the card you used for the payment. Depending on your bank, it may take a few business days to appear on your statement.

{{#url}}You can see the details of your booking at any time here:
{{url}}{{/url}}

If you have any questions, please write to us at {{hotelEmail}}.

Kind regards,
{{hotelName}}
`;
