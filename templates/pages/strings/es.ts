import type { PageStrings } from '../types';

export const es: PageStrings = {
  genericHeader: 'Pago seguro',
  payment: {
    title: { deposit: 'Pague su depósito', guarantee: 'Garantice su reserva' },
    intro: {
      deposit: 'Para confirmar su reserva, le rogamos que abone el siguiente depósito.',
      guarantee: 'Para garantizar su reserva, registre una tarjeta. No se realizará ningún cargo ahora.',
    },
    staffIntro: {
      deposit: 'Recepción: introduzca la tarjeta que el cliente le facilita por teléfono. El depósito indicado abajo se cargará ahora.',
      guarantee: 'Recepción: introduzca la tarjeta que el cliente le facilita por teléfono. Se guarda como garantía; no se cargará nada ahora.',
    },
    labels: { arrival: 'Llegada', departure: 'Salida', stay: 'Estancia', guest: 'A nombre de' },
    amountLabel: { deposit: 'Depósito', guarantee: 'Importe garantizado' },
    ofTotal: 'de un total de {{total}}',
    fullStay: 'importe total de su estancia',
    noChargeNow: 'Sin cargo ahora: su tarjeta queda registrada como garantía por {{amount}}.',
    deadline: 'Plazo: antes del {{deadline}} (hora local del hotel).',
    button: { deposit: 'Pagar {{amount}}', guarantee: 'Registrar mi tarjeta' },
    secure: 'En el siguiente paso introducirá los datos de su tarjeta en la página segura de nuestro proveedor de pagos.',
  },
  problem: {
    expired: {
      title: 'Este enlace ha caducado',
      body: 'El plazo para realizar este pago ha vencido y el enlace ya no es válido. Si desea mantener su reserva, póngase en contacto con el hotel, que podrá enviarle un nuevo enlace.',
    },
    used: {
      title: 'Este enlace ya se ha utilizado',
      body: 'El pago o el registro de su tarjeta ya se realizó con este enlace. No tiene que hacer nada más.',
    },
    cancelled: {
      title: 'Esta solicitud se ha anulado',
      body: 'El hotel ha anulado esta solicitud de pago, por lo que no se le pedirá ningún importe a través de este enlace.',
    },
    not_found: {
      title: 'Enlace no encontrado',
      body: 'Este enlace no es válido. Compruebe que lo ha copiado completo desde el correo electrónico que recibió.',
    },
  },
  contact: {
    withEmail: '¿Alguna pregunta? Escriba a {{hotelName}}: {{{emailLink}}}',
    withoutEmail: 'Para cualquier consulta, póngase en contacto directamente con el hotel en el que reservó.',
  },
  result: {
    succeeded: {
      title: { deposit: 'Gracias, hemos recibido su pago', guarantee: 'Gracias, su tarjeta ha quedado registrada' },
      body: {
        deposit: 'Hemos recibido su pago de {{amount}}. Su reserva está confirmada y estaremos encantados de recibirle.',
        guarantee: 'Su tarjeta ha quedado registrada como garantía por {{amount}} y su reserva está confirmada. No se ha realizado ningún cargo.',
      },
    },
    failed: {
      title: { deposit: 'No se ha podido completar el pago', guarantee: 'No se ha podido registrar su tarjeta' },
      body: {
        deposit: 'No se ha realizado ningún cargo. Su reserva aún no está confirmada: puede intentarlo de nuevo con otra tarjeta o ponerse en contacto con el hotel.',
        guarantee: 'Su reserva aún no está garantizada: puede intentarlo de nuevo con otra tarjeta o ponerse en contacto con el hotel.',
      },
    },
    pending: {
      title: { deposit: 'Estamos comprobando su pago', guarantee: 'Estamos comprobando su tarjeta' },
      body: {
        deposit: 'Estamos esperando la confirmación de su banco. Esta página se actualiza automáticamente; por favor, no la cierre.',
        guarantee: 'Estamos esperando la confirmación de su banco. Esta página se actualiza automáticamente; por favor, no la cierre.',
      },
    },
    abandoned: {
      title: { deposit: 'Pago no finalizado', guarantee: 'Registro de la tarjeta no finalizado' },
      body: {
        deposit: 'Ha salido de la página de pago antes de terminar: no se ha realizado ningún cargo y su reserva aún no está confirmada.',
        guarantee: 'Ha salido de la página de pago antes de terminar: su tarjeta no se ha registrado y su reserva aún no está garantizada.',
      },
    },
    retryUntil: 'Puede volver a intentarlo hasta el {{deadline}} (hora local del hotel); después, su reserva podría anularse.',
    retry: { failed: 'Probar con otra tarjeta', abandoned: 'Intentarlo de nuevo' },
  },
};
