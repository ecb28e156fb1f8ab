// To the hotel, in its default language: someone with the hotel's API key created a card vault
// user, or cleared a user's wrong PINs (an unlock). A control on whoever holds the key: the hotel
// checks that it expected the change. Never a PIN.
export const subject = "{{#isCreated}}Nouvel utilisateur du coffre-fort des cartes{{/isCreated}}{{#isUnlocked}}{{#wasLocked}}Utilisateur du coffre-fort des cartes débloqué{{/wasLocked}}{{^wasLocked}}Codes PIN erronés remis à zéro{{/wasLocked}}{{/isUnlocked}} : {{userName}} ({{userId}}) – {{hotelName}}";

export const html = `
<p>Bonjour,</p>
{{#isCreated}}<p>Un nouvel utilisateur du coffre-fort des cartes, <strong>{{userName}}</strong> ({{userId}}), a été créé avec la clé d'API de votre établissement. Avec son code PIN personnel, cette personne peut désormais accéder aux cartes bancaires de vos clients selon les droits ci-dessous.</p>{{/isCreated}}
{{#isUnlocked}}{{#wasLocked}}<p>L'utilisateur du coffre-fort des cartes <strong>{{userName}}</strong> ({{userId}}) a été débloqué avec la clé d'API de votre établissement. Il était bloqué depuis le {{lockedAt}} à la suite de codes PIN erronés&nbsp;; il peut de nouveau accéder aux cartes selon ses droits.</p>{{/wasLocked}}{{^wasLocked}}<p>Les codes PIN erronés saisis pour l'utilisateur du coffre-fort des cartes <strong>{{userName}}</strong> ({{userId}}) ont été remis à zéro avec la clé d'API de votre établissement. Il n'était pas encore bloqué et dispose de nouveau de tous ses essais.</p>{{/wasLocked}}{{/isUnlocked}}
<table class="details">
<tr><th scope="row">Hôtel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Identifiant</th><td>{{userId}}</td></tr>
<tr><th scope="row">Nom</th><td>{{userName}}</td></tr>
<tr><th scope="row">Droits</th><td>{{#canReveal}}Voir les numéros de carte complets, et le cryptogramme (CVV) une seule fois (cards:reveal){{/canReveal}}{{#bothRoles}}<br>{{/bothRoles}}{{#canManage}}Effacer des cartes (cards:manage){{/canManage}}</td></tr>
{{#wasLocked}}<tr><th scope="row">Bloqué depuis</th><td>{{lockedAt}}</td></tr>{{/wasLocked}}
{{#isUnlocked}}<tr><th scope="row">Codes PIN erronés remis à zéro</th><td>{{failedAttempts}}</td></tr>{{/isUnlocked}}
<tr><th scope="row">Date et heure</th><td>{{at}}</td></tr>
</table>
<p><strong>Vous n'attendiez pas ce changement&nbsp;?</strong> Contactez sans attendre votre éditeur de PMS et faites remplacer votre clé d'API&nbsp;: quiconque la détient peut créer des utilisateurs du coffre-fort et les débloquer, et donc s'autoriser à voir les numéros de carte complets de vos clients. Si ce changement était prévu, vous n'avez rien à faire.</p>
`;

export const text = `
Bonjour,

{{#isCreated}}Un nouvel utilisateur du coffre-fort des cartes, {{userName}} ({{userId}}), a été créé avec la clé d'API de votre établissement. Avec son code PIN personnel, cette personne peut désormais accéder aux cartes bancaires de vos clients selon les droits ci-dessous.{{/isCreated}}{{#isUnlocked}}{{#wasLocked}}L'utilisateur du coffre-fort des cartes {{userName}} ({{userId}}) a été débloqué avec la clé d'API de votre établissement. Il était bloqué depuis le {{lockedAt}} à la suite de codes PIN erronés ; il peut de nouveau accéder aux cartes selon ses droits.{{/wasLocked}}{{^wasLocked}}Les codes PIN erronés saisis pour l'utilisateur du coffre-fort des cartes {{userName}} ({{userId}}) ont été remis à zéro avec la clé d'API de votre établissement. Il n'était pas encore bloqué et dispose de nouveau de tous ses essais.{{/wasLocked}}{{/isUnlocked}}

Hôtel : {{hotelName}}
Identifiant : {{userId}}
Nom : {{userName}}
Droits :
{{#canReveal}}- voir les numéros de carte complets, et le cryptogramme (CVV) une seule fois (cards:reveal)
{{/canReveal}}{{#canManage}}- effacer des cartes (cards:manage)
{{/canManage}}{{#wasLocked}}Bloqué depuis : {{lockedAt}}
{{/wasLocked}}{{#isUnlocked}}Codes PIN erronés remis à zéro : {{failedAttempts}}
{{/isUnlocked}}Date et heure : {{at}}

Vous n'attendiez pas ce changement ? Contactez sans attendre votre éditeur de PMS et faites remplacer votre clé d'API : quiconque la détient peut créer des utilisateurs du coffre-fort et les débloquer, et donc s'autoriser à voir les numéros de carte complets de vos clients. Si ce changement était prévu, vous n'avez rien à faire.
`;
