/**
 * French. "Arrhes" is the French term for a deposit that secures a booking (not "acompte", a down
 * payment). E-mail sentences have the no-break spaces (\u00a0) of French typesetting before ":",
 * ";", "?", "!" and inside « »; the text part has plain spaces there, and so have the pages.
 * Une pré-autorisation : le client l'« accepte » ; le montant est « bloqué » sur sa carte, jamais
 * « débité » tant que l'hôtel ne l'« encaisse » pas (en tout ou partie) ; le reste est « libéré ».
 * Un débit sur la carte enregistrée : l'hôtel « débite » la carte ; si sa banque l'exige, le client
 * « confirme le paiement » sur notre page ; un débit refusé reste « dû ». « Non-présentation » pour
 * le no-show, que la réception connaît sous ce nom (donné entre parenthèses dans les tableaux).
 */
import type { Messages } from './en';

// Labels of the detail tables (e-mails) and of the stay on the payment page.
export const label: Messages['label'] = {
  hotel: 'Hôtel',
  arrival: 'Arrivée',
  departure: 'Départ',
  lengthOfStay: 'Durée du séjour',
  guaranteedAmount: 'Montant garanti',
  depositDue: 'Arrhes à régler',
  depositPaid: 'Arrhes réglées',
  amountToHold: 'Montant de la pré-autorisation',
  amountHeld: 'Montant bloqué',
  totalForYourStay: 'Montant total du séjour',
  bookingReference: 'Référence',
  transactionNumber: 'N° de transaction',
  date: 'Date',
  amountRefunded: 'Montant remboursé',
  bookedFor: 'Au nom de',
  booking: 'Réservation',
  guest: 'Client',
  type: 'Type',
  amount: 'Montant',
  totalForTheStay: 'Total du séjour',
  stay: 'Séjour',
  transaction: 'Transaction',
  dateAndTime: 'Date et heure',
  refundAmount: 'Montant du remboursement',
  paymentConcerned: 'Paiement concerné',
  refundReference: 'Référence du remboursement',
  reasonGiven: 'Motif indiqué',
  providerCode: 'Code du prestataire',
  providerMessage: 'Message du prestataire',
  bookingStatus: 'Statut de la réservation',
  secondPaymentAmount: 'Montant du second paiement',
  secondPayment: 'Second paiement',
  firstPayment: 'Premier paiement',
  secondPreauthorisation: 'Seconde pré-autorisation',
  firstPreauthorisation: 'Première pré-autorisation',
  request: 'Demande',
  providerAnswer: 'Réponse du prestataire',
  optionDeadline: "Date limite d'option",
  newOptionDeadline: "Nouvelle date limite d'option",
  outcome: 'Suite donnée',
  userId: 'Identifiant',
  name: 'Nom',
  rights: 'Droits',
  lockedSince: 'Bloqué depuis',
  webhookEndpoint: 'Point de réception',
  failingSince: 'En échec depuis',
  lastResult: 'Dernière réponse',
  wrongPinsCleared: 'Codes PIN erronés remis à zéro',
  optionExpiry: "Échéance de l'option",
  holdLapse: 'Expiration prévue',
  reason: 'Motif',
  amountToCharge: 'Montant à régler',
  amountCharged: 'Montant débité',
  card: 'Carte',
  cardExpiry: "Date d'expiration",
  chargeId: 'Référence du débit',
  linkValidUntil: "Lien de paiement valable jusqu'au",
  newCardBefore: 'Nouvelle carte demandée avant le',
};

// Why the hotel charges a card the guest registered: as a table shows it (`label`), and as a
// sentence says it to the guest (`forGuest`: "… sur la carte que vous avez enregistrée, au titre
// de votre non-présentation") and to the front desk (`forHotel`: "Le débit de 120,00 € au titre de
// la non-présentation pour la réservation …").
export const chargeReason: Messages['chargeReason'] = {
  label: {
    prepayment: 'Prépaiement',
    stay: 'Prestations pendant le séjour',
    balance: 'Solde au départ',
    no_show: 'Non-présentation (no-show)',
    fee: 'Frais',
  },
  forGuest: {
    prepayment: 'au titre du prépaiement de votre séjour',
    stay: 'pour les prestations de votre séjour',
    balance: 'pour le solde de votre séjour',
    no_show: 'au titre de votre non-présentation',
    fee: 'au titre de frais liés à votre réservation',
  },
  forHotel: {
    prepayment: 'au titre du prépaiement',
    stay: 'au titre des prestations du séjour',
    balance: 'au titre du solde au départ',
    no_show: 'au titre de la non-présentation',
    fee: 'au titre de frais',
  },
};

// The guest pages (payment, a link that cannot be paid, the result): plain text with {{values}}, no markup.
export const page: Messages['page'] = {
  genericHeader: 'Paiement sécurisé',
  payment: {
    title: {
      deposit: 'Régler les arrhes',
      guarantee: 'Garantir votre réservation',
      preauthorisation: 'Accepter la pré-autorisation',
      charge: 'Confirmer votre paiement',
    },
    intro: {
      deposit: 'Pour confirmer votre réservation, merci de régler les arrhes ci-dessous.',
      guarantee: 'Pour garantir votre réservation, enregistrez une carte bancaire. Aucun montant ne sera débité maintenant.',
      preauthorisation: "Pour confirmer votre réservation, merci d'accepter la pré-autorisation ci-dessous. Le montant sera bloqué sur votre carte, sans être débité.",
      charge: '{{hotelName}} doit débiter {{amount}} sur la carte que vous avez enregistrée. Votre banque vous demande de confirmer ce paiement.',
    },
    chargeIntro: '{{hotelName}} doit débiter {{amount}} sur la carte que vous avez enregistrée, {{chargeFor}}. Votre banque vous demande de confirmer ce paiement.',
    staffIntro: {
      deposit: 'Réception : saisissez la carte que le client vous communique par téléphone. Les arrhes ci-dessous y sont débitées maintenant.',
      guarantee: 'Réception : saisissez la carte que le client vous communique par téléphone. Elle est conservée en garantie ; rien n’est débité maintenant.',
      preauthorisation: "Réception : saisissez la carte que le client vous communique par téléphone. Le montant ci-dessous y est pré-autorisé maintenant : il est bloqué, rien n'est débité.",
      charge: 'Réception : saisissez la carte que le client vous communique par téléphone. Le montant ci-dessous y est débité maintenant.',
    },
    ofTotal: 'sur un total de {{total}}',
    fullStay: 'totalité de votre séjour',
    noChargeNow: 'Aucun débit maintenant : votre carte est conservée en garantie de {{amount}}.',
    heldNotCharged: 'Bloqué sur votre carte, sans être débité : nous pourrons ensuite en débiter tout ou partie, et le reste sera libéré.',
    chargeNote: "Rien n'est débité tant que vous n'avez pas confirmé le paiement auprès de votre banque.",
    deadline: "À effectuer avant le {{deadline}} (heure locale de l'hôtel).",
    button: {
      deposit: 'Payer {{amount}}',
      guarantee: 'Enregistrer ma carte',
      preauthorisation: 'Autoriser {{amount}}',
      charge: 'Confirmer et payer {{amount}}',
    },
    secure: "Vous saisirez les données de votre carte à l'étape suivante, sur la page sécurisée de notre prestataire de paiement.",
  },
  problem: {
    expired: {
      title: 'Ce lien a expiré',
      body: "Le délai prévu pour ce paiement est dépassé et ce lien n'est plus valable. Si vous souhaitez maintenir votre réservation, contactez l'hôtel : il pourra vous envoyer un nouveau lien.",
    },
    used: {
      title: 'Ce lien a déjà été utilisé',
      body: "Le paiement ou l'enregistrement de votre carte a déjà été effectué avec ce lien. Vous n'avez rien d'autre à faire.",
    },
    cancelled: {
      title: 'Cette demande a été annulée',
      body: "L'hôtel a annulé cette demande de paiement : aucun montant ne vous sera demandé par ce lien.",
    },
    not_found: {
      title: 'Lien introuvable',
      body: "Ce lien n'est pas valide. Vérifiez qu'il a bien été copié en entier depuis l'e-mail que vous avez reçu.",
    },
  },
  contact: {
    withEmail: 'Une question ? Écrivez à {{hotelName}} : {{{emailLink}}}',
    withoutEmail: "Pour toute question, contactez directement l'hôtel auprès duquel vous avez réservé.",
  },
  result: {
    succeeded: {
      title: {
        deposit: 'Merci, votre paiement a bien été reçu',
        guarantee: 'Merci, votre carte a bien été enregistrée',
        preauthorisation: 'Merci, la pré-autorisation a bien été acceptée',
        charge: 'Merci, votre paiement a bien été confirmé',
      },
      body: {
        deposit: 'Nous avons bien reçu votre paiement de {{amount}}. Votre réservation est confirmée et nous nous réjouissons de vous accueillir.',
        guarantee: "Votre carte est enregistrée en garantie de {{amount}} et votre réservation est confirmée. Aucun montant n'a été débité.",
        preauthorisation: "Votre carte est pré-autorisée à hauteur de {{amount}} et votre réservation est confirmée. Ce montant est seulement bloqué : rien n'a été débité.",
        charge: 'Nous avons bien reçu votre paiement de {{amount}} et vous en remercions. Vous recevrez un reçu par e-mail.',
      },
    },
    failed: {
      title: {
        deposit: "Le paiement n'a pas abouti",
        guarantee: "L'enregistrement de votre carte n'a pas abouti",
        preauthorisation: "La pré-autorisation n'a pas abouti",
        charge: "Le paiement n'a pas abouti",
      },
      body: {
        deposit: "Aucun montant n'a été débité. Votre réservation n'est pas encore confirmée : vous pouvez réessayer avec une autre carte ou contacter l'hôtel.",
        guarantee: "Votre réservation n'est pas encore garantie : vous pouvez réessayer avec une autre carte ou contacter l'hôtel.",
        preauthorisation: "Aucun montant n'est bloqué sur votre carte. Votre réservation n'est pas encore confirmée : vous pouvez réessayer avec une autre carte ou contacter l'hôtel.",
        charge: "Aucun montant n'a été débité et la somme reste due : vous pouvez réessayer avec une autre carte ou contacter l'hôtel.",
      },
    },
    pending: {
      title: {
        deposit: 'Paiement en cours de vérification',
        guarantee: 'Vérification de votre carte en cours',
        preauthorisation: 'Vérification de la pré-autorisation en cours',
        charge: 'Paiement en cours de vérification',
      },
      body: {
        deposit: 'Nous attendons la confirmation de votre banque. Cette page se met à jour automatiquement : merci de ne pas la fermer.',
        guarantee: 'Nous attendons la confirmation de votre banque. Cette page se met à jour automatiquement : merci de ne pas la fermer.',
        preauthorisation: 'Nous attendons la confirmation de votre banque. Cette page se met à jour automatiquement : merci de ne pas la fermer.',
        charge: 'Nous attendons la confirmation de votre banque. Cette page se met à jour automatiquement : merci de ne pas la fermer.',
      },
    },
    abandoned: {
      title: {
        deposit: 'Paiement interrompu',
        guarantee: 'Enregistrement de la carte interrompu',
        preauthorisation: 'Pré-autorisation interrompue',
        charge: 'Paiement interrompu',
      },
      body: {
        deposit: "Vous avez quitté la page de paiement avant la fin : aucun montant n'a été débité et votre réservation n'est pas encore confirmée.",
        guarantee: "Vous avez quitté la page de paiement avant la fin : votre carte n'a pas été enregistrée et votre réservation n'est pas encore garantie.",
        preauthorisation: "Vous avez quitté la page de paiement avant la fin : aucun montant n'est bloqué sur votre carte et votre réservation n'est pas encore confirmée.",
        charge: "Vous avez quitté la page de paiement avant la fin : aucun montant n'a été débité et la somme reste due.",
      },
    },
    retryUntil: "Vous pouvez réessayer jusqu'au {{deadline}} (heure locale de l'hôtel) ; passé ce délai, votre réservation pourra être annulée.",
    retryUntilCharge: "Vous pouvez réessayer jusqu'au {{deadline}} (heure locale de l'hôtel).",
    retry: {
      failed: 'Essayer une autre carte',
      abandoned: 'Réessayer',
    },
  },
};

/**
 * The whole catalog. `label`, `chargeReason` and `page` are declared apart, above: the guest pages
 * read only those, so their bundles leave the e-mails' sentences out.
 */
export const fr: Messages = {
  // How a label reads before its value in the text part ("Hotel: …").
  format: {
    label: '{{label}}\u00a0:',
  },

  label,

  // Values of the detail tables. `time`: a date and time at the hotel, as a table shows it.
  value: {
    time: '{{time}}',
    deposit: 'Arrhes',
    cardGuarantee: 'Garantie par carte',
    preauthorisation: 'Pré-autorisation',
    charge: 'Débit sur la carte enregistrée',
    expired: 'Expirée',
    cancelled: 'Annulée',
  },

  // Sentences several e-mails share.
  email: {
    hello: 'Bonjour,',
    questions: 'Pour toute question, écrivez-nous à {{{emailLink}}}.',
    lookForward: 'Nous nous réjouissons de vous accueillir prochainement.',
    lookForwardSoon: 'Au plaisir de vous accueillir très bientôt.',
    signOff: 'Bien cordialement,',
    buttonFallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:',
    bookingDetails: 'Retrouvez le détail de votre réservation à tout moment\u00a0:',
    viewBooking: 'Voir la réservation',
    whatToDo: '**Que faire\u00a0?**',
    footer: {
      guest: 'E-mail envoyé par {{hotelName}} · {{hotelEmail}}. Nous ne vous demanderons jamais vos coordonnées bancaires par e-mail.',
      hotel: 'Message automatique du service de paiement de vos réservations.',
    },
    noChargeNow: '**Aucun montant ne sera débité maintenant.** Votre carte est conservée uniquement à titre de garantie, à hauteur de {{amount}}, conformément aux conditions de votre réservation.',
    heldNotCharged: '**Aucun montant ne sera débité maintenant.** Le montant de la pré-autorisation est seulement bloqué sur votre carte. Nous pourrons ensuite en débiter tout ou partie, par exemple pour votre séjour ou vos extras\u00a0; le montant non débité sera libéré.',
    holdLapses: "Si la pré-autorisation n'est ni encaissée ni libérée, elle expirera d'elle-même aux alentours du **{{holdExpiresAt}}**\u00a0; plus rien ne pourra alors être encaissé.",
  },

  // guarantee-request
  guaranteeRequest: {
    subject: 'Garantie de votre réservation – {{hotelName}}',
    intro: "Nous vous remercions de votre réservation. Celle-ci est actuellement retenue en option\u00a0: pour la garantir, il vous suffit d'enregistrer une carte bancaire sur notre page de paiement sécurisée.",
    deadline: "Merci d'enregistrer votre carte avant le **{{deadline}}** (heure locale de l'hôtel)\u00a0; passé ce délai, nous ne pourrons malheureusement plus maintenir votre réservation.",
    button: 'Garantir ma réservation',
    openLink: 'Pour garantir votre réservation, ouvrez ce lien\u00a0:',
  },

  // deposit-request
  depositRequest: {
    subject: "Versement d'arrhes pour votre réservation – {{hotelName}}",
    introPartial: "Nous vous remercions de votre réservation, actuellement retenue en option. Pour la confirmer, nous vous invitons à régler des arrhes d'un montant de **{{amount}}** (sur un total de {{total}}) sur notre page de paiement sécurisée.",
    introFull: "Nous vous remercions de votre réservation, actuellement retenue en option. Pour la confirmer, nous vous invitons à régler des arrhes d'un montant de **{{amount}}** (soit la totalité de votre séjour) sur notre page de paiement sécurisée.",
    deadline: "Merci d'effectuer ce règlement avant le **{{deadline}}** (heure locale de l'hôtel)\u00a0; passé ce délai, nous ne pourrons malheureusement plus maintenir votre réservation.",
    button: 'Régler les arrhes',
    openLink: 'Pour régler les arrhes, ouvrez ce lien\u00a0:',
  },

  // preauthorisation-request
  preauthorisationRequest: {
    subject: 'Pré-autorisation pour confirmer votre réservation – {{hotelName}}',
    introPartial: 'Nous vous remercions de votre réservation, actuellement retenue en option. Pour la confirmer, nous vous invitons à accepter une pré-autorisation de **{{amount}}** (sur un total de {{total}}) sur votre carte bancaire, depuis notre page de paiement sécurisée.',
    introFull: 'Nous vous remercions de votre réservation, actuellement retenue en option. Pour la confirmer, nous vous invitons à accepter une pré-autorisation de **{{amount}}** (soit la totalité de votre séjour) sur votre carte bancaire, depuis notre page de paiement sécurisée.',
    deadline: "Merci d'accepter la pré-autorisation avant le **{{deadline}}** (heure locale de l'hôtel)\u00a0; passé ce délai, nous ne pourrons malheureusement plus maintenir votre réservation.",
    button: 'Accepter la pré-autorisation',
    openLink: 'Pour accepter la pré-autorisation, ouvrez ce lien\u00a0:',
  },

  // payment-reminder
  reminder: {
    subjectGuarantee: 'Rappel\u00a0: garantie de votre réservation – {{hotelName}}',
    subjectDeposit: "Rappel\u00a0: versement d'arrhes pour votre réservation – {{hotelName}}",
    subjectPreauthorisation: 'Rappel\u00a0: pré-autorisation pour confirmer votre réservation – {{hotelName}}',
    subjectCharge: 'Rappel\u00a0: paiement à confirmer pour votre réservation – {{hotelName}}',
    introGuarantee: "Nous nous permettons de vous rappeler que votre réservation est toujours retenue en option\u00a0: nous n'avons pas encore reçu la garantie par carte nécessaire pour la confirmer. Quelques instants suffisent pour enregistrer une carte bancaire sur notre page de paiement sécurisée.",
    introDepositPartial: "Nous nous permettons de vous rappeler que votre réservation est toujours retenue en option\u00a0: nous n'avons pas encore reçu les arrhes de **{{amount}}** (sur un total de {{total}}) nécessaires pour la confirmer. Le règlement ne prend que quelques instants sur notre page de paiement sécurisée.",
    introDepositFull: "Nous nous permettons de vous rappeler que votre réservation est toujours retenue en option\u00a0: nous n'avons pas encore reçu les arrhes de **{{amount}}** (soit la totalité de votre séjour) nécessaires pour la confirmer. Le règlement ne prend que quelques instants sur notre page de paiement sécurisée.",
    introPreauthorisationPartial: "Nous nous permettons de vous rappeler que votre réservation est toujours retenue en option\u00a0: nous n'avons pas encore reçu la pré-autorisation de **{{amount}}** (sur un total de {{total}}) nécessaire pour la confirmer. Quelques instants suffisent pour l'accepter sur notre page de paiement sécurisée.",
    introPreauthorisationFull: "Nous nous permettons de vous rappeler que votre réservation est toujours retenue en option\u00a0: nous n'avons pas encore reçu la pré-autorisation de **{{amount}}** (soit la totalité de votre séjour) nécessaire pour la confirmer. Quelques instants suffisent pour l'accepter sur notre page de paiement sécurisée.",
    introCharge: 'Nous nous permettons de vous rappeler que le paiement de **{{amount}}** {{chargeFor}}, pour votre réservation **{{reservationId}}**, doit encore être confirmé. Votre banque vous demande de le confirmer vous-même\u00a0: quelques instants suffisent, sur notre page de paiement sécurisée.',
    introChargeNoReason: 'Nous nous permettons de vous rappeler que le paiement de **{{amount}}** pour votre réservation **{{reservationId}}** doit encore être confirmé. Votre banque vous demande de le confirmer vous-même\u00a0: quelques instants suffisent, sur notre page de paiement sécurisée.',
    deadline: "Merci d'effectuer cette démarche avant le **{{deadline}}** (heure locale de l'hôtel)\u00a0; passé ce délai, nous ne pourrons malheureusement plus maintenir votre réservation.",
    depositButton: 'Régler les arrhes',
    alreadyGuaranteed: 'Si vous avez déjà enregistré votre carte, merci de ne pas tenir compte de ce message.',
    alreadyPaid: 'Si vous avez déjà réglé les arrhes, merci de ne pas tenir compte de ce message.',
    alreadyAuthorised: 'Si vous avez déjà accepté la pré-autorisation, merci de ne pas tenir compte de ce message.',
    alreadyConfirmed: 'Si vous avez déjà confirmé le paiement, merci de ne pas tenir compte de ce message.',
  },

  // payment-confirmation-guest
  confirmationGuest: {
    subject: 'Votre réservation est confirmée – {{hotelName}}',
    deposit: 'Nous avons bien reçu votre règlement de **{{amount}}** et vous en remercions. Votre réservation est désormais confirmée.',
    guarantee: "Merci\u00a0! Votre carte bancaire a bien été enregistrée en garantie de votre réservation, qui est désormais confirmée. Aucun montant n'a été débité.",
    preauthorisation: 'Merci\u00a0! Votre carte a bien été pré-autorisée à hauteur de **{{amount}}** et votre réservation est désormais confirmée. Ce montant est seulement bloqué sur votre carte, sans être débité\u00a0: nous pourrons ensuite en débiter tout ou partie, par exemple pour votre séjour ou vos extras, et le montant non débité sera libéré.',
  },

  // payment-confirmation-hotel
  confirmationHotel: {
    subjectDeposit: 'Arrhes reçues – réservation {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Garantie par carte enregistrée – réservation {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Pré-autorisation reçue – réservation {{reservationId}}, {{guestName}}',
    subjectCharge: 'Débit réglé – réservation {{reservationId}}, {{guestName}}',
    deposit: 'Des arrhes de **{{amount}}** ont été réglées en ligne pour la réservation **{{reservationId}}**. La réservation est désormais confirmée.',
    guarantee: "Une carte a été enregistrée en garantie ({{amount}}) pour la réservation **{{reservationId}}**. La réservation est désormais confirmée\u00a0; aucun montant n'a été débité.",
    preauthorisation: "Une pré-autorisation de **{{amount}}** a été accordée en ligne pour la réservation **{{reservationId}}**. La réservation est désormais confirmée\u00a0; le montant est bloqué sur la carte du client et rien n'a été encaissé.",
    charge: 'Le client a confirmé auprès de sa banque le débit de **{{amount}}** {{chargeForHotel}} pour la réservation **{{reservationId}}** ({{guestFormalName}})\u00a0: le montant a été débité.',
    chargeNoReason: 'Le client a confirmé auprès de sa banque le débit de **{{amount}}** pour la réservation **{{reservationId}}** ({{guestFormalName}})\u00a0: le montant a été débité.',
    captureOrRelease: "Conservez la pré-autorisation jusqu'à son encaissement, total ou partiel (par exemple au départ du client), ou libérez-la si elle n'est plus nécessaire.",
  },

  // lapse-digest
  digest: {
    subjectOne: '{{count}} option échue – {{hotelName}}',
    subjectOther: '{{count}} options échues – {{hotelName}}',
    introOne: "Pour l'établissement {{hotelName}}, l'option ci-dessous est arrivée à échéance sans garantie par carte ni versement d'arrhes.",
    introOther: "Pour l'établissement {{hotelName}}, les {{count}} options ci-dessous sont arrivées à échéance sans garantie par carte ni versement d'arrhes.",
    released: 'Libérée\u00a0: la réservation est désormais expirée.',
    stillOnOption: "Toujours en option\u00a0: votre règle prévoit un simple signalement\u00a0; merci d'assurer le suivi.",
    booking: 'Réservation {{reservationId}}',
  },

  // payment-digest-hotel (règle hotelPaymentEmails : daily_digest)
  paymentDigest: {
    subjectOne: '{{count}} paiement reçu le {{date}} – {{hotelName}}',
    subjectOther: '{{count}} paiements reçus le {{date}} – {{hotelName}}',
    introOne: "Pour l'établissement {{hotelName}}, le paiement ci-dessous a été reçu en ligne le {{date}} ; sa réservation est confirmée.",
    introOther: "Pour l'établissement {{hotelName}}, les {{count}} paiements ci-dessous ont été reçus en ligne le {{date}} ; leurs réservations sont confirmées.",
    policy: 'Votre règle regroupe ces avis en un e-mail par jour ; les cartes refusées et tout ce qui demande votre intervention vous sont toujours envoyés sans attendre.',
    booking: 'Réservation {{reservationId}}',
  },

  // refund-failed
  refundFailed: {
    subject: 'Échec du remboursement – réservation {{reservationId}}, {{guestName}}',
    refused: "Le remboursement de **{{amount}}** pour la réservation **{{reservationId}}** ({{guestFormalName}}) a été refusé par votre prestataire de paiement. Aucun montant n'a été remboursé au client.",
    checkPayment: 'Nous vous invitons à vérifier le paiement {{parentTransactionId}} dans le back-office de votre prestataire de paiement\u00a0: il a par exemple pu y être déjà remboursé ou annulé.',
    checkPaymentNoId: 'Nous vous invitons à vérifier le paiement dans le back-office de votre prestataire de paiement\u00a0: il a par exemple pu y être déjà remboursé ou annulé.',
    refundAgain: 'Si le client doit toujours être remboursé, relancez le remboursement depuis votre PMS ou directement dans le back-office\u00a0: le montant est de nouveau disponible pour un remboursement.',
  },

  // refund-confirmation-guest
  refundGuest: {
    subject: 'Votre remboursement de {{amount}} – {{hotelName}}',
    refunded: 'Nous avons procédé au remboursement de **{{amount}}** au titre de votre réservation.',
    backToCard: "Ce montant est recrédité sur la carte bancaire utilisée pour le paiement. Selon votre banque, quelques jours ouvrés peuvent être nécessaires avant qu'il n'apparaisse sur votre relevé.",
  },

  // payment-after-close-hotel
  afterClose: {
    subjectDeposit: "Paiement reçu après la clôture de l'option – réservation {{reservationId}}, {{guestName}}",
    subjectGuarantee: "Garantie par carte reçue après la clôture de l'option – réservation {{reservationId}}, {{guestName}}",
    subjectPreauthorisation: "Pré-autorisation reçue après la clôture de l'option – réservation {{reservationId}}, {{guestName}}",
    depositExpired: "Un paiement de **{{amount}}** a été reçu pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option\u00a0: l'option a expiré.",
    depositCancelled: "Un paiement de **{{amount}}** a été reçu pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option\u00a0: la réservation a été annulée.",
    depositOtherStatus: "Un paiement de **{{amount}}** a été reçu pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option\u00a0: son statut est «\u00a0{{otherStatus}}\u00a0».",
    depositNoStatus: "Un paiement de **{{amount}}** a été reçu pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option.",
    charged: "Le client a été débité, mais la réservation n'a pas été confirmée et le client n'a reçu aucune confirmation de notre part.",
    guaranteeExpired: "Une carte a été enregistrée en garantie ({{amount}}) pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option\u00a0: l'option a expiré.",
    guaranteeCancelled: "Une carte a été enregistrée en garantie ({{amount}}) pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option\u00a0: la réservation a été annulée.",
    guaranteeOtherStatus: "Une carte a été enregistrée en garantie ({{amount}}) pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option\u00a0: son statut est «\u00a0{{otherStatus}}\u00a0».",
    guaranteeNoStatus: "Une carte a été enregistrée en garantie ({{amount}}) pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option.",
    notCharged: "Aucun montant n'a été débité et le client n'a reçu aucune confirmation de notre part.",
    reinstateOrRefund: "Merci soit de rétablir la réservation dans votre PMS si vous pouvez encore l'honorer, soit de rembourser le paiement au client avec le bouton de remboursement de votre PMS ou par l'API (POST /v1/transactions/{{transactionId}}/refunds).",
    reinstateOrRefundNoApi: "Merci soit de rétablir la réservation dans votre PMS si vous pouvez encore l'honorer, soit de rembourser le paiement au client avec le bouton de remboursement de votre PMS.",
    reinstate: "Si vous pouvez encore honorer la réservation, merci de la rétablir dans votre PMS\u00a0; sinon, il n'y a rien à rembourser. Dans les deux cas, nous vous conseillons de prévenir le client.",
    preauthorisationExpired: "Une pré-autorisation de **{{amount}}** a été accordée pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option\u00a0: l'option a expiré.",
    preauthorisationCancelled: "Une pré-autorisation de **{{amount}}** a été accordée pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option\u00a0: la réservation a été annulée.",
    preauthorisationOtherStatus: "Une pré-autorisation de **{{amount}}** a été accordée pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option\u00a0: son statut est «\u00a0{{otherStatus}}\u00a0».",
    preauthorisationNoStatus: "Une pré-autorisation de **{{amount}}** a été accordée pour la réservation **{{reservationId}}** ({{guestFormalName}}), qui n'est plus en option.",
    held: "Le montant est bloqué sur la carte du client, mais rien n'a été encaissé\u00a0; la réservation n'a pas été confirmée et le client n'a reçu aucune confirmation de notre part.",
    reinstateOrRelease: "Si vous pouvez encore honorer la réservation, merci de la rétablir dans votre PMS et de conserver la pré-autorisation jusqu'à son encaissement ou sa libération\u00a0; sinon, merci de libérer la pré-autorisation afin que le montant ne reste pas bloqué sur la carte du client. Dans les deux cas, nous vous conseillons de prévenir le client.",
  },

  // payment-twice-hotel
  twice: {
    subject: 'Second paiement reçu – réservation {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Seconde pré-autorisation reçue – réservation {{reservationId}}, {{guestName}}',
    received: 'Un second paiement de **{{amount}}** a été reçu pour la réservation **{{reservationId}}** ({{guestFormalName}}), dont la demande de paiement avait déjà été réglée (transaction {{firstTransactionId}}).',
    receivedNoId: 'Un second paiement de **{{amount}}** a été reçu pour la réservation **{{reservationId}}** ({{guestFormalName}}), dont la demande de paiement avait déjà été réglée.',
    paidTwice: 'Le client a donc payé deux fois.',
    refundSecond: "Nous vous conseillons de rembourser ce second paiement au client, avec le bouton de remboursement de votre PMS ou par l'API (POST /v1/transactions/{{transactionId}}/refunds).",
    refundSecondNoApi: 'Nous vous conseillons de rembourser ce second paiement au client, avec le bouton de remboursement de votre PMS.',
    receivedPreauthorisation: 'Une seconde pré-autorisation de **{{amount}}** a été accordée pour la réservation **{{reservationId}}** ({{guestFormalName}}), dont la demande avait déjà abouti (transaction {{firstTransactionId}}).',
    receivedPreauthorisationNoId: 'Une seconde pré-autorisation de **{{amount}}** a été accordée pour la réservation **{{reservationId}}** ({{guestFormalName}}), dont la demande avait déjà abouti.',
    heldTwice: "La carte du client porte donc deux pré-autorisations pour cette réservation\u00a0; rien n'a été encaissé au titre de la seconde.",
    releaseSecond: 'Nous vous conseillons de libérer cette seconde pré-autorisation depuis votre PMS.',
  },

  // payment-failed-hotel
  failed: {
    subjectDeposit: 'Arrhes refusées – réservation {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Carte refusée – réservation {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Pré-autorisation refusée – réservation {{reservationId}}, {{guestName}}',
    deposit: "Le paiement des arrhes de **{{amount}}** pour la réservation **{{reservationId}}** ({{guestFormalName}}) n'a pas abouti\u00a0: la carte a été refusée. Aucun montant n'a été débité.",
    guarantee: "La carte donnée en garantie de la réservation **{{reservationId}}** ({{guestFormalName}}) pour **{{amount}}** a été refusée. La réservation n'est pas garantie.",
    preauthorisation: "La pré-autorisation de **{{amount}}** pour la réservation **{{reservationId}}** ({{guestFormalName}}) n'a pas abouti\u00a0: la carte a été refusée. Aucun montant n'est bloqué sur la carte.",
    reason: '**Motif\u00a0:** {{refusalReason}}.',
    staysOnOption: 'La réservation reste en option.',
    deadlineBroughtForward: "Sa date limite d'option a été avancée au **{{optionDeadline}}**.",
    deadlineKept: "Sa date limite d'option est le **{{optionDeadline}}**.",
    retryUntil: "Le client peut essayer une autre carte avec le même lien jusqu'au {{deadline}}.",
    keepTheBooking: "Si vous souhaitez maintenir la réservation, contactez le client\u00a0: il peut essayer une autre carte avec le lien reçu, ou vous pouvez envoyer une nouvelle demande de paiement. Sans paiement à la date limite, l'option sera traitée comme toute option non garantie.",
    noLongerOnOption: "La réservation n'est plus en option\u00a0; rien d'autre n'est attendu du client.",
    chargeRetry: "Le client peut essayer une autre carte avec le lien reçu, jusqu'au {{deadline}}. S'il ne paie pas, contactez-le, ou encaissez le paiement à la réception.",
    chargeRetryNoDeadline: "Le client peut essayer une autre carte avec le lien reçu. S'il ne paie pas, contactez-le, ou encaissez le paiement à la réception.",
    reasons: {
      insufficient_funds: 'provision insuffisante ou plafond de la carte atteint',
      card_expired: 'la carte est expirée',
      card_invalid: 'les données de la carte ne sont pas valides (numéro ou code)',
      card_blocked: 'la carte est bloquée par la banque (perte, vol ou suspicion de fraude)',
      declined_by_bank: 'refus de la banque du porteur, sans motif plus précis',
      contact_bank: 'la banque demande au porteur de la contacter',
      technical: 'un problème technique chez la banque ou sur le réseau de paiement',
      authorisation_expired: "l'autorisation a expiré avant l'encaissement",
      capture_failed: "le montant n'a pas pu être encaissé après l'autorisation",
      unknown: "le prestataire de paiement n'a pas indiqué de motif",
    },
    providerAnswerWithCode: '{{pspStatus}} (code banque {{authResult}})',
  },

  // vault-user-hotel
  vault: {
    subjectCreated: 'Nouvel utilisateur du coffre-fort des cartes\u00a0: {{userName}} ({{userId}}) – {{hotelName}}',
    subjectUnlocked: 'Utilisateur du coffre-fort des cartes débloqué\u00a0: {{userName}} ({{userId}}) – {{hotelName}}',
    subjectCleared: 'Codes PIN erronés remis à zéro\u00a0: {{userName}} ({{userId}}) – {{hotelName}}',
    created: "Un nouvel utilisateur du coffre-fort des cartes, **{{userName}}** ({{userId}}), a été créé avec la clé d'API de votre établissement. Avec son code PIN personnel, cette personne peut désormais accéder aux cartes bancaires de vos clients selon les droits ci-dessous.",
    unlocked: "L'utilisateur du coffre-fort des cartes **{{userName}}** ({{userId}}) a été débloqué avec la clé d'API de votre établissement. Il était bloqué depuis le {{lockedAt}} à la suite de codes PIN erronés\u00a0; il peut de nouveau accéder aux cartes selon ses droits.",
    cleared: "Les codes PIN erronés saisis pour l'utilisateur du coffre-fort des cartes **{{userName}}** ({{userId}}) ont été remis à zéro avec la clé d'API de votre établissement. Il n'était pas encore bloqué et dispose de nouveau de tous ses essais.",
    notExpecting: "**Vous n'attendiez pas ce changement\u00a0?** Contactez sans attendre votre éditeur de PMS et faites remplacer votre clé d'API\u00a0: quiconque la détient peut créer des utilisateurs du coffre-fort et les débloquer, et donc s'autoriser à voir les numéros de carte complets de vos clients. Si ce changement était prévu, vous n'avez rien à faire.",
    canReveal: 'Voir les numéros de carte complets, et le cryptogramme (CVV) une seule fois (cards:reveal)',
    canManage: 'Effacer des cartes (cards:manage)',
  },

  // hold-lapse-hotel
  holdLapse: {
    subjectReportOnly: "Pré-autorisation sur le point d'expirer – réservation {{reservationId}}, {{guestName}}",
    subjectCapture: 'Encaissement de la pré-autorisation avant son expiration – réservation {{reservationId}}, {{guestName}}',
    subjectRelease: 'Libération de la pré-autorisation avant son expiration – réservation {{reservationId}}, {{guestName}}',
    lapses: "La pré-autorisation de **{{amount}}** pour la réservation **{{reservationId}}** ({{guestFormalName}}) expirera d'elle-même aux alentours du **{{holdExpiresAt}}**\u00a0; plus rien ne pourra alors être encaissé.",
    captureOrRelease: "D'ici là, encaissez le montant dû, en tout ou partie, ou libérez la pré-autorisation.",
    capturing: "Conformément à votre règle, la totalité de la pré-autorisation de **{{amount}}** pour la réservation **{{reservationId}}** ({{guestFormalName}}) est en cours d'encaissement, avant son expiration aux alentours du **{{holdExpiresAt}}**.",
    releasing: "Conformément à votre règle, la pré-autorisation de **{{amount}}** pour la réservation **{{reservationId}}** ({{guestFormalName}}) est en cours de libération, avant son expiration aux alentours du **{{holdExpiresAt}}**. Rien n'est encaissé, et le montant ne sera plus bloqué sur la carte du client.",
  },

  chargeReason,

  // charge-request
  chargeRequest: {
    subject: 'Paiement à confirmer pour votre réservation – {{hotelName}}',
    intro: 'Pour votre réservation **{{reservationId}}**, nous devons débiter **{{amount}}** sur la carte que vous avez enregistrée auprès de nous, {{chargeFor}}. Votre banque vous demande de confirmer vous-même ce paiement\u00a0: quelques instants suffisent, sur notre page de paiement sécurisée.',
    introNoReason: 'Pour votre réservation **{{reservationId}}**, nous devons débiter **{{amount}}** sur la carte que vous avez enregistrée auprès de nous. Votre banque vous demande de confirmer vous-même ce paiement\u00a0: quelques instants suffisent, sur notre page de paiement sécurisée.',
    notChargedYet: "**Aucun montant n'a encore été débité.** Cette confirmation est un contrôle de sécurité habituel de votre banque\u00a0; le montant ne sera débité qu'une fois le paiement confirmé par vos soins.",
    deadline: "Merci de confirmer ce paiement avant le **{{deadline}}** (heure locale de l'hôtel).",
    button: 'Confirmer le paiement',
    openLink: 'Pour confirmer le paiement, ouvrez ce lien\u00a0:',
  },

  // charge-receipt
  chargeReceipt: {
    subject: 'Reçu de votre paiement de {{amount}} – {{hotelName}}',
    subjectBalance: 'Merci pour votre séjour\u00a0: reçu de {{amount}} – {{hotelName}}',
    charged: 'Nous avons débité **{{amount}}** sur votre carte, {{chargeFor}}. Vous trouverez ci-dessous le reçu de ce paiement.',
    chargedNoReason: 'Nous avons débité **{{amount}}** sur votre carte au titre de votre réservation. Vous trouverez ci-dessous le reçu de ce paiement.',
    balanceSettled: 'Le solde de votre séjour est désormais réglé. Nous vous remercions de nous avoir choisis et espérons avoir le plaisir de vous accueillir de nouveau très bientôt.',
    keep: 'Nous vous invitons à conserver cet e-mail comme justificatif de paiement.',
  },

  // charge-failed-hotel
  chargeFailed: {
    subject: 'Débit refusé – réservation {{reservationId}}, {{guestName}}',
    refused: "Le débit de **{{amount}}** {{chargeForHotel}} pour la réservation **{{reservationId}}** ({{guestFormalName}}) a été refusé. Le client n'a pas été débité.",
    refusedNoReason: "Le débit de **{{amount}}** pour la réservation **{{reservationId}}** ({{guestFormalName}}) a été refusé. Le client n'a pas été débité.",
    providerAnswer: '**Réponse de votre prestataire de paiement\u00a0:** «\u00a0{{pspMessage}}\u00a0» (code {{pspCode}}).',
    anotherCard: "Demandez une autre carte au client en lui envoyant une nouvelle demande de garantie, puis relancez le débit\u00a0; ou encaissez le paiement à la réception.",
  },

  // charge-action-hotel
  chargeAction: {
    subject: 'Débit en attente de confirmation par le client – réservation {{reservationId}}, {{guestName}}',
    needsGuest: "Le débit de **{{amount}}** {{chargeForHotel}} pour la réservation **{{reservationId}}** ({{guestFormalName}}) doit être confirmé par le client auprès de sa banque. Aucun montant n'a encore été débité.",
    needsGuestNoReason: "Le débit de **{{amount}}** pour la réservation **{{reservationId}}** ({{guestFormalName}}) doit être confirmé par le client auprès de sa banque. Aucun montant n'a encore été débité.",
    linkSent: "Le client a reçu par e-mail un lien de paiement, valable jusqu'au **{{deadline}}**. Le débit sera effectué dès qu'il aura payé.",
    linkSentNoDeadline: "Le client a reçu par e-mail un lien de paiement. Le débit sera effectué dès qu'il aura payé.",
    nothingUnless: "Rien pour l'instant. Si le client ne paie pas, contactez-le, ou encaissez le paiement à la réception.",
  },

  // card-expiring-guest
  cardExpiring: {
    subject: 'Mise à jour de la carte qui garantit votre réservation – {{hotelName}}',
    intro: "La carte que vous avez enregistrée pour garantir votre réservation **{{reservationId}}** ({{expiringCard}}, date d'expiration {{expiry}}) expirera avant la fin de votre séjour, du {{arrival}} au {{departure}}.",
    newCard: 'Afin que votre réservation reste garantie, nous vous invitons à enregistrer une nouvelle carte sur notre page de paiement sécurisée.',
    deadline: "Merci d'effectuer cette démarche avant le **{{deadline}}** (heure locale de l'hôtel).",
    button: 'Enregistrer une nouvelle carte',
    openLink: 'Pour enregistrer une nouvelle carte, ouvrez ce lien\u00a0:',
    alreadyDone: 'Si vous avez déjà enregistré une nouvelle carte, merci de ne pas tenir compte de ce message.',
  },

  // card-expiring-hotel
  cardExpiringHotel: {
    subject: 'Carte de garantie arrivant à expiration – réservation {{reservationId}}, {{guestName}}',
    expires: "La carte qui garantit la réservation **{{reservationId}}** ({{guestFormalName}}) expire avant la fin du séjour\u00a0: {{expiringCard}}, date d'expiration **{{expiry}}**.",
    asked: 'Le client a reçu par e-mail une nouvelle demande de garantie, pour enregistrer une autre carte avant le **{{deadline}}**.',
    askedNoDeadline: 'Le client a reçu par e-mail une nouvelle demande de garantie, pour enregistrer une autre carte.',
    notAsked: "Nous n'avons pas pu demander automatiquement une nouvelle carte au client (par exemple, une demande est déjà en cours pour cette réservation, ou nous n'avons pas son adresse e-mail).",
    nothingUnless: "Rien pour l'instant. Si le client n'enregistre pas de nouvelle carte, contactez-le.",
    contactGuest: 'Merci de contacter le client pour obtenir une autre carte, par exemple en lui envoyant une nouvelle demande de garantie depuis votre PMS.',
  },

  webhookDisabled: {
    subject: 'Point de réception de webhooks désactivé – {{endpointUrl}}',
    disabled: 'Tous les envois d’événements vers **{{endpointUrl}}** échouent depuis le **{{failingSince}}**. Après trois jours d’échecs, nous avons cessé d’envoyer à ce point de réception.',
    howToEnable: 'Rien n’est perdu : les événements des 30 derniers jours restent dans le flux d’événements (GET /v1/events). Dès que le point de réception répond de nouveau, réactivez-le (PATCH /v1/webhook-endpoints/{{endpointId}} avec "enabled": true) et renvoyez ce qu’il a manqué.',
  },

  page,
};
