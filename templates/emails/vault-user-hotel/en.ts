// To the hotel, in its default language: someone with the hotel's API key created a card vault
// user, or cleared a user's wrong PINs (an unlock). A control on whoever holds the key: the hotel
// checks that it expected the change. Never a PIN.
export const subject = '{{#isCreated}}New card vault user{{/isCreated}}{{#isUnlocked}}{{#wasLocked}}Card vault user unlocked{{/wasLocked}}{{^wasLocked}}Wrong PINs cleared{{/wasLocked}}{{/isUnlocked}}: {{userName}} ({{userId}}) – {{hotelName}}';

export const html = `
<p>Hello,</p>
{{#isCreated}}<p>A new card vault user, <strong>{{userName}}</strong> ({{userId}}), has been created with your property's API key. With their personal PIN, this person can now access your guests' payment cards as the rights below allow.</p>{{/isCreated}}
{{#isUnlocked}}{{#wasLocked}}<p>Card vault user <strong>{{userName}}</strong> ({{userId}}) has been unlocked with your property's API key. Wrong PINs had locked this user on {{lockedAt}}; they can access cards again as their rights allow.</p>{{/wasLocked}}{{^wasLocked}}<p>The wrong PINs entered for card vault user <strong>{{userName}}</strong> ({{userId}}) have been cleared with your property's API key. This user was not locked yet, and now has all their attempts again.</p>{{/wasLocked}}{{/isUnlocked}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">User ID</th><td>{{userId}}</td></tr>
<tr><th scope="row">Name</th><td>{{userName}}</td></tr>
<tr><th scope="row">Rights</th><td>{{#canReveal}}See full card numbers, and the CVV once (cards:reveal){{/canReveal}}{{#bothRoles}}<br>{{/bothRoles}}{{#canManage}}Erase cards (cards:manage){{/canManage}}</td></tr>
{{#wasLocked}}<tr><th scope="row">Locked since</th><td>{{lockedAt}}</td></tr>{{/wasLocked}}
{{#isUnlocked}}<tr><th scope="row">Wrong PINs cleared</th><td>{{failedAttempts}}</td></tr>{{/isUnlocked}}
<tr><th scope="row">Date and time</th><td>{{at}}</td></tr>
</table>
<p><strong>Not expecting this?</strong> Contact your PMS provider straight away and have your API key replaced: anyone who holds it can create card vault users and unlock them, and so give themselves access to your guests' full card numbers. If this change was planned, there is nothing to do.</p>
`;

export const text = `
Hello,

{{#isCreated}}A new card vault user, {{userName}} ({{userId}}), has been created with your property's API key. With their personal PIN, this person can now access your guests' payment cards as the rights below allow.{{/isCreated}}{{#isUnlocked}}{{#wasLocked}}Card vault user {{userName}} ({{userId}}) has been unlocked with your property's API key. Wrong PINs had locked this user on {{lockedAt}}; they can access cards again as their rights allow.{{/wasLocked}}{{^wasLocked}}The wrong PINs entered for card vault user {{userName}} ({{userId}}) have been cleared with your property's API key. This user was not locked yet, and now has all their attempts again.{{/wasLocked}}{{/isUnlocked}}

Hotel: {{hotelName}}
User ID: {{userId}}
Name: {{userName}}
Rights:
{{#canReveal}}- see full card numbers, and the CVV once (cards:reveal)
{{/canReveal}}{{#canManage}}- erase cards (cards:manage)
{{/canManage}}{{#wasLocked}}Locked since: {{lockedAt}}
{{/wasLocked}}{{#isUnlocked}}Wrong PINs cleared: {{failedAttempts}}
{{/isUnlocked}}Date and time: {{at}}

Not expecting this? Contact your PMS provider straight away and have your API key replaced: anyone who holds it can create card vault users and unlock them, and so give themselves access to your guests' full card numbers. If this change was planned, there is nothing to do.
`;
