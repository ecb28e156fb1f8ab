/**
 * Spanish. The greeting ends with a colon ("Hola:"), and the letter continues with a capital.
 * Una preautorización: el cliente la «acepta»; el importe queda «retenido» en la tarjeta, sin
 * «cargo», hasta que el hotel lo «cobra» (todo o parte); el resto se «libera».
 * Un cargo en la tarjeta registrada: el hotel «carga» el importe en la tarjeta; si el banco lo exige,
 * el cliente «confirma el pago» en nuestra página; un cargo rechazado sigue «pendiente».
 */
import type { Messages } from './en';

// Labels of the detail tables (e-mails) and of the stay on the payment page.
export const label: Messages['label'] = {
  hotel: 'Hotel',
  arrival: 'Llegada',
  departure: 'Salida',
  lengthOfStay: 'Estancia',
  guaranteedAmount: 'Importe garantizado',
  depositDue: 'Depósito',
  depositPaid: 'Depósito abonado',
  amountToHold: 'Importe de la preautorización',
  amountHeld: 'Importe retenido',
  totalForYourStay: 'Importe total',
  bookingReference: 'N.º de reserva',
  transactionNumber: 'N.º de transacción',
  date: 'Fecha',
  amountRefunded: 'Importe reembolsado',
  bookedFor: 'A nombre de',
  booking: 'Reserva',
  guest: 'Cliente',
  type: 'Tipo',
  amount: 'Importe',
  totalForTheStay: 'Importe total',
  stay: 'Estancia',
  transaction: 'Transacción',
  dateAndTime: 'Fecha y hora',
  refundAmount: 'Importe del reembolso',
  paymentConcerned: 'Pago afectado',
  refundReference: 'Referencia del reembolso',
  reasonGiven: 'Motivo indicado',
  providerCode: 'Código del proveedor',
  providerMessage: 'Mensaje del proveedor',
  bookingStatus: 'Estado de la reserva',
  secondPaymentAmount: 'Importe del segundo pago',
  secondPayment: 'Segundo pago',
  firstPayment: 'Primer pago',
  secondPreauthorisation: 'Segunda preautorización',
  firstPreauthorisation: 'Primera preautorización',
  request: 'Solicitud',
  providerAnswer: 'Respuesta del proveedor',
  optionDeadline: 'Fecha límite de opción',
  newOptionDeadline: 'Nueva fecha límite de opción',
  outcome: 'Resultado',
  userId: 'Identificador',
  name: 'Nombre',
  rights: 'Permisos',
  lockedSince: 'Bloqueado desde',
  wrongPinsCleared: 'Intentos fallidos restablecidos',
  webhookEndpoint: 'Punto de recepción',
  failingSince: 'Con fallos desde',
  lastResult: 'Última respuesta',
  optionExpiry: 'Vencimiento de la opción',
  holdLapse: 'Caducidad prevista',
  reason: 'Motivo',
  amountToCharge: 'Importe a pagar',
  amountCharged: 'Importe cobrado',
  card: 'Tarjeta',
  cardExpiry: 'Fecha de caducidad',
  chargeId: 'Referencia del cargo',
  linkValidUntil: 'Enlace de pago válido hasta',
  newCardBefore: 'Nueva tarjeta solicitada antes del',
};

// Why the hotel charges a card the guest registered: as a table shows it (`label`), and as a
// sentence says it to the guest (`forGuest`) and to the front desk (`forHotel`).
export const chargeReason: Messages['chargeReason'] = {
  label: {
    prepayment: 'Prepago',
    stay: 'Consumos durante la estancia',
    balance: 'Saldo a la salida',
    no_show: 'No presentación (no-show)',
    fee: 'Cargo adicional',
  },
  forGuest: {
    prepayment: 'en concepto de prepago de su estancia',
    stay: 'por los servicios consumidos durante su estancia',
    balance: 'por el saldo de su estancia',
    no_show: 'por su no presentación',
    fee: 'en concepto de un cargo relacionado con su reserva',
  },
  forHotel: {
    prepayment: 'en concepto de prepago',
    stay: 'por servicios durante la estancia',
    balance: 'por el saldo a la salida',
    no_show: 'por la no presentación',
    fee: 'en concepto de cargo adicional',
  },
};

// The guest pages (payment, a link that cannot be paid, the result): plain text with {{values}}, no markup.
export const page: Messages['page'] = {
  genericHeader: 'Pago seguro',
  payment: {
    title: {
      deposit: 'Pague su depósito',
      guarantee: 'Garantice su reserva',
      preauthorisation: 'Acepte la preautorización',
      charge: 'Confirme su pago',
    },
    intro: {
      deposit: 'Para confirmar su reserva, le rogamos que abone el siguiente depósito.',
      guarantee: 'Para garantizar su reserva, registre una tarjeta. No se realizará ningún cargo ahora.',
      preauthorisation: 'Para confirmar su reserva, le rogamos que acepte la siguiente preautorización. El importe quedará retenido en su tarjeta, sin ningún cargo.',
      charge: '{{hotelName}} necesita cargar {{amount}} en la tarjeta que usted registró. Su banco le pide que confirme este pago.',
    },
    chargeIntro: '{{hotelName}} necesita cargar {{amount}} en la tarjeta que usted registró, {{chargeFor}}. Su banco le pide que confirme este pago.',
    staffIntro: {
      deposit: 'Recepción: introduzca la tarjeta que el cliente le facilita por teléfono. El depósito indicado abajo se cargará ahora.',
      guarantee: 'Recepción: introduzca la tarjeta que el cliente le facilita por teléfono. Se guarda como garantía; no se cargará nada ahora.',
      preauthorisation: 'Recepción: introduzca la tarjeta que el cliente le facilita por teléfono. El importe indicado abajo se preautoriza ahora y queda retenido; no se cobra nada.',
      charge: 'Recepción: introduzca la tarjeta que el cliente le facilita por teléfono. El importe indicado abajo se cargará ahora.',
    },
    ofTotal: 'de un total de {{total}}',
    fullStay: 'importe total de su estancia',
    noChargeNow: 'Sin cargo ahora: su tarjeta queda registrada como garantía por {{amount}}.',
    heldNotCharged: 'Retenido en su tarjeta, sin cargo: más adelante podremos cobrar todo o parte de este importe, y el resto se liberará.',
    chargeNote: 'No se realizará ningún cargo hasta que usted confirme el pago con su banco.',
    deadline: 'Plazo: antes del {{deadline}} (hora local del hotel).',
    button: {
      deposit: 'Pagar {{amount}}',
      guarantee: 'Registrar mi tarjeta',
      preauthorisation: 'Autorizar {{amount}}',
      charge: 'Confirmar y pagar {{amount}}',
    },
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
      title: {
        deposit: 'Gracias, hemos recibido su pago',
        guarantee: 'Gracias, su tarjeta ha quedado registrada',
        preauthorisation: 'Gracias, la preautorización se ha realizado',
        charge: 'Gracias, su pago ha sido confirmado',
      },
      body: {
        deposit: 'Hemos recibido su pago de {{amount}}. Su reserva está confirmada y estaremos encantados de recibirle.',
        guarantee: 'Su tarjeta ha quedado registrada como garantía por {{amount}} y su reserva está confirmada. No se ha realizado ningún cargo.',
        preauthorisation: 'Su tarjeta ha quedado preautorizada por {{amount}} y su reserva está confirmada. El importe solo queda retenido; no se ha realizado ningún cargo.',
        charge: 'Hemos recibido su pago de {{amount}}. Muchas gracias; recibirá un justificante por correo electrónico.',
      },
    },
    failed: {
      title: {
        deposit: 'No se ha podido completar el pago',
        guarantee: 'No se ha podido registrar su tarjeta',
        preauthorisation: 'No se ha podido realizar la preautorización',
        charge: 'No se ha podido completar el pago',
      },
      body: {
        deposit: 'No se ha realizado ningún cargo. Su reserva aún no está confirmada: puede intentarlo de nuevo con otra tarjeta o ponerse en contacto con el hotel.',
        guarantee: 'Su reserva aún no está garantizada: puede intentarlo de nuevo con otra tarjeta o ponerse en contacto con el hotel.',
        preauthorisation: 'No hay ningún importe retenido en su tarjeta. Su reserva aún no está confirmada: puede intentarlo de nuevo con otra tarjeta o ponerse en contacto con el hotel.',
        charge: 'No se ha realizado ningún cargo y el importe sigue pendiente: puede intentarlo de nuevo con otra tarjeta o ponerse en contacto con el hotel.',
      },
    },
    pending: {
      title: {
        deposit: 'Estamos comprobando su pago',
        guarantee: 'Estamos comprobando su tarjeta',
        preauthorisation: 'Estamos comprobando la preautorización',
        charge: 'Estamos comprobando su pago',
      },
      body: {
        deposit: 'Estamos esperando la confirmación de su banco. Esta página se actualiza automáticamente; por favor, no la cierre.',
        guarantee: 'Estamos esperando la confirmación de su banco. Esta página se actualiza automáticamente; por favor, no la cierre.',
        preauthorisation: 'Estamos esperando la confirmación de su banco. Esta página se actualiza automáticamente; por favor, no la cierre.',
        charge: 'Estamos esperando la confirmación de su banco. Esta página se actualiza automáticamente; por favor, no la cierre.',
      },
    },
    abandoned: {
      title: {
        deposit: 'Pago no finalizado',
        guarantee: 'Registro de la tarjeta no finalizado',
        preauthorisation: 'Preautorización no finalizada',
        charge: 'Pago no finalizado',
      },
      body: {
        deposit: 'Ha salido de la página de pago antes de terminar: no se ha realizado ningún cargo y su reserva aún no está confirmada.',
        guarantee: 'Ha salido de la página de pago antes de terminar: su tarjeta no se ha registrado y su reserva aún no está garantizada.',
        preauthorisation: 'Ha salido de la página de pago antes de terminar: no hay ningún importe retenido en su tarjeta y su reserva aún no está confirmada.',
        charge: 'Ha salido de la página de pago antes de terminar: no se ha realizado ningún cargo y el importe sigue pendiente.',
      },
    },
    retryUntil: 'Puede volver a intentarlo hasta el {{deadline}} (hora local del hotel); después, su reserva podría anularse.',
    retryUntilCharge: 'Puede intentarlo de nuevo hasta el {{deadline}} (hora local del hotel).',
    retry: {
      failed: 'Probar con otra tarjeta',
      abandoned: 'Intentarlo de nuevo',
    },
  },
};

/**
 * The whole catalog. `label`, `chargeReason` and `page` are declared apart, above: the guest pages
 * read only those, so their bundles leave the e-mails' sentences out.
 */
export const es: Messages = {
  // How a label reads before its value in the text part ("Hotel: …").
  format: {
    label: '{{label}}:',
  },

  label,

  // Values of the detail tables. `time`: a date and time at the hotel, as a table shows it.
  value: {
    time: '{{time}}',
    deposit: 'Depósito',
    cardGuarantee: 'Garantía con tarjeta',
    preauthorisation: 'Preautorización',
    charge: 'Cargo en la tarjeta registrada',
    expired: 'Vencida',
    cancelled: 'Cancelada',
  },

  // Sentences several e-mails share.
  email: {
    hello: 'Hola:',
    questions: 'Si tiene cualquier pregunta, puede escribirnos a {{{emailLink}}}.',
    lookForward: 'Será un placer recibirle.',
    lookForwardSoon: 'Estaremos encantados de recibirle muy pronto.',
    signOff: 'Un cordial saludo,',
    buttonFallback: 'Si el botón no funciona, copie este enlace en su navegador:',
    bookingDetails: 'Puede consultar los detalles de su reserva en cualquier momento aquí:',
    viewBooking: 'Ver la reserva',
    whatToDo: '**¿Qué debe hacer?**',
    footer: {
      guest: 'Enviado por {{hotelName}} · {{hotelEmail}}. Nunca le pediremos los datos de su tarjeta por correo electrónico.',
      hotel: 'Notificación automática del servicio de pagos de sus reservas.',
    },
    noChargeNow: '**No se realizará ningún cargo ahora.** Su tarjeta quedará registrada únicamente como garantía por un importe de {{amount}}, de acuerdo con las condiciones de su reserva.',
    heldNotCharged: '**No se realizará ningún cargo ahora.** El importe solo quedará retenido en su tarjeta. Más adelante podremos cobrar todo o parte de este importe, por ejemplo por su estancia o por servicios adicionales; el importe no cobrado se liberará.',
    holdLapses: 'Si la preautorización no se cobra ni se libera, caducará por sí sola en torno al **{{holdExpiresAt}}**; después ya no podrá cobrarse nada.',
  },

  // guarantee-request
  guaranteeRequest: {
    subject: 'Garantice su reserva – {{hotelName}}',
    intro: 'Le agradecemos su reserva, que actualmente mantenemos en opción. Para garantizarla, le rogamos que registre una tarjeta en nuestra página de pago segura.',
    deadline: 'Le rogamos que registre su tarjeta antes del **{{deadline}}** (hora local del hotel); pasado este plazo, lamentablemente no podremos mantener su reserva.',
    button: 'Garantizar mi reserva',
    openLink: 'Para garantizar su reserva, abra este enlace:',
  },

  // deposit-request
  depositRequest: {
    subject: 'Depósito para confirmar su reserva – {{hotelName}}',
    introPartial: 'Le agradecemos su reserva, que actualmente mantenemos en opción. Para confirmarla, le rogamos que abone un depósito de **{{amount}}** (sobre un total de {{total}}) a través de nuestra página de pago segura.',
    introFull: 'Le agradecemos su reserva, que actualmente mantenemos en opción. Para confirmarla, le rogamos que abone un depósito de **{{amount}}** (el importe total de su estancia) a través de nuestra página de pago segura.',
    deadline: 'Le rogamos que realice el pago antes del **{{deadline}}** (hora local del hotel); pasado este plazo, lamentablemente no podremos mantener su reserva.',
    button: 'Pagar el depósito',
    openLink: 'Para pagar el depósito, abra este enlace:',
  },

  // preauthorisation-request
  preauthorisationRequest: {
    subject: 'Preautorización para confirmar su reserva – {{hotelName}}',
    introPartial: 'Le agradecemos su reserva, que actualmente mantenemos en opción. Para confirmarla, le rogamos que acepte una preautorización de **{{amount}}** (sobre un total de {{total}}) en su tarjeta a través de nuestra página de pago segura.',
    introFull: 'Le agradecemos su reserva, que actualmente mantenemos en opción. Para confirmarla, le rogamos que acepte una preautorización de **{{amount}}** (el importe total de su estancia) en su tarjeta a través de nuestra página de pago segura.',
    deadline: 'Le rogamos que acepte la preautorización antes del **{{deadline}}** (hora local del hotel); pasado este plazo, lamentablemente no podremos mantener su reserva.',
    button: 'Aceptar la preautorización',
    openLink: 'Para aceptar la preautorización, abra este enlace:',
  },

  // payment-reminder
  reminder: {
    subjectGuarantee: 'Recordatorio: garantice su reserva – {{hotelName}}',
    subjectDeposit: 'Recordatorio: depósito para confirmar su reserva – {{hotelName}}',
    subjectPreauthorisation: 'Recordatorio: preautorización para confirmar su reserva – {{hotelName}}',
    subjectCharge: 'Recordatorio: pago pendiente de confirmar para su reserva – {{hotelName}}',
    introGuarantee: 'Le recordamos que su reserva sigue en opción y que aún no hemos recibido la garantía con tarjeta necesaria para confirmarla. Puede registrar su tarjeta en unos instantes en nuestra página de pago segura.',
    introDepositPartial: 'Le recordamos que su reserva sigue en opción y que aún no hemos recibido el depósito de **{{amount}}** (sobre un total de {{total}}) necesario para confirmarla. Puede abonarlo en unos instantes a través de nuestra página de pago segura.',
    introDepositFull: 'Le recordamos que su reserva sigue en opción y que aún no hemos recibido el depósito de **{{amount}}** (el importe total de su estancia) necesario para confirmarla. Puede abonarlo en unos instantes a través de nuestra página de pago segura.',
    introPreauthorisationPartial: 'Le recordamos que su reserva sigue en opción y que aún no hemos recibido la preautorización de **{{amount}}** (sobre un total de {{total}}) necesaria para confirmarla. Puede aceptarla en unos instantes a través de nuestra página de pago segura.',
    introPreauthorisationFull: 'Le recordamos que su reserva sigue en opción y que aún no hemos recibido la preautorización de **{{amount}}** (el importe total de su estancia) necesaria para confirmarla. Puede aceptarla en unos instantes a través de nuestra página de pago segura.',
    introCharge: 'Le recordamos que el pago de **{{amount}}** {{chargeFor}}, correspondiente a su reserva **{{reservationId}}**, aún está pendiente de confirmación. Su banco le pide que lo confirme usted mismo: solo le llevará unos instantes en nuestra página de pago segura.',
    introChargeNoReason: 'Le recordamos que el pago de **{{amount}}** correspondiente a su reserva **{{reservationId}}** aún está pendiente de confirmación. Su banco le pide que lo confirme usted mismo: solo le llevará unos instantes en nuestra página de pago segura.',
    deadline: 'Le rogamos que lo haga antes del **{{deadline}}** (hora local del hotel); pasado este plazo, lamentablemente no podremos mantener su reserva.',
    depositButton: 'Pagar el depósito',
    alreadyGuaranteed: 'Si ya ha registrado su tarjeta, no tenga en cuenta este mensaje.',
    alreadyPaid: 'Si ya ha abonado el depósito, no tenga en cuenta este mensaje.',
    alreadyAuthorised: 'Si ya ha aceptado la preautorización, no tenga en cuenta este mensaje.',
    alreadyConfirmed: 'Si ya ha confirmado el pago, no tenga en cuenta este mensaje.',
  },

  // payment-confirmation-guest
  confirmationGuest: {
    subject: 'Su reserva está confirmada – {{hotelName}}',
    deposit: 'Le confirmamos que hemos recibido su pago de **{{amount}}**. Muchas gracias: su reserva ya está confirmada.',
    guarantee: 'Le confirmamos que su tarjeta ha quedado registrada como garantía de su reserva, que ya está confirmada. No se ha realizado ningún cargo.',
    preauthorisation: 'Le confirmamos que su tarjeta ha quedado preautorizada por **{{amount}}** y que su reserva ya está confirmada. Este importe solo queda retenido en su tarjeta, sin ningún cargo: más adelante podremos cobrar todo o parte de este importe, por ejemplo por su estancia o por servicios adicionales, y el importe no cobrado se liberará.',
  },

  // payment-confirmation-hotel
  confirmationHotel: {
    subjectDeposit: 'Depósito recibido – reserva {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Garantía con tarjeta registrada – reserva {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Preautorización recibida – reserva {{reservationId}}, {{guestName}}',
    subjectCharge: 'Cargo pagado – reserva {{reservationId}}, {{guestName}}',
    deposit: 'Se ha recibido en línea un depósito de **{{amount}}** para la reserva **{{reservationId}}**. La reserva queda confirmada.',
    guarantee: 'Se ha registrado una tarjeta como garantía ({{amount}}) para la reserva **{{reservationId}}**. La reserva queda confirmada; no se ha realizado ningún cargo.',
    preauthorisation: 'Se ha recibido en línea una preautorización de **{{amount}}** para la reserva **{{reservationId}}**. La reserva queda confirmada; el importe queda retenido en la tarjeta del cliente y no se ha cobrado nada.',
    charge: 'El cliente ha confirmado ante su banco el cargo de **{{amount}}** {{chargeForHotel}} de la reserva **{{reservationId}}** ({{guestFormalName}}): el importe ha sido cobrado.',
    chargeNoReason: 'El cliente ha confirmado ante su banco el cargo de **{{amount}}** de la reserva **{{reservationId}}** ({{guestFormalName}}): el importe ha sido cobrado.',
    captureOrRelease: 'Mantenga la preautorización hasta cobrarla total o parcialmente (por ejemplo, a la salida del cliente) o libérela si ya no la necesita.',
  },

  // lapse-digest
  digest: {
    subjectOne: '{{count}} opción vencida – {{hotelName}}',
    subjectOther: '{{count}} opciones vencidas – {{hotelName}}',
    introOne: 'En {{hotelName}}, la siguiente opción ha vencido sin que se haya recibido la garantía con tarjeta ni el depósito.',
    introOther: 'En {{hotelName}}, las siguientes {{count}} opciones han vencido sin que se haya recibido la garantía con tarjeta ni el depósito.',
    released: 'Liberada: la reserva ha caducado.',
    stillOnOption: 'Sigue en opción: su política es solo notificar; les rogamos que hagan el seguimiento.',
    booking: 'Reserva {{reservationId}}',
  },

  // payment-digest-hotel (política hotelPaymentEmails: daily_digest)
  paymentDigest: {
    subjectOne: '{{count}} pago recibido el {{date}} – {{hotelName}}',
    subjectOther: '{{count}} pagos recibidos el {{date}} – {{hotelName}}',
    introOne: 'En {{hotelName}}, el siguiente pago se recibió en línea el {{date}}; su reserva está confirmada.',
    introOther: 'En {{hotelName}}, los siguientes {{count}} pagos se recibieron en línea el {{date}}; sus reservas están confirmadas.',
    policy: 'Su política agrupa estos avisos en un solo correo al día; las tarjetas rechazadas y todo lo que requiera su intervención se les sigue enviando en el acto.',
    booking: 'Reserva {{reservationId}}',
  },

  // refund-failed
  refundFailed: {
    subject: 'Reembolso rechazado – reserva {{reservationId}}, {{guestName}}',
    refused: 'Su proveedor de pagos ha rechazado el reembolso de **{{amount}}** de la reserva **{{reservationId}}** ({{guestFormalName}}). No se ha devuelto ningún importe al cliente.',
    checkPayment: 'Le recomendamos que compruebe el pago {{parentTransactionId}} en el back office de su proveedor de pagos; es posible, por ejemplo, que ya figure allí como reembolsado o anulado.',
    checkPaymentNoId: 'Le recomendamos que compruebe el pago en el back office de su proveedor de pagos; es posible, por ejemplo, que ya figure allí como reembolsado o anulado.',
    refundAgain: 'Si todavía hay que reembolsar al cliente, vuelva a solicitar el reembolso desde su PMS o directamente en el back office: el importe vuelve a estar disponible para reembolsarlo.',
  },

  // refund-confirmation-guest
  refundGuest: {
    subject: 'Su reembolso de {{amount}} – {{hotelName}}',
    refunded: 'Le confirmamos el reembolso de **{{amount}}** correspondiente a su reserva.',
    backToCard: 'El importe se abonará en la tarjeta con la que realizó el pago. Según su banco, puede tardar unos días hábiles en aparecer en su extracto.',
  },

  // payment-after-close-hotel
  afterClose: {
    subjectDeposit: 'Pago recibido tras el cierre de la opción – reserva {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Garantía con tarjeta recibida tras el cierre de la opción – reserva {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Preautorización recibida tras el cierre de la opción – reserva {{reservationId}}, {{guestName}}',
    depositExpired: 'Se ha recibido un pago de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción: la opción ha vencido.',
    depositCancelled: 'Se ha recibido un pago de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción: la reserva ha sido cancelada.',
    depositOtherStatus: 'Se ha recibido un pago de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción: su estado es «{{otherStatus}}».',
    depositNoStatus: 'Se ha recibido un pago de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción.',
    charged: 'Se ha cobrado el importe al cliente, pero la reserva no se ha confirmado y el cliente no ha recibido ninguna confirmación por nuestra parte.',
    guaranteeExpired: 'Se ha registrado una tarjeta como garantía ({{amount}}) para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción: la opción ha vencido.',
    guaranteeCancelled: 'Se ha registrado una tarjeta como garantía ({{amount}}) para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción: la reserva ha sido cancelada.',
    guaranteeOtherStatus: 'Se ha registrado una tarjeta como garantía ({{amount}}) para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción: su estado es «{{otherStatus}}».',
    guaranteeNoStatus: 'Se ha registrado una tarjeta como garantía ({{amount}}) para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción.',
    notCharged: 'No se ha realizado ningún cargo y el cliente no ha recibido ninguna confirmación por nuestra parte.',
    reinstateOrRefund: 'Le rogamos que restablezca la reserva en su PMS si todavía puede aceptarla o, de lo contrario, que reembolse el pago al cliente con el botón de reembolso de su PMS o a través de la API (POST /v1/transactions/{{transactionId}}/refunds).',
    reinstateOrRefundNoApi: 'Le rogamos que restablezca la reserva en su PMS si todavía puede aceptarla o, de lo contrario, que reembolse el pago al cliente con el botón de reembolso de su PMS.',
    reinstate: 'Si todavía puede aceptar la reserva, le rogamos que la restablezca en su PMS; de lo contrario, no hay nada que reembolsar. En ambos casos, le recomendamos que informe al cliente.',
    preauthorisationExpired: 'Se ha recibido una preautorización de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción: la opción ha vencido.',
    preauthorisationCancelled: 'Se ha recibido una preautorización de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción: la reserva ha sido cancelada.',
    preauthorisationOtherStatus: 'Se ha recibido una preautorización de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción: su estado es «{{otherStatus}}».',
    preauthorisationNoStatus: 'Se ha recibido una preautorización de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), que ya no está en opción.',
    held: 'El importe queda retenido en la tarjeta del cliente, pero no se ha cobrado nada; la reserva no se ha confirmado y el cliente no ha recibido ninguna confirmación por nuestra parte.',
    reinstateOrRelease: 'Si todavía puede aceptar la reserva, le rogamos que la restablezca en su PMS y mantenga la preautorización hasta cobrarla o liberarla; de lo contrario, le rogamos que libere la preautorización para que el importe no siga retenido en la tarjeta del cliente. En ambos casos, le recomendamos que informe al cliente.',
  },

  // payment-twice-hotel
  twice: {
    subject: 'Segundo pago recibido – reserva {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Segunda preautorización recibida – reserva {{reservationId}}, {{guestName}}',
    received: 'Se ha recibido un segundo pago de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), cuya solicitud de pago ya estaba abonada (transacción {{firstTransactionId}}).',
    receivedNoId: 'Se ha recibido un segundo pago de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), cuya solicitud de pago ya estaba abonada.',
    paidTwice: 'Por lo tanto, el cliente ha pagado dos veces.',
    refundSecond: 'Le recomendamos que reembolse este segundo pago al cliente, con el botón de reembolso de su PMS o a través de la API (POST /v1/transactions/{{transactionId}}/refunds).',
    refundSecondNoApi: 'Le recomendamos que reembolse este segundo pago al cliente, con el botón de reembolso de su PMS.',
    receivedPreauthorisation: 'Se ha recibido una segunda preautorización de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), cuya solicitud ya se había completado (transacción {{firstTransactionId}}).',
    receivedPreauthorisationNoId: 'Se ha recibido una segunda preautorización de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), cuya solicitud ya se había completado.',
    heldTwice: 'Por lo tanto, la tarjeta del cliente tiene dos preautorizaciones para esta reserva; con la segunda no se ha cobrado nada.',
    releaseSecond: 'Le recomendamos que libere esta segunda preautorización desde su PMS.',
  },

  // payment-failed-hotel
  failed: {
    subjectDeposit: 'Depósito rechazado – reserva {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Tarjeta rechazada – reserva {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Preautorización rechazada – reserva {{reservationId}}, {{guestName}}',
    deposit: 'El pago del depósito de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}) no se ha podido realizar: la tarjeta fue rechazada. No se ha cobrado nada.',
    guarantee: 'La tarjeta facilitada como garantía de la reserva **{{reservationId}}** ({{guestFormalName}}) por **{{amount}}** fue rechazada. La reserva no está garantizada.',
    preauthorisation: 'La preautorización de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}) no se ha podido realizar: la tarjeta fue rechazada. No hay ningún importe retenido en la tarjeta.',
    reason: '**Motivo:** {{refusalReason}}.',
    staysOnOption: 'La reserva sigue en opción.',
    deadlineBroughtForward: 'Su fecha límite de opción se ha adelantado al **{{optionDeadline}}**.',
    deadlineKept: 'Su fecha límite de opción es el **{{optionDeadline}}**.',
    retryUntil: 'El cliente puede probar con otra tarjeta con el mismo enlace hasta el {{deadline}}.',
    keepTheBooking: 'Si desea mantener la reserva, póngase en contacto con el cliente: puede probar con otra tarjeta con el enlace que recibió, o usted puede enviar una nueva solicitud de pago. Si no se paga antes de la fecha límite, la opción se tratará como cualquier opción no garantizada.',
    noLongerOnOption: 'La reserva ya no está en opción; no se espera nada más del cliente.',
    chargeRetry: 'El cliente puede probar con otra tarjeta con el enlace que recibió, hasta el {{deadline}}. Si no paga, póngase en contacto con él o cobre el importe en la recepción.',
    chargeRetryNoDeadline: 'El cliente puede probar con otra tarjeta con el enlace que recibió. Si no paga, póngase en contacto con él o cobre el importe en la recepción.',
    reasons: {
      insufficient_funds: 'fondos insuficientes o límite de la tarjeta alcanzado',
      card_expired: 'la tarjeta está caducada',
      card_invalid: 'los datos de la tarjeta no son válidos (número o código)',
      card_blocked: 'la tarjeta está bloqueada por el banco (pérdida, robo o sospecha de fraude)',
      declined_by_bank: 'rechazado por el banco del titular, sin un motivo más preciso',
      contact_bank: 'el banco pide al titular que se ponga en contacto con él',
      technical: 'un problema técnico del banco o de la red de pagos',
      authorisation_expired: 'la autorización caducó antes del cobro',
      capture_failed: 'el importe no pudo cobrarse tras la autorización',
      unknown: 'el proveedor de pagos no indicó ningún motivo',
    },
    providerAnswerWithCode: '{{pspStatus}} (código del banco {{authResult}})',
  },

  // vault-user-hotel
  vault: {
    subjectCreated: 'Nuevo usuario de la caja fuerte de tarjetas: {{userName}} ({{userId}}) – {{hotelName}}',
    subjectUnlocked: 'Usuario de la caja fuerte de tarjetas desbloqueado: {{userName}} ({{userId}}) – {{hotelName}}',
    subjectCleared: 'Intentos fallidos de PIN restablecidos: {{userName}} ({{userId}}) – {{hotelName}}',
    created: 'Se ha creado un nuevo usuario de la caja fuerte de tarjetas, **{{userName}}** ({{userId}}), con la clave de API de su establecimiento. Con su PIN personal, esta persona puede acceder a partir de ahora a las tarjetas de pago de sus clientes, según los permisos indicados a continuación.',
    unlocked: 'El usuario **{{userName}}** ({{userId}}) de la caja fuerte de tarjetas se ha desbloqueado con la clave de API de su establecimiento. Estaba bloqueado desde el {{lockedAt}} por haber introducido PIN erróneos y puede volver a acceder a las tarjetas según sus permisos.',
    cleared: 'Se han restablecido, con la clave de API de su establecimiento, los intentos fallidos de PIN del usuario **{{userName}}** ({{userId}}) de la caja fuerte de tarjetas. Aún no estaba bloqueado y vuelve a disponer de todos sus intentos.',
    notExpecting: '**¿No esperaba este cambio?** Póngase en contacto cuanto antes con su proveedor de PMS y solicite que se sustituya su clave de API: quien la tenga puede crear usuarios de la caja fuerte y desbloquearlos, y así darse acceso a los números completos de las tarjetas de sus clientes. Si el cambio estaba previsto, no tiene que hacer nada.',
    canReveal: 'Ver los números completos de las tarjetas, y el CVV una sola vez (cards:reveal)',
    canManage: 'Borrar tarjetas (cards:manage)',
  },

  // hold-lapse-hotel
  holdLapse: {
    subjectReportOnly: 'Preautorización a punto de caducar – reserva {{reservationId}}, {{guestName}}',
    subjectCapture: 'Cobro de la preautorización antes de que caduque – reserva {{reservationId}}, {{guestName}}',
    subjectRelease: 'Liberación de la preautorización antes de que caduque – reserva {{reservationId}}, {{guestName}}',
    lapses: 'La preautorización de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}) caducará por sí sola en torno al **{{holdExpiresAt}}**; después ya no podrá cobrarse nada.',
    captureOrRelease: 'Antes de esa fecha, cobre el importe que corresponda, total o parcialmente, o libere la preautorización.',
    capturing: 'Conforme a su política, se está cobrando ahora la totalidad de la preautorización de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), antes de que caduque en torno al **{{holdExpiresAt}}**.',
    releasing: 'Conforme a su política, se está liberando ahora la preautorización de **{{amount}}** para la reserva **{{reservationId}}** ({{guestFormalName}}), antes de que caduque en torno al **{{holdExpiresAt}}**. No se cobra nada, y el importe dejará de estar retenido en la tarjeta del cliente.',
  },

  chargeReason,

  // charge-request
  chargeRequest: {
    subject: 'Pago pendiente de confirmar para su reserva – {{hotelName}}',
    intro: 'Para su reserva **{{reservationId}}**, necesitamos cargar **{{amount}}** en la tarjeta que registró con nosotros, {{chargeFor}}. Su banco le pide que confirme usted mismo este pago: solo le llevará unos instantes en nuestra página de pago segura.',
    introNoReason: 'Para su reserva **{{reservationId}}**, necesitamos cargar **{{amount}}** en la tarjeta que registró con nosotros. Su banco le pide que confirme usted mismo este pago: solo le llevará unos instantes en nuestra página de pago segura.',
    notChargedYet: '**Todavía no se ha realizado ningún cargo.** Esta confirmación es un control de seguridad habitual de su banco; el importe solo se cargará cuando usted haya confirmado el pago.',
    deadline: 'Le rogamos que confirme el pago antes del **{{deadline}}** (hora local del hotel).',
    button: 'Confirmar el pago',
    openLink: 'Para confirmar el pago, abra este enlace:',
  },

  // charge-receipt
  chargeReceipt: {
    subject: 'Justificante de su pago de {{amount}} – {{hotelName}}',
    subjectBalance: 'Gracias por su estancia: justificante de {{amount}} – {{hotelName}}',
    charged: 'Hemos cargado **{{amount}}** en su tarjeta, {{chargeFor}}. A continuación encontrará el justificante de este pago.',
    chargedNoReason: 'Hemos cargado **{{amount}}** en su tarjeta en relación con su reserva. A continuación encontrará el justificante de este pago.',
    balanceSettled: 'El saldo de su estancia queda así liquidado. Le agradecemos que se haya alojado con nosotros y esperamos tener el placer de recibirle de nuevo muy pronto.',
    keep: 'Le rogamos que conserve este correo electrónico como justificante de pago.',
  },

  // charge-failed-hotel
  chargeFailed: {
    subject: 'Cargo rechazado – reserva {{reservationId}}, {{guestName}}',
    refused: 'El cargo de **{{amount}}** {{chargeForHotel}} de la reserva **{{reservationId}}** ({{guestFormalName}}) ha sido rechazado. No se ha cobrado nada al cliente.',
    refusedNoReason: 'El cargo de **{{amount}}** de la reserva **{{reservationId}}** ({{guestFormalName}}) ha sido rechazado. No se ha cobrado nada al cliente.',
    providerAnswer: '**Respuesta de su proveedor de pagos:** «{{pspMessage}}» (código {{pspCode}}).',
    anotherCard: 'Pida otra tarjeta al cliente enviándole una nueva solicitud de garantía y vuelva a realizar el cargo; o cobre el importe en la recepción.',
  },

  // charge-action-hotel
  chargeAction: {
    subject: 'Cargo pendiente de confirmación por el cliente – reserva {{reservationId}}, {{guestName}}',
    needsGuest: 'El cargo de **{{amount}}** {{chargeForHotel}} de la reserva **{{reservationId}}** ({{guestFormalName}}) debe ser confirmado por el cliente ante su banco. Todavía no se ha cobrado nada.',
    needsGuestNoReason: 'El cargo de **{{amount}}** de la reserva **{{reservationId}}** ({{guestFormalName}}) debe ser confirmado por el cliente ante su banco. Todavía no se ha cobrado nada.',
    linkSent: 'El cliente ha recibido por correo electrónico un enlace de pago, válido hasta el **{{deadline}}**. El cargo se completará en cuanto pague.',
    linkSentNoDeadline: 'El cliente ha recibido por correo electrónico un enlace de pago. El cargo se completará en cuanto pague.',
    nothingUnless: 'Nada por ahora. Si el cliente no paga, póngase en contacto con él o cobre el importe en la recepción.',
  },

  // card-expiring-guest
  cardExpiring: {
    subject: 'Actualice la tarjeta que garantiza su reserva – {{hotelName}}',
    intro: 'La tarjeta que nos facilitó como garantía de su reserva **{{reservationId}}** ({{expiringCard}}, fecha de caducidad {{expiry}}) caducará antes del final de su estancia, del {{arrival}} al {{departure}}.',
    newCard: 'Para que su reserva siga garantizada, le rogamos que registre una nueva tarjeta en nuestra página de pago segura.',
    deadline: 'Le rogamos que lo haga antes del **{{deadline}}** (hora local del hotel).',
    button: 'Registrar una nueva tarjeta',
    openLink: 'Para registrar una nueva tarjeta, abra este enlace:',
    alreadyDone: 'Si ya ha registrado una nueva tarjeta, no tenga en cuenta este mensaje.',
  },

  // card-expiring-hotel
  cardExpiringHotel: {
    subject: 'Tarjeta de garantía a punto de caducar – reserva {{reservationId}}, {{guestName}}',
    expires: 'La tarjeta que garantiza la reserva **{{reservationId}}** ({{guestFormalName}}) caduca antes del final de la estancia: {{expiringCard}}, fecha de caducidad **{{expiry}}**.',
    asked: 'El cliente ha recibido por correo electrónico una nueva solicitud de garantía para registrar otra tarjeta antes del **{{deadline}}**.',
    askedNoDeadline: 'El cliente ha recibido por correo electrónico una nueva solicitud de garantía para registrar otra tarjeta.',
    notAsked: 'No se ha podido pedir automáticamente una nueva tarjeta al cliente (por ejemplo, porque ya hay una solicitud abierta para esta reserva o porque no disponemos de su dirección de correo electrónico).',
    nothingUnless: 'Nada por ahora. Si el cliente no registra una nueva tarjeta, póngase en contacto con él.',
    contactGuest: 'Póngase en contacto con el cliente para obtener otra tarjeta, por ejemplo enviándole una nueva solicitud de garantía desde su PMS.',
  },

  webhookDisabled: {
    subject: 'Punto de recepción de webhooks desactivado – {{endpointUrl}}',
    disabled: 'Todos los intentos de enviar eventos a **{{endpointUrl}}** fallan desde el **{{failingSince}}**. Tras tres días de fallos, hemos dejado de enviar a este punto de recepción.',
    howToEnable: 'No se pierde nada: los eventos de los últimos 30 días siguen en el flujo de eventos (GET /v1/events). Cuando el punto de recepción vuelva a responder, reactívelo (PATCH /v1/webhook-endpoints/{{endpointId}} con "enabled": true) y reenvíe lo que no recibió.',
  },

  page,
};
