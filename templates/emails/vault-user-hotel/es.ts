// To the hotel, in its default language: someone with the hotel's API key created a card vault
// user, or cleared a user's wrong PINs (an unlock). A control on whoever holds the key: the hotel
// checks that it expected the change. Never a PIN.
export const subject = '{{#isCreated}}Nuevo usuario de la caja fuerte de tarjetas{{/isCreated}}{{#isUnlocked}}{{#wasLocked}}Usuario de la caja fuerte de tarjetas desbloqueado{{/wasLocked}}{{^wasLocked}}Intentos fallidos de PIN restablecidos{{/wasLocked}}{{/isUnlocked}}: {{userName}} ({{userId}}) – {{hotelName}}';

export const html = `
<p>Hola:</p>
{{#isCreated}}<p>Se ha creado un nuevo usuario de la caja fuerte de tarjetas, <strong>{{userName}}</strong> ({{userId}}), con la clave de API de su establecimiento. Con su PIN personal, esta persona puede acceder a partir de ahora a las tarjetas de pago de sus clientes, según los permisos indicados a continuación.</p>{{/isCreated}}
{{#isUnlocked}}{{#wasLocked}}<p>El usuario <strong>{{userName}}</strong> ({{userId}}) de la caja fuerte de tarjetas se ha desbloqueado con la clave de API de su establecimiento. Estaba bloqueado desde el {{lockedAt}} por haber introducido PIN erróneos y puede volver a acceder a las tarjetas según sus permisos.</p>{{/wasLocked}}{{^wasLocked}}<p>Se han restablecido, con la clave de API de su establecimiento, los intentos fallidos de PIN del usuario <strong>{{userName}}</strong> ({{userId}}) de la caja fuerte de tarjetas. Aún no estaba bloqueado y vuelve a disponer de todos sus intentos.</p>{{/wasLocked}}{{/isUnlocked}}
<table class="details">
<tr><th scope="row">Hotel</th><td>{{hotelName}}</td></tr>
<tr><th scope="row">Identificador</th><td>{{userId}}</td></tr>
<tr><th scope="row">Nombre</th><td>{{userName}}</td></tr>
<tr><th scope="row">Permisos</th><td>{{#canReveal}}Ver los números completos de las tarjetas, y el CVV una sola vez (cards:reveal){{/canReveal}}{{#bothRoles}}<br>{{/bothRoles}}{{#canManage}}Borrar tarjetas (cards:manage){{/canManage}}</td></tr>
{{#wasLocked}}<tr><th scope="row">Bloqueado desde</th><td>{{lockedAt}}</td></tr>{{/wasLocked}}
{{#isUnlocked}}<tr><th scope="row">Intentos fallidos restablecidos</th><td>{{failedAttempts}}</td></tr>{{/isUnlocked}}
<tr><th scope="row">Fecha y hora</th><td>{{at}}</td></tr>
</table>
<p><strong>¿No esperaba este cambio?</strong> Póngase en contacto cuanto antes con su proveedor de PMS y solicite que se sustituya su clave de API: quien la tenga puede crear usuarios de la caja fuerte y desbloquearlos, y así darse acceso a los números completos de las tarjetas de sus clientes. Si el cambio estaba previsto, no tiene que hacer nada.</p>
`;

export const text = `
Hola:

{{#isCreated}}Se ha creado un nuevo usuario de la caja fuerte de tarjetas, {{userName}} ({{userId}}), con la clave de API de su establecimiento. Con su PIN personal, esta persona puede acceder a partir de ahora a las tarjetas de pago de sus clientes, según los permisos indicados a continuación.{{/isCreated}}{{#isUnlocked}}{{#wasLocked}}El usuario {{userName}} ({{userId}}) de la caja fuerte de tarjetas se ha desbloqueado con la clave de API de su establecimiento. Estaba bloqueado desde el {{lockedAt}} por haber introducido PIN erróneos y puede volver a acceder a las tarjetas según sus permisos.{{/wasLocked}}{{^wasLocked}}Se han restablecido, con la clave de API de su establecimiento, los intentos fallidos de PIN del usuario {{userName}} ({{userId}}) de la caja fuerte de tarjetas. Aún no estaba bloqueado y vuelve a disponer de todos sus intentos.{{/wasLocked}}{{/isUnlocked}}

Hotel: {{hotelName}}
Identificador: {{userId}}
Nombre: {{userName}}
Permisos:
{{#canReveal}}- ver los números completos de las tarjetas, y el CVV una sola vez (cards:reveal)
{{/canReveal}}{{#canManage}}- borrar tarjetas (cards:manage)
{{/canManage}}{{#wasLocked}}Bloqueado desde: {{lockedAt}}
{{/wasLocked}}{{#isUnlocked}}Intentos fallidos restablecidos: {{failedAttempts}}
{{/isUnlocked}}Fecha y hora: {{at}}

¿No esperaba este cambio? Póngase en contacto cuanto antes con su proveedor de PMS y solicite que se sustituya su clave de API: quien la tenga puede crear usuarios de la caja fuerte y desbloquearlos, y así darse acceso a los números completos de las tarjetas de sus clientes. Si el cambio estaba previsto, no tiene que hacer nada.
`;
