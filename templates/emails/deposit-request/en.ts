export const subject = 'Deposit to confirm your booking – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>Thank you for your booking, which we are currently holding for you on option. To confirm it, please pay a deposit of <strong>{{amount}}</strong>{{#partial}} (out of a total of {{total}}){{/partial}}{{^partial}} (the full amount of your stay){{/partial}} on our secure payment page.</p>
{{#deadline}}<p>Please pay before <strong>{{deadline}}</strong> (hotel local time); after that, we will unfortunately no longer be able to hold your booking.</p>{{/deadline}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrival</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Departure</th><td>{{departure}}</td></tr>
<tr><th scope="row">Length of stay</th><td>{{nights}}</td></tr>
<tr><th scope="row">Deposit due</th><td>{{amount}}</td></tr>
<tr><th scope="row">Total for your stay</th><td>{{total}}</td></tr>
<tr><th scope="row">Booking reference</th><td>{{reservationId}}</td></tr>
</table>
{{#url}}<p class="cta"><a class="button" href="{{url}}">Pay the deposit</a></p>
<p class="muted">If the button does not work, copy this link into your browser: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>If you have any questions, please write to us at <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>. We look forward to welcoming you.</p>
<p>Kind regards,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

Thank you for your booking, which we are currently holding for you on option. To confirm it, please pay a deposit of {{amount}}{{#partial}} (out of a total of {{total}}){{/partial}}{{^partial}} (the full amount of your stay){{/partial}} on our secure payment page.

{{#deadline}}Please pay before {{deadline}} (hotel local time); after that, we will unfortunately no longer be able to hold your booking.{{/deadline}}

Hotel: {{hotelName}}
Arrival: {{arrival}}
Departure: {{departure}}
Length of stay: {{nights}}
Deposit due: {{amount}}
Total for your stay: {{total}}
Booking reference: {{reservationId}}

{{#url}}To pay the deposit, open this link:
{{url}}{{/url}}

If you have any questions, please write to us at {{hotelEmail}}. We look forward to welcoming you.

Kind regards,
{{hotelName}}
`;
