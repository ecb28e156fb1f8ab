// To the hotel, in its default language: someone with the hotel's API key created a card vault
// user, or cleared a user's wrong PINs (an unlock). A control on whoever holds the key: the hotel
// checks that it expected the change. Never a PIN.
export const subject = "{{#isCreated}}Nuovo utente della cassaforte delle carte{{/isCreated}}{{#isUnlocked}}{{#wasLocked}}Utente della cassaforte delle carte sbloccato{{/wasLocked}}{{^wasLocked}}Tentativi di PIN errati azzerati{{/wasLocked}}{{/isUnlocked}}: {{userName}} ({{userId}}) – {{hotelName}}";

export const html = `
<p>Buongiorno,</p>
{{#isCreated}}<p>Con la chiave API della Sua struttura è stato creato un nuovo utente della cassaforte delle carte, <strong>{{userName}}</strong> ({{userId}}). Con il proprio PIN personale, questa persona può ora accedere alle carte di pagamento dei Suoi ospiti, secondo i permessi indicati di seguito.</p>{{/isCreated}}
{{#isUnlocked}}{{#wasLocked}}<p>L'utente <strong>{{userName}}</strong> ({{userId}}) della cassaforte delle carte è stato sbloccato con la chiave API della Sua struttura. Era bloccato dal {{lockedAt}} a causa di PIN errati e può di nuovo accedere alle carte secondo i propri permessi.</p>{{/wasLocked}}{{^wasLocked}}<p>I tentativi di PIN errati dell'utente <strong>{{userName}}</strong> ({{userId}}) della cassaforte delle carte sono stati azzerati con la chiave API della Sua struttura. L'utente non era ancora bloccato e dispone di nuovo di tutti i tentativi.</p>{{/wasLocked}}{{/isUnlocked}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Identificativo</th><td>{{userId}}</td></tr>
<tr><th scope="row">Nome</th><td>{{userName}}</td></tr>
<tr><th scope="row">Permessi</th><td>{{#canReveal}}Vedere i numeri completi delle carte, e il CVV una sola volta (cards:reveal){{/canReveal}}{{#bothRoles}}<br>{{/bothRoles}}{{#canManage}}Cancellare carte (cards:manage){{/canManage}}</td></tr>
{{#wasLocked}}<tr><th scope="row">Bloccato dal</th><td>{{lockedAt}}</td></tr>{{/wasLocked}}
{{#isUnlocked}}<tr><th scope="row">Tentativi errati azzerati</th><td>{{failedAttempts}}</td></tr>{{/isUnlocked}}
<tr><th scope="row">Data e ora</th><td>{{at}}</td></tr>
</table>
<p><strong>Non si aspettava questa modifica?</strong> Contatti senza indugio il Suo fornitore del PMS e faccia sostituire la Sua chiave API: chiunque la possieda può creare e sbloccare utenti della cassaforte, e quindi concedersi l'accesso ai numeri completi delle carte dei Suoi ospiti. Se la modifica era prevista, non deve fare nulla.</p>
`;

export const text = `
Buongiorno,

{{#isCreated}}Con la chiave API della Sua struttura è stato creato un nuovo utente della cassaforte delle carte, {{userName}} ({{userId}}). Con il proprio PIN personale, questa persona può ora accedere alle carte di pagamento dei Suoi ospiti, secondo i permessi indicati di seguito.{{/isCreated}}{{#isUnlocked}}{{#wasLocked}}L'utente {{userName}} ({{userId}}) della cassaforte delle carte è stato sbloccato con la chiave API della Sua struttura. Era bloccato dal {{lockedAt}} a causa di PIN errati e può di nuovo accedere alle carte secondo i propri permessi.{{/wasLocked}}{{^wasLocked}}I tentativi di PIN errati dell'utente {{userName}} ({{userId}}) della cassaforte delle carte sono stati azzerati con la chiave API della Sua struttura. L'utente non era ancora bloccato e dispone di nuovo di tutti i tentativi.{{/wasLocked}}{{/isUnlocked}}

Hotel: {{hotelName}}
Identificativo: {{userId}}
Nome: {{userName}}
Permessi:
{{#canReveal}}- vedere i numeri completi delle carte, e il CVV una sola volta (cards:reveal)
{{/canReveal}}{{#canManage}}- cancellare carte (cards:manage)
{{/canManage}}{{#wasLocked}}Bloccato dal: {{lockedAt}}
{{/wasLocked}}{{#isUnlocked}}Tentativi errati azzerati: {{failedAttempts}}
{{/isUnlocked}}Data e ora: {{at}}

Non si aspettava questa modifica? Contatti senza indugio il Suo fornitore del PMS e faccia sostituire la Sua chiave API: chiunque la possieda può creare e sbloccare utenti della cassaforte, e quindi concedersi l'accesso ai numeri completi delle carte dei Suoi ospiti. Se la modifica era prevista, non deve fare nulla.
`;
