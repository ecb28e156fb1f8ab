import type { Block, EmailStructure, Row, Text } from './blocks';
import type { EmailKind } from './types';

/**
 * Every e-mail, once: its blocks, the messages they show (../messages) and the values they need
 * (see the variables in ./index.ts). Adding an e-mail is one entry here and its messages in each
 * catalog.
 */

/** What a kind says by payment type: each kind that varies by type says it for every type. */
const byType = (deposit: Text, guarantee: Text, preauthorisation: Text, charge: Text): Text => ({
  when: 'isDeposit',
  then: deposit,
  else: { when: 'isGuarantee', then: guarantee, else: { when: 'isPreauthorisation', then: preauthorisation, else: { when: 'isCharge', then: charge } } },
});
/** A charge on the card the guest registered, with its reason when given. */
const withReason = (reason: Text, none: Text): Text => ({ when: 'chargeReason', then: reason, else: none });
/** The reservation's status when money arrived after the option closed. */
const byStatus = (expired: Text, cancelled: Text, other: Text, none?: Text): Text => ({
  when: 'wasExpired', then: expired, else: { when: 'wasCancelled', then: cancelled, else: { when: 'otherStatus', then: other, ...(none ? { else: none } : {}) } },
});

const STAY = '{{arrival}} → {{departure}} ({{nights}})';
const row = (label: Text, value: Row['value'], when?: string): Row => ({ label, value, ...(when ? { when } : {}) });

const greeting: Block = { p: '{{salutation}}' };
const hello: Block = { p: 'email.hello' };
const viewBooking: Block = { button: 'email.viewBooking' };
const signOff: Block = { closing: 'email.signOff' };
const questions: Block = { p: ['email.questions', 'email.lookForward'] };

/** What a guest asked to pay or guarantee sees of the stay. */
const guestStay: readonly Row[] = [
  row('label.hotel', '{{hotelName}}'),
  row('label.arrival', '{{arrival}}'),
  row('label.departure', '{{departure}}'),
  row('label.lengthOfStay', '{{nights}}'),
];
/** What the front desk sees of the booking. */
const booking: readonly Row[] = [
  row('label.hotel', '{{hotelName}}'),
  row('label.booking', '{{reservationId}}'),
  row('label.guest', '{{guestFormalName}}'),
];

export const EMAILS: Readonly<Record<EmailKind, EmailStructure>> = {
  'guarantee-request': {
    to: 'guest',
    subject: 'guaranteeRequest.subject',
    body: [
      greeting,
      { p: 'guaranteeRequest.intro' },
      { p: 'email.noChargeNow' },
      { p: 'guaranteeRequest.deadline', when: 'deadline' },
      { details: [...guestStay, row('label.guaranteedAmount', '{{amount}}'), row('label.bookingReference', '{{reservationId}}')] },
      { button: 'guaranteeRequest.button', fallback: 'email.buttonFallback', textIntro: 'guaranteeRequest.openLink' },
      questions,
      signOff,
    ],
  },

  'deposit-request': {
    to: 'guest',
    subject: 'depositRequest.subject',
    body: [
      greeting,
      { p: { when: 'partial', then: 'depositRequest.introPartial', else: 'depositRequest.introFull' } },
      { p: 'depositRequest.deadline', when: 'deadline' },
      {
        details: [...guestStay, row('label.depositDue', '{{amount}}'), row('label.totalForYourStay', '{{total}}'), row('label.bookingReference', '{{reservationId}}')],
      },
      { button: 'depositRequest.button', fallback: 'email.buttonFallback', textIntro: 'depositRequest.openLink' },
      questions,
      signOff,
    ],
  },

  // An amount to authorise on the guest's card: held, not taken, until the hotel captures all or
  // part of it or releases it. Like a deposit, asked as part or all of the stay.
  'preauthorisation-request': {
    to: 'guest',
    subject: 'preauthorisationRequest.subject',
    body: [
      greeting,
      { p: { when: 'partial', then: 'preauthorisationRequest.introPartial', else: 'preauthorisationRequest.introFull' } },
      { p: 'email.heldNotCharged' },
      { p: 'preauthorisationRequest.deadline', when: 'deadline' },
      {
        details: [...guestStay, row('label.amountToHold', '{{amount}}'), row('label.totalForYourStay', '{{total}}'), row('label.bookingReference', '{{reservationId}}')],
      },
      { button: 'preauthorisationRequest.button', fallback: 'email.buttonFallback', textIntro: 'preauthorisationRequest.openLink' },
      questions,
      signOff,
    ],
  },

  // A reminder of a guarantee, deposit or pre-authorisation request that is still open; same data as the request.
  'payment-reminder': {
    to: 'guest',
    subject: byType('reminder.subjectDeposit', 'reminder.subjectGuarantee', 'reminder.subjectPreauthorisation', 'reminder.subjectCharge'),
    body: [
      greeting,
      { p: 'reminder.introGuarantee', when: 'isGuarantee' },
      { p: 'email.noChargeNow', when: 'isGuarantee' },
      { p: { when: 'partial', then: 'reminder.introDepositPartial', else: 'reminder.introDepositFull' }, when: 'isDeposit' },
      { p: { when: 'partial', then: 'reminder.introPreauthorisationPartial', else: 'reminder.introPreauthorisationFull' }, when: 'isPreauthorisation' },
      { p: 'email.heldNotCharged', when: 'isPreauthorisation' },
      { p: withReason('reminder.introCharge', 'reminder.introChargeNoReason'), when: 'isCharge' },
      { p: 'chargeRequest.notChargedYet', when: 'isCharge' },
      // A charge holds no booking: its deadline says nothing of releasing one.
      { p: { when: 'isCharge', then: 'chargeRequest.deadline', else: 'reminder.deadline' }, when: 'deadline' },
      {
        details: [
          ...guestStay,
          row('label.guaranteedAmount', '{{amount}}', 'isGuarantee'),
          row('label.depositDue', '{{amount}}', 'isDeposit'),
          row('label.amountToHold', '{{amount}}', 'isPreauthorisation'),
          row('label.totalForYourStay', '{{total}}', 'isDeposit'),
          row('label.totalForYourStay', '{{total}}', 'isPreauthorisation'),
          row('label.amountToCharge', '{{amount}}', 'isCharge'),
          row('label.reason', '{{chargeReason}}', 'chargeReason'),
          row('label.bookingReference', '{{reservationId}}'),
        ],
      },
      {
        button: byType('reminder.depositButton', 'guaranteeRequest.button', 'preauthorisationRequest.button', 'chargeRequest.button'),
        fallback: 'email.buttonFallback',
        textIntro: byType('depositRequest.openLink', 'guaranteeRequest.openLink', 'preauthorisationRequest.openLink', 'chargeRequest.openLink'),
      },
      { p: byType('reminder.alreadyPaid', 'reminder.alreadyGuaranteed', 'reminder.alreadyAuthorised', 'reminder.alreadyConfirmed') },
      // A charge may come after the stay (a no-show, the balance): no "we look forward to welcoming you".
      { p: ['email.questions', { when: '!isCharge', then: 'email.lookForward' }] },
      signOff,
    ],
  },

  'payment-confirmation-guest': {
    to: 'guest',
    // A charge on the card the guest registered confirms no booking: it reads as its receipt.
    subject: { when: 'isCharge', then: { when: 'isBalance', then: 'chargeReceipt.subjectBalance', else: 'chargeReceipt.subject' }, else: 'confirmationGuest.subject' },
    body: [
      greeting,
      {
        p: byType('confirmationGuest.deposit', 'confirmationGuest.guarantee', 'confirmationGuest.preauthorisation', withReason('chargeReceipt.charged', 'chargeReceipt.chargedNoReason')),
      },
      { p: 'chargeReceipt.balanceSettled', when: 'isBalance' },
      {
        details: [
          ...guestStay,
          row('label.depositPaid', '{{amount}}', 'isDeposit'),
          row('label.totalForYourStay', '{{total}}', 'isDeposit'),
          row('label.guaranteedAmount', '{{amount}}', 'isGuarantee'),
          row('label.amountHeld', '{{amount}}', 'isPreauthorisation'),
          row('label.totalForYourStay', '{{total}}', 'isPreauthorisation'),
          row('label.amountCharged', '{{amount}}', 'isCharge'),
          row('label.reason', '{{chargeReason}}', 'chargeReason'),
          row('label.card', '{{card}}', 'card'),
          row('label.bookingReference', '{{reservationId}}'),
          row('label.transactionNumber', '{{transactionId}}', 'transactionId'),
          row('label.date', { time: 'paidAt' }, 'paidAt'),
        ],
      },
      { p: 'chargeReceipt.keep', when: 'isCharge' },
      { link: 'email.bookingDetails' },
      { p: ['email.questions', { when: '!isCharge', then: 'email.lookForwardSoon' }] },
      signOff,
    ],
  },

  'payment-confirmation-hotel': {
    to: 'hotel',
    subject: byType('confirmationHotel.subjectDeposit', 'confirmationHotel.subjectGuarantee', 'confirmationHotel.subjectPreauthorisation', 'confirmationHotel.subjectCharge'),
    body: [
      hello,
      {
        p: byType(
          'confirmationHotel.deposit', 'confirmationHotel.guarantee', 'confirmationHotel.preauthorisation', withReason('confirmationHotel.charge', 'confirmationHotel.chargeNoReason'),
        ),
      },
      // A hold is the hotel's to capture or release, before it lapses.
      { p: ['email.whatToDo', 'confirmationHotel.captureOrRelease', { when: 'holdExpiresAt', then: 'email.holdLapses' }], when: 'isPreauthorisation' },
      {
        details: [
          ...booking,
          row('label.type', byType('value.deposit', 'value.cardGuarantee', 'value.preauthorisation', 'value.charge')),
          row('label.reason', '{{chargeReason}}', 'chargeReason'),
          row('label.amount', '{{amount}}'),
          row('label.totalForTheStay', '{{total}}'),
          row('label.stay', STAY),
          row('label.transaction', '{{transactionId}}', 'transactionId'),
          row('label.dateAndTime', { time: 'paidAt' }, 'paidAt'),
        ],
      },
      viewBooking,
    ],
  },

  // The options one sweep handled after their deadline, one group of rows each.
  'lapse-digest': {
    to: 'hotel',
    subject: { when: 'single', then: 'digest.subjectOne', else: 'digest.subjectOther' },
    body: [
      hello,
      { p: { when: 'single', then: 'digest.introOne', else: 'digest.introOther' } },
      {
        groups: {
          heading: 'digest.booking',
          rows: [
            row('label.guest', '{{guestName}}'),
            row('label.stay', STAY),
            row('label.optionExpiry', { time: 'optionDeadline' }),
            { label: 'label.outcome', value: { when: 'isExpired', then: 'digest.released', else: { when: 'isReported', then: 'digest.stillOnOption' } }, bare: true },
          ],
        },
      },
    ],
  },

  // The payments of one day, for a hotel whose policy gathers the per-payment e-mail
  // (payment-confirmation-hotel) into one digest a day (docs/hotel-digest.md).
  'payment-digest-hotel': {
    to: 'hotel',
    subject: { when: 'single', then: 'paymentDigest.subjectOne', else: 'paymentDigest.subjectOther' },
    body: [
      hello,
      { p: { when: 'single', then: 'paymentDigest.introOne', else: 'paymentDigest.introOther' } },
      {
        groups: {
          heading: 'paymentDigest.booking',
          rows: [
            row('label.guest', '{{guestName}}'),
            row('label.stay', STAY),
            row('label.type', byType('value.deposit', 'value.cardGuarantee', 'value.preauthorisation', 'value.charge')),
            row('label.amount', '{{amount}}'),
            row('label.holdLapse', { time: 'holdExpiresAt' }, 'holdExpiresAt'),
            row('label.transaction', '{{transactionId}}'),
            row('label.dateAndTime', { time: 'paidAt' }),
          ],
        },
      },
      { p: 'paymentDigest.policy' },
    ],
  },

  // The PSP refused a refund for good.
  'refund-failed': {
    to: 'hotel',
    subject: 'refundFailed.subject',
    body: [
      hello,
      { p: 'refundFailed.refused' },
      {
        details: [
          ...booking,
          row('label.stay', STAY),
          row('label.refundAmount', '{{amount}}'),
          row('label.paymentConcerned', '{{parentTransactionId}}', 'parentTransactionId'),
          row('label.refundReference', '{{transactionId}}', 'transactionId'),
          row('label.reasonGiven', '{{reason}}', 'reason'),
          row('label.providerCode', '{{pspCode}}', 'pspCode'),
          row('label.providerMessage', '{{pspMessage}}', 'pspMessage'),
          row('label.dateAndTime', { time: 'completedAt' }, 'completedAt'),
        ],
      },
      { p: ['email.whatToDo', { when: 'parentTransactionId', then: 'refundFailed.checkPayment', else: 'refundFailed.checkPaymentNoId' }, 'refundFailed.refundAgain'] },
      viewBooking,
    ],
  },

  // To the guest (reply-to the hotel): a refund went through.
  'refund-confirmation-guest': {
    to: 'guest',
    subject: 'refundGuest.subject',
    body: [
      greeting,
      { p: 'refundGuest.refunded' },
      {
        details: [
          ...guestStay,
          row('label.amountRefunded', '{{amount}}'),
          row('label.bookingReference', '{{reservationId}}'),
          row('label.date', { time: 'completedAt' }, 'completedAt'),
        ],
      },
      { p: 'refundGuest.backToCard' },
      { link: 'email.bookingDetails' },
      { p: 'email.questions' },
      signOff,
    ],
  },

  // Money (or a card guarantee, or a hold) arrived for a reservation no longer on option. A
  // deposit was charged and may be refunded; a guarantee charged nothing; a pre-authorisation
  // took nothing but holds the amount on the card, and may be released.
  'payment-after-close-hotel': {
    to: 'hotel',
    subject: byType('afterClose.subjectDeposit', 'afterClose.subjectGuarantee', 'afterClose.subjectPreauthorisation', 'confirmationHotel.subjectCharge'),
    body: [
      hello,
      {
        p: [byStatus('afterClose.depositExpired', 'afterClose.depositCancelled', 'afterClose.depositOtherStatus', 'afterClose.depositNoStatus'), 'afterClose.charged'],
        when: 'isDeposit',
      },
      { p: ['email.whatToDo', { when: 'transactionId', then: 'afterClose.reinstateOrRefund', else: 'afterClose.reinstateOrRefundNoApi' }], when: 'isDeposit' },
      {
        p: [byStatus('afterClose.guaranteeExpired', 'afterClose.guaranteeCancelled', 'afterClose.guaranteeOtherStatus', 'afterClose.guaranteeNoStatus'), 'afterClose.notCharged'],
        when: 'isGuarantee',
      },
      { p: ['email.whatToDo', 'afterClose.reinstate'], when: 'isGuarantee' },
      {
        p: [
          byStatus('afterClose.preauthorisationExpired', 'afterClose.preauthorisationCancelled', 'afterClose.preauthorisationOtherStatus', 'afterClose.preauthorisationNoStatus'),
          'afterClose.held',
          { when: 'holdExpiresAt', then: 'email.holdLapses' },
        ],
        when: 'isPreauthorisation',
      },
      { p: ['email.whatToDo', 'afterClose.reinstateOrRelease'], when: 'isPreauthorisation' },
      // A charge on the card the guest registered (a no-show, a fee) is paid whatever the booking's status.
      { p: withReason('confirmationHotel.charge', 'confirmationHotel.chargeNoReason'), when: 'isCharge' },
      {
        details: [
          ...booking,
          row('label.bookingStatus', byStatus('value.expired', 'value.cancelled', '{{otherStatus}}'), 'reservationStatus'),
          row('label.type', byType('value.deposit', 'value.cardGuarantee', 'value.preauthorisation', 'value.charge')),
          row('label.reason', '{{chargeReason}}', 'chargeReason'),
          row('label.amount', '{{amount}}'),
          row('label.stay', STAY),
          row('label.transaction', '{{transactionId}}', 'transactionId'),
          row('label.dateAndTime', { time: 'paidAt' }, 'paidAt'),
        ],
      },
      viewBooking,
    ],
  },

  // A second payment arrived on a request already paid (two tabs, two cards): the guest paid
  // twice, and refunding the second one is suggested. A second pre-authorisation took nothing:
  // releasing it is suggested. (Deposits and guarantees read the same, as before.)
  'payment-twice-hotel': {
    to: 'hotel',
    subject: { when: 'isPreauthorisation', then: 'twice.subjectPreauthorisation', else: 'twice.subject' },
    body: [
      hello,
      { p: [{ when: 'firstTransactionId', then: 'twice.received', else: 'twice.receivedNoId' }, 'twice.paidTwice'], when: '!isPreauthorisation' },
      { p: ['email.whatToDo', { when: 'transactionId', then: 'twice.refundSecond', else: 'twice.refundSecondNoApi' }], when: '!isPreauthorisation' },
      {
        p: [{ when: 'firstTransactionId', then: 'twice.receivedPreauthorisation', else: 'twice.receivedPreauthorisationNoId' }, 'twice.heldTwice'],
        when: 'isPreauthorisation',
      },
      { p: ['email.whatToDo', 'twice.releaseSecond'], when: 'isPreauthorisation' },
      {
        details: [
          ...booking,
          row('label.stay', STAY),
          row({ when: 'isPreauthorisation', then: 'label.amount', else: 'label.secondPaymentAmount' }, '{{amount}}'),
          row({ when: 'isPreauthorisation', then: 'label.secondPreauthorisation', else: 'label.secondPayment' }, '{{transactionId}}', 'transactionId'),
          row({ when: 'isPreauthorisation', then: 'label.firstPreauthorisation', else: 'label.firstPayment' }, '{{firstTransactionId}}', 'firstTransactionId'),
          row('label.dateAndTime', { time: 'paidAt' }, 'paidAt'),
        ],
      },
      viewBooking,
    ],
  },

  // The PSP refused the guest's card on a payment request. The option stays open, due by its
  // deadline (brought forward to today if later).
  'payment-failed-hotel': {
    to: 'hotel',
    subject: byType('failed.subjectDeposit', 'failed.subjectGuarantee', 'failed.subjectPreauthorisation', 'chargeFailed.subject'),
    body: [
      hello,
      { p: byType('failed.deposit', 'failed.guarantee', 'failed.preauthorisation', withReason('chargeFailed.refused', 'chargeFailed.refusedNoReason')) },
      { p: 'failed.reason' },
      {
        p: ['failed.staysOnOption', { when: 'deadlineForced', then: 'failed.deadlineBroughtForward', else: 'failed.deadlineKept' }, { when: 'deadline', then: 'failed.retryUntil' }],
        when: 'onOption',
      },
      {
        details: [
          ...booking,
          row('label.stay', STAY),
          row('label.request', byType('value.deposit', 'value.cardGuarantee', 'value.preauthorisation', 'value.charge')),
          row('label.amount', '{{amount}}'),
          row('label.providerAnswer', { when: 'authResult', then: 'failed.providerAnswerWithCode', else: '{{pspStatus}}' }, 'pspStatus'),
          row({ when: 'deadlineForced', then: 'label.newOptionDeadline', else: 'label.optionDeadline' }, { time: 'optionDeadline' }, 'onOption'),
          row('label.dateAndTime', { time: 'refusedAt' }, 'refusedAt'),
        ],
      },
      { p: ['email.whatToDo', { when: 'onOption', then: 'failed.keepTheBooking', else: 'failed.noLongerOnOption' }], when: '!isCharge' },
      // A charge is still due: the guest may try another card with the link, or pay at the desk.
      { p: ['email.whatToDo', { when: 'deadline', then: 'failed.chargeRetry', else: 'failed.chargeRetryNoDeadline' }], when: 'isCharge' },
      viewBooking,
    ],
  },

  // Someone with the hotel's API key created a card vault user, or cleared a user's wrong PINs (an
  // unlock). A control on whoever holds the key: the hotel checks that it expected the change.
  // Never a PIN.
  'vault-user-hotel': {
    to: 'hotel',
    subject: { when: 'isCreated', then: 'vault.subjectCreated', else: { when: 'isUnlocked', then: { when: 'wasLocked', then: 'vault.subjectUnlocked', else: 'vault.subjectCleared' } } },
    body: [
      hello,
      { p: 'vault.created', when: 'isCreated' },
      { p: { when: 'wasLocked', then: 'vault.unlocked', else: 'vault.cleared' }, when: 'isUnlocked' },
      {
        details: [
          row('label.hotel', '{{hotelName}}'),
          row('label.userId', '{{userId}}'),
          row('label.name', '{{userName}}'),
          row('label.rights', { list: [{ when: 'canReveal', then: 'vault.canReveal' }, { when: 'canManage', then: 'vault.canManage' }] }),
          row('label.lockedSince', { time: 'lockedAt' }, 'wasLocked'),
          row('label.wrongPinsCleared', '{{failedAttempts}}', 'isUnlocked'),
          row('label.dateAndTime', { time: 'at' }),
        ],
      },
      { p: 'vault.notExpecting' },
    ],
  },

  // A pre-authorisation about to lapse by itself: once it has lapsed, nothing more can be captured.
  // Under the hotel's policy the scheduled job did nothing (the hotel must capture or release it in
  // time), or asked the PSP to capture the whole hold, or to release it.
  'hold-lapse-hotel': {
    to: 'hotel',
    subject: { when: 'isReportOnly', then: 'holdLapse.subjectReportOnly', else: { when: 'isCapturing', then: 'holdLapse.subjectCapture', else: { when: 'isReleasing', then: 'holdLapse.subjectRelease' } } },
    body: [
      hello,
      { p: 'holdLapse.lapses', when: 'isReportOnly' },
      { p: ['email.whatToDo', 'holdLapse.captureOrRelease'], when: 'isReportOnly' },
      { p: 'holdLapse.capturing', when: 'isCapturing' },
      { p: 'holdLapse.releasing', when: 'isReleasing' },
      {
        details: [
          ...booking,
          row('label.stay', STAY),
          row('label.amountHeld', '{{amount}}'),
          row('label.holdLapse', { time: 'holdExpiresAt' }),
          row('label.transaction', '{{transactionId}}'),
        ],
      },
    ],
  },

  // The hotel charged the card the guest registered (a merchant-initiated charge) and the guest's
  // bank asked the guest to confirm it: the guest pays through the link. Nothing is taken until then.
  'charge-request': {
    to: 'guest',
    subject: 'chargeRequest.subject',
    body: [
      greeting,
      { p: { when: 'chargeReason', then: 'chargeRequest.intro', else: 'chargeRequest.introNoReason' } },
      { p: 'chargeRequest.notChargedYet' },
      { p: 'chargeRequest.deadline', when: 'deadline' },
      {
        details: [...guestStay, row('label.amountToCharge', '{{amount}}'), row('label.reason', '{{chargeReason}}', 'chargeReason'), row('label.bookingReference', '{{reservationId}}')],
      },
      { button: 'chargeRequest.button', fallback: 'email.buttonFallback', textIntro: 'chargeRequest.openLink' },
      { p: 'email.questions' },
      signOff,
    ],
  },

  // A receipt for a charge on the card the guest registered; the balance at check-out thanks the
  // guest for the stay.
  'charge-receipt': {
    to: 'guest',
    subject: { when: 'isBalance', then: 'chargeReceipt.subjectBalance', else: 'chargeReceipt.subject' },
    body: [
      greeting,
      { p: { when: 'chargeReason', then: 'chargeReceipt.charged', else: 'chargeReceipt.chargedNoReason' } },
      { p: 'chargeReceipt.balanceSettled', when: 'isBalance' },
      {
        details: [
          ...guestStay,
          row('label.amountCharged', '{{amount}}'),
          row('label.reason', '{{chargeReason}}', 'chargeReason'),
          row('label.card', '{{card}}', 'card'),
          row('label.bookingReference', '{{reservationId}}'),
          row('label.transactionNumber', '{{transactionId}}', 'transactionId'),
          row('label.date', { time: 'paidAt' }, 'paidAt'),
        ],
      },
      { p: 'chargeReceipt.keep' },
      { link: 'email.bookingDetails' },
      { p: 'email.questions' },
      signOff,
    ],
  },

  // The PSP refused a charge on the card the guest registered: ask for another card or take the
  // payment at the desk.
  'charge-failed-hotel': {
    to: 'hotel',
    subject: 'chargeFailed.subject',
    body: [
      hello,
      { p: { when: 'chargeReason', then: 'chargeFailed.refused', else: 'chargeFailed.refusedNoReason' } },
      { p: 'chargeFailed.providerAnswer', when: 'pspCode' },
      { p: ['email.whatToDo', 'chargeFailed.anotherCard'] },
      {
        details: [
          ...booking,
          row('label.stay', STAY),
          row('label.amount', '{{amount}}'),
          row('label.reason', '{{chargeReason}}', 'chargeReason'),
          row('label.chargeId', '{{transactionId}}', 'transactionId'),
          row('label.dateAndTime', { time: 'completedAt' }, 'completedAt'),
        ],
      },
      viewBooking,
    ],
  },

  // A charge on the card the guest registered needs the guest to authenticate with their bank: the
  // guest was e-mailed the payment link (`charge-request`). Nothing to do unless they do not pay.
  // (No button: `url` would be the guest's own link.)
  'charge-action-hotel': {
    to: 'hotel',
    subject: 'chargeAction.subject',
    body: [
      hello,
      { p: { when: 'chargeReason', then: 'chargeAction.needsGuest', else: 'chargeAction.needsGuestNoReason' } },
      { p: { when: 'deadline', then: 'chargeAction.linkSent', else: 'chargeAction.linkSentNoDeadline' } },
      { p: ['email.whatToDo', 'chargeAction.nothingUnless'] },
      {
        details: [
          ...booking,
          row('label.stay', STAY),
          row('label.amount', '{{amount}}'),
          row('label.reason', '{{chargeReason}}', 'chargeReason'),
          row('label.chargeId', '{{transactionId}}', 'transactionId'),
          row('label.linkValidUntil', { time: 'deadline' }, 'deadline'),
        ],
      },
    ],
  },

  // The card that guarantees a booking expires before the stay ends: the guest registers a new one
  // (a new guarantee request). Nothing is charged.
  'card-expiring-guest': {
    to: 'guest',
    subject: 'cardExpiring.subject',
    body: [
      greeting,
      { p: 'cardExpiring.intro' },
      { p: 'cardExpiring.newCard' },
      { p: 'cardExpiring.deadline', when: 'deadline' },
      { p: 'email.noChargeNow' },
      {
        details: [
          ...guestStay,
          row('label.card', '{{expiringCard}}'),
          row('label.cardExpiry', '{{expiry}}'),
          row('label.guaranteedAmount', '{{amount}}'),
          row('label.bookingReference', '{{reservationId}}'),
        ],
      },
      { button: 'cardExpiring.button', fallback: 'email.buttonFallback', textIntro: 'cardExpiring.openLink' },
      { p: 'cardExpiring.alreadyDone' },
      { p: 'email.questions' },
      signOff,
    ],
  },

  // The same, to the hotel: the guest was asked for a new card (`url` given), or could not be asked
  // automatically (a request already open, no e-mail address), and the hotel should contact them.
  // (No button: `url` is the guest's own link.)
  'card-expiring-hotel': {
    to: 'hotel',
    subject: 'cardExpiringHotel.subject',
    body: [
      hello,
      { p: 'cardExpiringHotel.expires' },
      { p: { when: 'url', then: { when: 'deadline', then: 'cardExpiringHotel.asked', else: 'cardExpiringHotel.askedNoDeadline' }, else: 'cardExpiringHotel.notAsked' } },
      { p: ['email.whatToDo', { when: 'url', then: 'cardExpiringHotel.nothingUnless', else: 'cardExpiringHotel.contactGuest' }] },
      {
        details: [
          ...booking,
          row('label.stay', STAY),
          row('label.card', '{{expiringCard}}'),
          row('label.cardExpiry', '{{expiry}}'),
          row('label.guaranteedAmount', '{{amount}}'),
          row('label.newCardBefore', { time: 'linkDeadline' }, 'linkDeadline'),
        ],
      },
    ],
  },

  // An endpoint whose every delivery failed for the whole retry window (3 days) was turned off: the
  // events wait in the feed; the hotel turns it back on and replays them.
  'webhook-disabled-hotel': {
    to: 'hotel',
    subject: 'webhookDisabled.subject',
    body: [
      hello,
      { p: 'webhookDisabled.disabled' },
      {
        details: [
          row('label.hotel', '{{hotelName}}'),
          row('label.webhookEndpoint', '{{endpointUrl}}'),
          row('label.failingSince', { time: 'failingSince' }),
          row('label.lastResult', '{{lastResult}}'),
        ],
      },
      { p: 'webhookDisabled.howToEnable' },
    ],
  },
};
