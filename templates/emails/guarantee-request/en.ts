export const subject = 'Please guarantee your booking – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>Thank you for your booking, which we are currently holding for you on option. To guarantee it, please register a card on our secure payment page.</p>
<p><strong>Nothing will be charged now.</strong> Your card is simply kept on file as a guarantee of {{amount}}, in line with the conditions of your booking.</p>
{{#deadline}}<p>Please register your card before <strong>{{deadline}}</strong> (hotel local time); after that, we will unfortunately no longer be able to hold your booking.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrival</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Departure</th><td>{{departure}}</td></tr>
<tr><th scope="row">Length of stay</th><td>{{nights}}</td></tr>
<tr><th scope="row">Guaranteed amount</th><td>{{amount}}</td></tr>
<tr><th scope="row">Booking reference</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Guarantee my booking</a></p>
<p class="muted">If the button does not work, copy this link into your browser: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>If you have any questions, please write to us at <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. We look forward to welcoming you.</p>
<p>Kind regards,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

Thank you for your booking, which we are currently holding for you on option. To guarantee it, please register a card on our secure payment page.

Nothing will be charged now. Your card is simply kept on file as a guarantee of {{amount}}, in line with the conditions of your booking.

{{#deadline}}Please register your card before {{deadline}} (hotel local time); after that, we will unfortunately no longer be able to hold your booking.{{/deadline}}

Hotel: {{hotelName}}
Arrival: {{arrival}}
Departure: {{departure}}
Length of stay: {{nights}}
Guaranteed amount: {{amount}}
Booking reference: {{reservationId}}

{{#url}}To guarantee your booking, open this link:
{{url}}{{/url}}

If you have any questions, please write to us at {{hotelEmail}}. We look forward to welcoming you.

Kind regards,
{{hotelName}}
`;
