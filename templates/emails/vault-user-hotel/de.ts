// To the hotel, in its default language: someone with the hotel's API key created a card vault
// user, or cleared a user's wrong PINs (an unlock). A control on whoever holds the key: the hotel
// checks that it expected the change. Never a PIN.
// After "Guten Tag," German letters continue in lower case.
export const subject = '{{#isCreated}}Neuer Benutzer des Kartentresors{{/isCreated}}{{#isUnlocked}}{{#wasLocked}}Benutzer des Kartentresors entsperrt{{/wasLocked}}{{^wasLocked}}Falsche PIN-Eingaben zurückgesetzt{{/wasLocked}}{{/isUnlocked}}: {{userName}} ({{userId}}) – {{hotelName}}';

export const html = `
<p>Guten Tag,</p>
{{#isCreated}}<p>mit dem API-Schlüssel Ihres Hauses wurde ein neuer Benutzer des Kartentresors angelegt: <strong>{{userName}}</strong> ({{userId}}). Mit der persönlichen PIN kann diese Person ab sofort im Rahmen der unten aufgeführten Rechte auf die Zahlungskarten Ihrer Gäste zugreifen.</p>{{/isCreated}}
{{#isUnlocked}}{{#wasLocked}}<p>der Benutzer <strong>{{userName}}</strong> ({{userId}}) des Kartentresors wurde mit dem API-Schlüssel Ihres Hauses entsperrt. Er war seit dem {{lockedAt}} Uhr wegen falscher PIN-Eingaben gesperrt und kann nun wieder im Rahmen seiner Rechte auf die Karten zugreifen.</p>{{/wasLocked}}{{^wasLocked}}<p>die falschen PIN-Eingaben des Kartentresor-Benutzers <strong>{{userName}}</strong> ({{userId}}) wurden mit dem API-Schlüssel Ihres Hauses zurückgesetzt. Der Benutzer war noch nicht gesperrt und hat nun wieder alle Versuche zur Verfügung.</p>{{/wasLocked}}{{/isUnlocked}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Benutzerkennung</th><td>{{userId}}</td></tr>
<tr><th scope="row">Name</th><td>{{userName}}</td></tr>
<tr><th scope="row">Rechte</th><td>{{#canReveal}}Vollständige Kartennummern einsehen, die Prüfnummer (CVV) nur ein einziges Mal (cards:reveal){{/canReveal}}{{#bothRoles}}<br>{{/bothRoles}}{{#canManage}}Karten löschen (cards:manage){{/canManage}}</td></tr>
{{#wasLocked}}<tr><th scope="row">Gesperrt seit</th><td>{{lockedAt}} Uhr</td></tr>{{/wasLocked}}
{{#isUnlocked}}<tr><th scope="row">Zurückgesetzte falsche PIN-Eingaben</th><td>{{failedAttempts}}</td></tr>{{/isUnlocked}}
<tr><th scope="row">Zeitpunkt</th><td>{{at}} Uhr</td></tr>
</table>
<p><strong>Haben Sie diese Änderung nicht erwartet?</strong> Wenden Sie sich bitte umgehend an Ihren PMS-Anbieter und lassen Sie Ihren API-Schlüssel ersetzen: Wer ihn besitzt, kann Benutzer des Kartentresors anlegen und entsperren und sich so Zugriff auf die vollständigen Kartennummern Ihrer Gäste verschaffen. War die Änderung geplant, ist nichts weiter zu tun.</p>
`;

export const text = `
Guten Tag,

{{#isCreated}}mit dem API-Schlüssel Ihres Hauses wurde ein neuer Benutzer des Kartentresors angelegt: {{userName}} ({{userId}}). Mit der persönlichen PIN kann diese Person ab sofort im Rahmen der unten aufgeführten Rechte auf die Zahlungskarten Ihrer Gäste zugreifen.{{/isCreated}}{{#isUnlocked}}{{#wasLocked}}der Benutzer {{userName}} ({{userId}}) des Kartentresors wurde mit dem API-Schlüssel Ihres Hauses entsperrt. Er war seit dem {{lockedAt}} Uhr wegen falscher PIN-Eingaben gesperrt und kann nun wieder im Rahmen seiner Rechte auf die Karten zugreifen.{{/wasLocked}}{{^wasLocked}}die falschen PIN-Eingaben des Kartentresor-Benutzers {{userName}} ({{userId}}) wurden mit dem API-Schlüssel Ihres Hauses zurückgesetzt. Der Benutzer war noch nicht gesperrt und hat nun wieder alle Versuche zur Verfügung.{{/wasLocked}}{{/isUnlocked}}

Hotel: {{hotelName}}
Benutzerkennung: {{userId}}
Name: {{userName}}
Rechte:
{{#canReveal}}- vollständige Kartennummern einsehen, die Prüfnummer (CVV) nur ein einziges Mal (cards:reveal)
{{/canReveal}}{{#canManage}}- Karten löschen (cards:manage)
{{/canManage}}{{#wasLocked}}Gesperrt seit: {{lockedAt}} Uhr
{{/wasLocked}}{{#isUnlocked}}Zurückgesetzte falsche PIN-Eingaben: {{failedAttempts}}
{{/isUnlocked}}Zeitpunkt: {{at}} Uhr

Haben Sie diese Änderung nicht erwartet? Wenden Sie sich bitte umgehend an Ihren PMS-Anbieter und lassen Sie Ihren API-Schlüssel ersetzen: Wer ihn besitzt, kann Benutzer des Kartentresors anlegen und entsperren und sich so Zugriff auf die vollständigen Kartennummern Ihrer Gäste verschaffen. War die Änderung geplant, ist nichts weiter zu tun.
`;
