// To the guest (reply-to the hotel), in the guest's language: a refund went through.
export const subject = 'Il Suo rimborso di {{amount}} – {{hotelName}}';

export const html = `
<p>{{salutation}}</p>
<p>Le confermiamo il rimborso di <strong>{{amount}}</strong> relativo alla Sua prenotazione.</p>
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Arrivo</th><td>{{arrival}}</td></tr>
<tr><th scope="row">Partenza</th><td>{{departure}}</td></tr>
<tr><th scope="row">Soggiorno</th><td>{{nights}}</td></tr>
<tr><th scope="row">Importo rimborsato</th><td>{{amount}}</td></tr>
<tr><th scope="row">Numero di prenotazione</th><td>{{reservationId}}</td></tr>
{{#completedAt}}<tr><th scope="row">Data</th><td>{{completedAt}}</td></tr>{{/completedAt}}
</table>
<p>L'importo verrà riaccreditato sulla carta utilizzata per il pagamento. A seconda della Sua banca, potrebbero essere necessari alcuni giorni lavorativi prima che compaia sul Suo estratto conto.</p>
{{#url}}<p>Può consultare i dettagli della Sua prenotazione in qualsiasi momento qui: <a href="{{url}}">{{url}}</a></p>{{/url}}
<p>Per qualsiasi domanda può scriverci a <a href="mailto:{{hotelEmail}}">{{hotelEmail}}</a>.</p>
<p>Cordiali saluti,<br>{{hotelName}}</p>
`;

export const text = `
{{salutation}}

Le confermiamo il rimborso di {{amount}} relativo alla Sua prenotazione.

Hotel: {{hotelName}}
Arrivo: {{arrival}}
Partenza: {{departure}}
Soggiorno: {{nights}}
Importo rimborsato: {{amount}}
Numero di prenotazione: {{reservationId}}
{{#completedAt}}Data: {{completedAt}}
{{/completedAt}}
L'importo verrà riaccreditato sulla carta utilizzata per il pagamento. A seconda della Sua banca, potrebbero essere necessari alcuni giorni lavorativi prima che compaia sul Suo estratto conto.

{{#url}}Può consultare i dettagli della Sua prenotazione in qualsiasi momento qui:
{{url}}{{/url}}

Per qualsiasi domanda può scriverci a {{hotelEmail}}.

Cordiali saluti,
{{hotelName}}
`;
