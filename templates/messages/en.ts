/**
 * English: the reference catalog. `Messages` is its shape; every other language has exactly these
 * keys, so a sentence missing in one language is a type error. Markup: see ./index.ts.
 *
 * A pre-authorisation: the guest "approves" it; the amount is "held" on the card, never "charged"
 * until the hotel "captures" all or part of it; the rest is "released", or the hold "lapses".
 * A charge on the card the guest registered: the hotel "charges" the card; when the guest's bank
 * asks for it, the guest "confirms the payment" on our page; a refused charge is still "due".
 */
// Labels of the detail tables (e-mails) and of the stay on the payment page.
export const label = {
  hotel: 'Hotel',
  arrival: 'Arrival',
  departure: 'Departure',
  lengthOfStay: 'Length of stay',
  guaranteedAmount: 'Guaranteed amount',
  depositDue: 'Deposit due',
  depositPaid: 'Deposit paid',
  amountToHold: 'Amount to be held',
  amountHeld: 'Amount held',
  totalForYourStay: 'Total for your stay',
  bookingReference: 'Booking reference',
  transactionNumber: 'Transaction number',
  date: 'Date',
  amountRefunded: 'Amount refunded',
  bookedFor: 'Booked for',
  booking: 'Booking',
  guest: 'Guest',
  type: 'Type',
  amount: 'Amount',
  totalForTheStay: 'Total for the stay',
  stay: 'Stay',
  transaction: 'Transaction',
  dateAndTime: 'Date and time',
  refundAmount: 'Amount of the refund',
  paymentConcerned: 'Payment concerned',
  refundReference: 'Refund reference',
  reasonGiven: 'Reason given',
  providerCode: "Provider's code",
  providerMessage: "Provider's message",
  bookingStatus: 'Booking status',
  secondPaymentAmount: 'Amount of the second payment',
  secondPayment: 'Second payment',
  firstPayment: 'First payment',
  secondPreauthorisation: 'Second pre-authorisation',
  firstPreauthorisation: 'First pre-authorisation',
  request: 'Request',
  providerAnswer: "Provider's answer",
  optionDeadline: 'Option deadline',
  newOptionDeadline: 'New option deadline',
  outcome: 'Outcome',
  userId: 'User ID',
  name: 'Name',
  rights: 'Rights',
  lockedSince: 'Locked since',
  wrongPinsCleared: 'Wrong PINs cleared',
  webhookEndpoint: 'Endpoint',
  failingSince: 'Failing since',
  lastResult: 'Last answer',
  optionExpiry: 'Option deadline',
  holdLapse: 'Expected to lapse',
  reason: 'Reason',
  amountToCharge: 'Amount to be charged',
  amountCharged: 'Amount charged',
  card: 'Card',
  cardExpiry: 'Expiry date',
  chargeId: 'Charge reference',
  linkValidUntil: 'Payment link valid until',
  newCardBefore: 'New card requested before',
};

// Why the hotel charges a card the guest registered: as a table shows it (`label`), and as a
// sentence says it to the guest (`forGuest`: "… to the card you registered with us, for your
// no-show") and to the front desk (`forHotel`: "The charge of €120.00 for the no-show on …").
export const chargeReason = {
  label: {
    prepayment: 'Prepayment',
    stay: 'Charges during the stay',
    balance: 'Balance at check-out',
    no_show: 'No-show',
    fee: 'Fee',
  },
  forGuest: {
    prepayment: 'as prepayment for your stay',
    stay: 'for services during your stay',
    balance: 'for the balance of your stay',
    no_show: 'for your no-show',
    fee: 'for a fee related to your booking',
  },
  forHotel: {
    prepayment: 'as prepayment',
    stay: 'for services during the stay',
    balance: 'for the balance at check-out',
    no_show: 'for the no-show',
    fee: 'for a fee',
  },
};

// The guest pages (payment, a link that cannot be paid, the result): plain text with {{values}}, no markup.
export const page = {
  genericHeader: 'Secure payment',
  payment: {
    title: {
      deposit: 'Pay your deposit',
      guarantee: 'Guarantee your booking',
      preauthorisation: 'Approve the pre-authorisation',
      charge: 'Confirm your payment',
    },
    intro: {
      deposit: 'To confirm your booking, please pay the deposit below.',
      guarantee: 'To guarantee your booking, please register a card. Nothing will be charged now.',
      preauthorisation: 'To confirm your booking, please approve the pre-authorisation below. The amount will be held on your card, not charged.',
      charge: '{{hotelName}} needs to charge {{amount}} to the card you registered. Your bank asks you to confirm this payment.',
    },
    chargeIntro: '{{hotelName}} needs to charge {{amount}} to the card you registered, {{chargeFor}}. Your bank asks you to confirm this payment.',
    staffIntro: {
      deposit: 'Front desk: enter the card the guest gives you by phone. The deposit below is charged to it now.',
      guarantee: 'Front desk: enter the card the guest gives you by phone. It is kept as a guarantee; nothing is charged now.',
      preauthorisation: 'Front desk: enter the card the guest gives you by phone. The amount below is authorised on it now and held; nothing is charged.',
      charge: 'Front desk: enter the card the guest gives you by phone. The amount below is charged to it now.',
    },
    ofTotal: 'out of a total of {{total}}',
    fullStay: 'the full amount of your stay',
    noChargeNow: 'No charge now: your card is kept as a guarantee for {{amount}}.',
    heldNotCharged: 'Held on your card, not charged: we may later charge all or part of it, and the rest will be released.',
    chargeNote: 'Nothing is charged until you have confirmed the payment with your bank.',
    deadline: 'Please complete before {{deadline}} (hotel local time).',
    button: {
      deposit: 'Pay {{amount}}',
      guarantee: 'Register my card',
      preauthorisation: 'Authorise {{amount}}',
      charge: 'Confirm and pay {{amount}}',
    },
    secure: "You will enter your card details in the next step, on our payment provider's secure page.",
  },
  problem: {
    expired: {
      title: 'This link has expired',
      body: 'The time allowed for this payment has passed, so this link no longer works. If you would like to keep your booking, please contact the hotel: they can send you a new link.',
    },
    used: {
      title: 'This link has already been used',
      body: 'The payment or card registration for this link has already been completed. There is nothing more for you to do.',
    },
    cancelled: {
      title: 'This request has been withdrawn',
      body: 'The hotel has withdrawn this payment request, so nothing will be asked of you through this link.',
    },
    not_found: {
      title: 'Link not found',
      body: 'This link is not valid. Please check that it was copied in full from the e-mail you received.',
    },
  },
  contact: {
    withEmail: 'Any questions? Write to {{hotelName}} at {{{emailLink}}}',
    withoutEmail: 'For any questions, please contact the hotel you booked with directly.',
  },
  result: {
    succeeded: {
      title: {
        deposit: 'Thank you, your payment has been received',
        guarantee: 'Thank you, your card has been registered',
        preauthorisation: 'Thank you, the pre-authorisation has been approved',
        charge: 'Thank you, your payment has been confirmed',
      },
      body: {
        deposit: 'We have received your payment of {{amount}}. Your booking is confirmed and we look forward to welcoming you.',
        guarantee: 'Your card is registered as a guarantee for {{amount}} and your booking is confirmed. Nothing has been charged.',
        preauthorisation: 'Your card has been authorised for {{amount}} and your booking is confirmed. The amount is only held; nothing has been charged.',
        charge: 'We have received your payment of {{amount}}. Thank you; you will receive a receipt by e-mail.',
      },
    },
    failed: {
      title: {
        deposit: 'Your payment did not go through',
        guarantee: 'Your card could not be registered',
        preauthorisation: 'The pre-authorisation did not go through',
        charge: 'Your payment did not go through',
      },
      body: {
        deposit: 'Nothing has been charged. Your booking is not confirmed yet: you can try again with another card or contact the hotel.',
        guarantee: 'Your booking is not guaranteed yet: you can try again with another card or contact the hotel.',
        preauthorisation: 'Nothing is held on your card. Your booking is not confirmed yet: you can try again with another card or contact the hotel.',
        charge: 'Nothing has been charged, and the amount is still due: you can try again with another card or contact the hotel.',
      },
    },
    pending: {
      title: {
        deposit: 'We are checking your payment',
        guarantee: 'We are checking your card',
        preauthorisation: 'We are checking the pre-authorisation',
        charge: 'We are checking your payment',
      },
      body: {
        deposit: 'We are waiting for confirmation from your bank. This page updates automatically, so please keep it open.',
        guarantee: 'We are waiting for confirmation from your bank. This page updates automatically, so please keep it open.',
        preauthorisation: 'We are waiting for confirmation from your bank. This page updates automatically, so please keep it open.',
        charge: 'We are waiting for confirmation from your bank. This page updates automatically, so please keep it open.',
      },
    },
    abandoned: {
      title: {
        deposit: 'Payment not completed',
        guarantee: 'Card registration not completed',
        preauthorisation: 'Pre-authorisation not completed',
        charge: 'Payment not completed',
      },
      body: {
        deposit: 'You left the payment page before the end: nothing has been charged and your booking is not confirmed yet.',
        guarantee: 'You left the payment page before the end: your card has not been registered and your booking is not guaranteed yet.',
        preauthorisation: 'You left the payment page before the end: nothing is held on your card and your booking is not confirmed yet.',
        charge: 'You left the payment page before the end: nothing has been charged, and the amount is still due.',
      },
    },
    retryUntil: 'You can try again until {{deadline}} (hotel local time); after that, your booking may be released.',
    retryUntilCharge: 'You can try again until {{deadline}} (hotel local time).',
    retry: {
      failed: 'Try another card',
      abandoned: 'Try again',
    },
  },
};

/**
 * The whole catalog. `label`, `chargeReason` and `page` are declared apart, above: the guest pages
 * read only those, so their bundles leave the e-mails' sentences out.
 */
export const en = {
  // How a label reads before its value in the text part ("Hotel: …").
  format: {
    label: '{{label}}:',
  },

  label,

  // Values of the detail tables. `time`: a date and time at the hotel, as a table shows it.
  value: {
    time: '{{time}}',
    deposit: 'Deposit',
    cardGuarantee: 'Card guarantee',
    preauthorisation: 'Pre-authorisation',
    charge: 'Charge on the registered card',
    expired: 'Expired',
    cancelled: 'Cancelled',
  },

  // Sentences several e-mails share.
  email: {
    hello: 'Hello,',
    questions: 'If you have any questions, please write to us at {{{emailLink}}}.',
    lookForward: 'We look forward to welcoming you.',
    lookForwardSoon: 'We look forward to welcoming you soon.',
    signOff: 'Kind regards,',
    buttonFallback: 'If the button does not work, copy this link into your browser:',
    bookingDetails: 'You can see the details of your booking at any time here:',
    viewBooking: 'View the booking',
    whatToDo: '**What to do:**',
    footer: {
      guest: 'Sent by {{hotelName}} · {{hotelEmail}}. We will never ask for your card details by e-mail.',
      hotel: 'Automatic notification from your booking payment service.',
    },
    noChargeNow: '**Nothing will be charged now.** Your card is simply kept on file as a guarantee of {{amount}}, in line with the conditions of your booking.',
    heldNotCharged: '**Nothing will be charged now.** The amount is only held on your card. We may later charge all or part of it, for example for your stay or extras; any amount we do not charge will be released.',
    holdLapses: 'If the pre-authorisation is neither captured nor released, it will lapse by itself around **{{holdExpiresAt}}**, after which nothing more can be captured.',
  },

  // guarantee-request
  guaranteeRequest: {
    subject: 'Please guarantee your booking – {{hotelName}}',
    intro: 'Thank you for your booking, which we are currently holding for you on option. To guarantee it, please register a card on our secure payment page.',
    deadline: 'Please register your card before **{{deadline}}** (hotel local time); after that, we will unfortunately no longer be able to hold your booking.',
    button: 'Guarantee my booking',
    openLink: 'To guarantee your booking, open this link:',
  },

  // deposit-request
  depositRequest: {
    subject: 'Deposit to confirm your booking – {{hotelName}}',
    introPartial: 'Thank you for your booking, which we are currently holding for you on option. To confirm it, please pay a deposit of **{{amount}}** (out of a total of {{total}}) on our secure payment page.',
    introFull: 'Thank you for your booking, which we are currently holding for you on option. To confirm it, please pay a deposit of **{{amount}}** (the full amount of your stay) on our secure payment page.',
    deadline: 'Please pay before **{{deadline}}** (hotel local time); after that, we will unfortunately no longer be able to hold your booking.',
    button: 'Pay the deposit',
    openLink: 'To pay the deposit, open this link:',
  },

  // preauthorisation-request
  preauthorisationRequest: {
    subject: 'Pre-authorisation to confirm your booking – {{hotelName}}',
    introPartial: 'Thank you for your booking, which we are currently holding for you on option. To confirm it, please approve a pre-authorisation of **{{amount}}** (out of a total of {{total}}) on your card, on our secure payment page.',
    introFull: 'Thank you for your booking, which we are currently holding for you on option. To confirm it, please approve a pre-authorisation of **{{amount}}** (the full amount of your stay) on your card, on our secure payment page.',
    deadline: 'Please approve the pre-authorisation before **{{deadline}}** (hotel local time); after that, we will unfortunately no longer be able to hold your booking.',
    button: 'Approve the pre-authorisation',
    openLink: 'To approve the pre-authorisation, open this link:',
  },

  // payment-reminder
  reminder: {
    subjectGuarantee: 'Reminder: please guarantee your booking – {{hotelName}}',
    subjectDeposit: 'Reminder: deposit to confirm your booking – {{hotelName}}',
    subjectPreauthorisation: 'Reminder: pre-authorisation to confirm your booking – {{hotelName}}',
    subjectCharge: 'Reminder: payment to confirm for your booking – {{hotelName}}',
    introGuarantee: 'We would like to remind you that we are still holding your booking on option, but have not yet received the card guarantee needed to confirm it. You can register a card in just a few moments on our secure payment page.',
    introDepositPartial: 'We would like to remind you that we are still holding your booking on option, but have not yet received the deposit of **{{amount}}** (out of a total of {{total}}) needed to confirm it. You can pay it in just a few moments on our secure payment page.',
    introDepositFull: 'We would like to remind you that we are still holding your booking on option, but have not yet received the deposit of **{{amount}}** (the full amount of your stay) needed to confirm it. You can pay it in just a few moments on our secure payment page.',
    introPreauthorisationPartial: 'We would like to remind you that we are still holding your booking on option, but have not yet received the pre-authorisation of **{{amount}}** (out of a total of {{total}}) needed to confirm it. You can approve it in just a few moments on our secure payment page.',
    introPreauthorisationFull: 'We would like to remind you that we are still holding your booking on option, but have not yet received the pre-authorisation of **{{amount}}** (the full amount of your stay) needed to confirm it. You can approve it in just a few moments on our secure payment page.',
    introCharge: 'We would like to remind you that we still need you to confirm the payment of **{{amount}}** {{chargeFor}}, on your booking **{{reservationId}}**. Your bank asks you to confirm it yourself: it only takes a few moments on our secure payment page.',
    introChargeNoReason: 'We would like to remind you that we still need you to confirm the payment of **{{amount}}** on your booking **{{reservationId}}**. Your bank asks you to confirm it yourself: it only takes a few moments on our secure payment page.',
    deadline: 'Please do so before **{{deadline}}** (hotel local time); after that, we will unfortunately no longer be able to hold your booking.',
    depositButton: 'Pay the deposit',
    alreadyGuaranteed: 'If you have already registered your card, please disregard this message.',
    alreadyPaid: 'If you have already paid the deposit, please disregard this message.',
    alreadyAuthorised: 'If you have already approved the pre-authorisation, please disregard this message.',
    alreadyConfirmed: 'If you have already confirmed the payment, please disregard this message.',
  },

  // payment-confirmation-guest
  confirmationGuest: {
    subject: 'Your booking is confirmed – {{hotelName}}',
    deposit: 'Thank you: we have received your payment of **{{amount}}** and your booking is now confirmed.',
    guarantee: 'Thank you: your card has been registered as a guarantee and your booking is now confirmed. Nothing has been charged.',
    preauthorisation: 'Thank you: your card has been authorised for **{{amount}}** and your booking is now confirmed. This amount is only held on your card, not charged: we may later charge all or part of it, for example for your stay or extras, and any amount we do not charge will be released.',
  },

  // payment-confirmation-hotel
  confirmationHotel: {
    subjectDeposit: 'Deposit received – booking {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Card guarantee registered – booking {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Pre-authorisation received – booking {{reservationId}}, {{guestName}}',
    subjectCharge: 'Charge paid – booking {{reservationId}}, {{guestName}}',
    deposit: 'A deposit of **{{amount}}** has been paid online for booking **{{reservationId}}**. The booking is now confirmed.',
    guarantee: 'A card has been registered as a guarantee ({{amount}}) for booking **{{reservationId}}**. The booking is now confirmed; nothing has been charged.',
    preauthorisation: "A pre-authorisation of **{{amount}}** has been given online for booking **{{reservationId}}**. The booking is now confirmed; the amount is held on the guest's card and nothing has been captured.",
    charge: 'The guest has confirmed with their bank the charge of **{{amount}}** {{chargeForHotel}} on booking **{{reservationId}}** ({{guestFormalName}}): the amount has been charged.',
    chargeNoReason: 'The guest has confirmed with their bank the charge of **{{amount}}** on booking **{{reservationId}}** ({{guestFormalName}}): the amount has been charged.',
    captureOrRelease: 'keep the pre-authorisation until you capture all or part of it (for example at check-out), or release it if it is no longer needed.',
  },

  // lapse-digest
  digest: {
    subjectOne: '{{count}} option lapsed – {{hotelName}}',
    subjectOther: '{{count}} options lapsed – {{hotelName}}',
    introOne: 'At {{hotelName}}, the option below has reached its deadline without a card guarantee or deposit being received.',
    introOther: 'At {{hotelName}}, the {{count}} options below have reached their deadline without a card guarantee or deposit being received.',
    released: 'Released: the reservation is now expired.',
    stillOnOption: 'Still on option: your policy is to report only; please follow up.',
    booking: 'Booking {{reservationId}}',
  },

  // payment-digest-hotel (policy hotelPaymentEmails: daily_digest)
  paymentDigest: {
    subjectOne: '{{count}} payment received on {{date}} – {{hotelName}}',
    subjectOther: '{{count}} payments received on {{date}} – {{hotelName}}',
    introOne: 'At {{hotelName}}, the payment below was received online on {{date}}; its booking is confirmed.',
    introOther: 'At {{hotelName}}, the {{count}} payments below were received online on {{date}}; their bookings are confirmed.',
    policy: 'Your policy gathers these notifications into one e-mail a day; refused cards and anything you need to act on are still sent at once.',
    booking: 'Booking {{reservationId}}',
  },

  // refund-failed
  refundFailed: {
    subject: 'Refund failed – booking {{reservationId}}, {{guestName}}',
    refused: 'The refund of **{{amount}}** for booking **{{reservationId}}** ({{guestFormalName}}) was refused by your payment provider. Nothing has been refunded to the guest.',
    checkPayment: "please check the payment {{parentTransactionId}} in your payment provider's back office; it may, for example, already have been refunded or cancelled there.",
    checkPaymentNoId: "please check the payment in your payment provider's back office; it may, for example, already have been refunded or cancelled there.",
    refundAgain: 'If the guest still needs to be refunded, refund again from your PMS or directly in the back office: the amount is available to refund again.',
  },

  // refund-confirmation-guest
  refundGuest: {
    subject: 'Your refund of {{amount}} – {{hotelName}}',
    refunded: 'We have refunded **{{amount}}** for your booking.',
    backToCard: 'The amount goes back to the card you used for the payment. Depending on your bank, it may take a few business days to appear on your statement.',
  },

  // payment-after-close-hotel
  afterClose: {
    subjectDeposit: 'Payment received after the option closed – booking {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Card guarantee received after the option closed – booking {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Pre-authorisation received after the option closed – booking {{reservationId}}, {{guestName}}',
    depositExpired: 'A payment of **{{amount}}** has been received for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option: the option has expired.',
    depositCancelled: 'A payment of **{{amount}}** has been received for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option: the booking has been cancelled.',
    depositOtherStatus: 'A payment of **{{amount}}** has been received for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option: its status is “{{otherStatus}}”.',
    depositNoStatus: 'A payment of **{{amount}}** has been received for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option.',
    charged: 'The guest has been charged, but the booking has not been confirmed and the guest has received no confirmation from us.',
    guaranteeExpired: 'A card has been registered as a guarantee ({{amount}}) for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option: the option has expired.',
    guaranteeCancelled: 'A card has been registered as a guarantee ({{amount}}) for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option: the booking has been cancelled.',
    guaranteeOtherStatus: 'A card has been registered as a guarantee ({{amount}}) for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option: its status is “{{otherStatus}}”.',
    guaranteeNoStatus: 'A card has been registered as a guarantee ({{amount}}) for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option.',
    notCharged: 'Nothing has been charged, and the guest has received no confirmation from us.',
    reinstateOrRefund: "please either reinstate the booking in your PMS if you can still honour it, or refund the payment to the guest with your PMS's refund button or through the API (POST /v1/transactions/{{transactionId}}/refunds).",
    reinstateOrRefundNoApi: "please either reinstate the booking in your PMS if you can still honour it, or refund the payment to the guest with your PMS's refund button.",
    reinstate: 'if you can still honour the booking, please reinstate it in your PMS; otherwise there is nothing to refund. Either way, we suggest you let the guest know.',
    preauthorisationExpired: 'A pre-authorisation of **{{amount}}** has been given for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option: the option has expired.',
    preauthorisationCancelled: 'A pre-authorisation of **{{amount}}** has been given for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option: the booking has been cancelled.',
    preauthorisationOtherStatus: 'A pre-authorisation of **{{amount}}** has been given for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option: its status is “{{otherStatus}}”.',
    preauthorisationNoStatus: 'A pre-authorisation of **{{amount}}** has been given for booking **{{reservationId}}** ({{guestFormalName}}), which is no longer on option.',
    held: "The amount is held on the guest's card but nothing has been captured; the booking has not been confirmed and the guest has received no confirmation from us.",
    reinstateOrRelease: "if you can still honour the booking, please reinstate it in your PMS and keep the pre-authorisation until you capture or release it; otherwise, please release the pre-authorisation so that the amount is no longer held on the guest's card. Either way, we suggest you let the guest know.",
  },

  // payment-twice-hotel
  twice: {
    subject: 'Second payment received – booking {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Second pre-authorisation received – booking {{reservationId}}, {{guestName}}',
    received: 'A second payment of **{{amount}}** has been received for booking **{{reservationId}}** ({{guestFormalName}}), whose payment request had already been paid (transaction {{firstTransactionId}}).',
    receivedNoId: 'A second payment of **{{amount}}** has been received for booking **{{reservationId}}** ({{guestFormalName}}), whose payment request had already been paid.',
    paidTwice: 'The guest has therefore paid twice.',
    refundSecond: "we suggest refunding this second payment to the guest, with your PMS's refund button or through the API (POST /v1/transactions/{{transactionId}}/refunds).",
    refundSecondNoApi: "we suggest refunding this second payment to the guest, with your PMS's refund button.",
    receivedPreauthorisation: 'A second pre-authorisation of **{{amount}}** has been given for booking **{{reservationId}}** ({{guestFormalName}}), whose request had already been completed (transaction {{firstTransactionId}}).',
    receivedPreauthorisationNoId: 'A second pre-authorisation of **{{amount}}** has been given for booking **{{reservationId}}** ({{guestFormalName}}), whose request had already been completed.',
    heldTwice: "The guest's card therefore carries two pre-authorisations for this booking; nothing has been captured under the second one.",
    releaseSecond: 'we suggest releasing this second pre-authorisation from your PMS.',
  },

  // payment-failed-hotel
  failed: {
    subjectDeposit: 'Deposit refused – booking {{reservationId}}, {{guestName}}',
    subjectGuarantee: 'Card refused – booking {{reservationId}}, {{guestName}}',
    subjectPreauthorisation: 'Pre-authorisation refused – booking {{reservationId}}, {{guestName}}',
    deposit: 'The deposit of **{{amount}}** for booking **{{reservationId}}** ({{guestFormalName}}) could not be paid: the card was refused. Nothing has been charged.',
    guarantee: 'The card given to guarantee booking **{{reservationId}}** ({{guestFormalName}}) for **{{amount}}** was refused. The booking is not guaranteed.',
    preauthorisation: 'The pre-authorisation of **{{amount}}** for booking **{{reservationId}}** ({{guestFormalName}}) could not be given: the card was refused. Nothing is held on the card.',
    reason: '**Reason:** {{refusalReason}}.',
    staysOnOption: 'The booking stays on option.',
    deadlineBroughtForward: 'Its option deadline has been brought forward to **{{optionDeadline}}**.',
    deadlineKept: 'Its option deadline is **{{optionDeadline}}**.',
    retryUntil: 'The guest can try another card with the same link until {{deadline}}.',
    keepTheBooking: 'If you wish to keep the booking, contact the guest: they can try another card with the link they have, or you can send a new payment request. If nothing is paid by the deadline, the option is handled like any other unsecured option.',
    noLongerOnOption: 'The booking is no longer on option; nothing more is expected from the guest.',
    chargeRetry: 'the guest can try another card with the link they have, until {{deadline}}. If they do not pay, contact them, or take the payment at the front desk.',
    chargeRetryNoDeadline: 'the guest can try another card with the link they have. If they do not pay, contact them, or take the payment at the front desk.',
    reasons: {
      insufficient_funds: 'insufficient funds or card limit reached',
      card_expired: 'the card has expired',
      card_invalid: 'the card details are not valid (number or code)',
      card_blocked: 'the card is blocked by the bank (reported lost or stolen, or suspected fraud)',
      declined_by_bank: "declined by the card holder's bank, without a more precise reason",
      contact_bank: 'the bank asks the card holder to contact it',
      technical: 'a technical problem at the bank or on the payment network',
      authorisation_expired: 'the authorisation expired before the money was collected',
      capture_failed: 'the money could not be collected after the authorisation',
      unknown: 'the payment provider gave no reason',
    },
    providerAnswerWithCode: '{{pspStatus}} (bank code {{authResult}})',
  },

  // vault-user-hotel
  vault: {
    subjectCreated: 'New card vault user: {{userName}} ({{userId}}) – {{hotelName}}',
    subjectUnlocked: 'Card vault user unlocked: {{userName}} ({{userId}}) – {{hotelName}}',
    subjectCleared: 'Wrong PINs cleared: {{userName}} ({{userId}}) – {{hotelName}}',
    created: "A new card vault user, **{{userName}}** ({{userId}}), has been created with your property's API key. With their personal PIN, this person can now access your guests' payment cards as the rights below allow.",
    unlocked: "Card vault user **{{userName}}** ({{userId}}) has been unlocked with your property's API key. Wrong PINs had locked this user on {{lockedAt}}; they can access cards again as their rights allow.",
    cleared: "The wrong PINs entered for card vault user **{{userName}}** ({{userId}}) have been cleared with your property's API key. This user was not locked yet, and now has all their attempts again.",
    notExpecting: "**Not expecting this?** Contact your PMS provider straight away and have your API key replaced: anyone who holds it can create card vault users and unlock them, and so give themselves access to your guests' full card numbers. If this change was planned, there is nothing to do.",
    canReveal: 'See full card numbers, and the CVV once (cards:reveal)',
    canManage: 'Erase cards (cards:manage)',
  },

  // hold-lapse-hotel
  holdLapse: {
    subjectReportOnly: 'Pre-authorisation lapsing soon – booking {{reservationId}}, {{guestName}}',
    subjectCapture: 'Pre-authorisation being captured before it lapses – booking {{reservationId}}, {{guestName}}',
    subjectRelease: 'Pre-authorisation being released before it lapses – booking {{reservationId}}, {{guestName}}',
    lapses: 'The pre-authorisation of **{{amount}}** for booking **{{reservationId}}** ({{guestFormalName}}) will lapse by itself around **{{holdExpiresAt}}**, after which nothing more can be captured.',
    captureOrRelease: 'before then, capture what is due, in full or in part, or release the pre-authorisation.',
    capturing: 'In line with your policy, the whole pre-authorisation of **{{amount}}** for booking **{{reservationId}}** ({{guestFormalName}}) is now being captured, before it lapses around **{{holdExpiresAt}}**.',
    releasing: "In line with your policy, the pre-authorisation of **{{amount}}** for booking **{{reservationId}}** ({{guestFormalName}}) is now being released, before it lapses around **{{holdExpiresAt}}**. Nothing is captured, and the amount will no longer be held on the guest's card.",
  },

  chargeReason,

  // charge-request
  chargeRequest: {
    subject: 'Payment to confirm for your booking – {{hotelName}}',
    intro: 'For your booking **{{reservationId}}**, we need to charge **{{amount}}** to the card you registered with us, {{chargeFor}}. Your bank asks you to confirm this payment yourself: it only takes a few moments on our secure payment page.',
    introNoReason: 'For your booking **{{reservationId}}**, we need to charge **{{amount}}** to the card you registered with us. Your bank asks you to confirm this payment yourself: it only takes a few moments on our secure payment page.',
    notChargedYet: '**Nothing has been charged yet.** This confirmation is a usual security check by your bank; the amount is only charged once you have confirmed it.',
    deadline: 'Please confirm the payment before **{{deadline}}** (hotel local time).',
    button: 'Confirm the payment',
    openLink: 'To confirm the payment, open this link:',
  },

  // charge-receipt
  chargeReceipt: {
    subject: 'Receipt for your payment of {{amount}} – {{hotelName}}',
    subjectBalance: 'Thank you for your stay: receipt for {{amount}} – {{hotelName}}',
    charged: 'We have charged **{{amount}}** to your card, {{chargeFor}}. Here is your receipt.',
    chargedNoReason: 'We have charged **{{amount}}** to your card for your booking. Here is your receipt.',
    balanceSettled: 'Your balance is now settled. Thank you for staying with us; we hope to welcome you again soon.',
    keep: 'Please keep this e-mail as proof of payment.',
  },

  // charge-failed-hotel
  chargeFailed: {
    subject: 'Charge refused – booking {{reservationId}}, {{guestName}}',
    refused: 'The charge of **{{amount}}** {{chargeForHotel}} on booking **{{reservationId}}** ({{guestFormalName}}) was refused. Nothing has been charged to the guest.',
    refusedNoReason: 'The charge of **{{amount}}** on booking **{{reservationId}}** ({{guestFormalName}}) was refused. Nothing has been charged to the guest.',
    providerAnswer: '**Your payment provider answered:** “{{pspMessage}}” (code {{pspCode}}).',
    anotherCard: 'ask the guest for another card by sending them a new guarantee request, then charge it again; or take the payment at the front desk.',
  },

  // charge-action-hotel
  chargeAction: {
    subject: "Charge awaiting the guest's confirmation – booking {{reservationId}}, {{guestName}}",
    needsGuest: "The charge of **{{amount}}** {{chargeForHotel}} on booking **{{reservationId}}** ({{guestFormalName}}) needs the guest to confirm it with their bank. Nothing has been charged yet.",
    needsGuestNoReason: "The charge of **{{amount}}** on booking **{{reservationId}}** ({{guestFormalName}}) needs the guest to confirm it with their bank. Nothing has been charged yet.",
    linkSent: 'The guest has been e-mailed a payment link, valid until **{{deadline}}**. The charge will be complete as soon as they pay.',
    linkSentNoDeadline: 'The guest has been e-mailed a payment link. The charge will be complete as soon as they pay.',
    nothingUnless: 'nothing for now. If the guest does not pay, contact them, or take the payment at the front desk.',
  },

  // card-expiring-guest
  cardExpiring: {
    subject: 'Please update the card guaranteeing your booking – {{hotelName}}',
    intro: 'The card you gave us to guarantee your booking **{{reservationId}}** ({{expiringCard}}, expiry date {{expiry}}) will expire before the end of your stay, from {{arrival}} to {{departure}}.',
    newCard: 'So that your booking stays guaranteed, please register a new card on our secure payment page.',
    deadline: 'Please do so before **{{deadline}}** (hotel local time).',
    button: 'Register a new card',
    openLink: 'To register a new card, open this link:',
    alreadyDone: 'If you have already registered a new card, please disregard this message.',
  },

  // card-expiring-hotel
  cardExpiringHotel: {
    subject: 'Guarantee card expiring – booking {{reservationId}}, {{guestName}}',
    expires: 'The card guaranteeing booking **{{reservationId}}** ({{guestFormalName}}) expires before the end of the stay: {{expiringCard}}, expiry date **{{expiry}}**.',
    asked: 'The guest has been e-mailed a new guarantee request, to register another card before **{{deadline}}**.',
    askedNoDeadline: 'The guest has been e-mailed a new guarantee request, to register another card.',
    notAsked: 'The guest could not be asked for a new card automatically (for example, a request is already open for this booking, or we have no e-mail address for the guest).',
    nothingUnless: 'nothing for now. If the guest does not register a new card, contact them.',
    contactGuest: 'please contact the guest for another card, for example by sending them a new guarantee request from your PMS.',
  },

  webhookDisabled: {
    subject: 'Webhook endpoint disabled – {{endpointUrl}}',
    disabled: 'Every attempt to send events to **{{endpointUrl}}** has failed since **{{failingSince}}**. After three days of failures we have stopped sending to this endpoint.',
    howToEnable: 'Nothing is lost: the events of the last 30 days stay in the event feed (GET /v1/events). Once the endpoint answers again, turn it back on (PATCH /v1/webhook-endpoints/{{endpointId}} with "enabled": true) and replay what it missed.',
  },

  page,
};

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Every message, in one language. */
export type Messages = Shape<typeof en>;
