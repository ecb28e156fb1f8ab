import type { PageStrings } from '../types';

export const en: PageStrings = {
  genericHeader: 'Secure payment',
  payment: {
    title: { deposit: 'Pay your deposit', guarantee: 'Guarantee your booking' },
    intro: {
      deposit: 'To confirm your booking, please pay the deposit below.',
      guarantee: 'To guarantee your booking, please register a card. Nothing will be charged now.',
    },
    staffIntro: {
      deposit: 'Front desk: enter the card the guest gives you by phone. The deposit below is charged to it now.',
      guarantee: 'Front desk: enter the card the guest gives you by phone. It is kept as a guarantee; nothing is charged now.',
    },
    labels: { arrival: 'Arrival', departure: 'Departure', stay: 'Length of stay', guest: 'Booked for' },
    amountLabel: { deposit: 'Deposit due', guarantee: 'Guaranteed amount' },
    ofTotal: 'out of a total of {{total}}',
    fullStay: 'the full amount of your stay',
    noChargeNow: 'No charge now: your card is kept as a guarantee for {{amount}}.',
    deadline: 'Please complete before {{deadline}} (hotel local time).',
    button: { deposit: 'Pay {{amount}}', guarantee: 'Register my card' },
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
      title: { deposit: 'Thank you, your payment has been received', guarantee: 'Thank you, your card has been registered' },
      body: {
        deposit: 'We have received your payment of {{amount}}. Your booking is confirmed and we look forward to welcoming you.',
        guarantee: 'Your card is registered as a guarantee for {{amount}} and your booking is confirmed. Nothing has been charged.',
      },
    },
    failed: {
      title: { deposit: 'Your payment did not go through', guarantee: 'Your card could not be registered' },
      body: {
        deposit: 'Nothing has been charged. Your booking is not confirmed yet: you can try again with another card or contact the hotel.',
        guarantee: 'Your booking is not guaranteed yet: you can try again with another card or contact the hotel.',
      },
    },
    pending: {
      title: { deposit: 'We are checking your payment', guarantee: 'We are checking your card' },
      body: {
        deposit: 'We are waiting for confirmation from your bank. This page updates automatically, so please keep it open.',
        guarantee: 'We are waiting for confirmation from your bank. This page updates automatically, so please keep it open.',
      },
    },
    abandoned: {
      title: { deposit: 'Payment not completed', guarantee: 'Card registration not completed' },
      body: {
        deposit: 'You left the payment page before the end: nothing has been charged and your booking is not confirmed yet.',
        guarantee: 'You left the payment page before the end: your card has not been registered and your booking is not guaranteed yet.',
      },
    },
    retryUntil: 'You can try again until {{deadline}} (hotel local time); after that, your booking may be released.',
    retry: { failed: 'Try another card', abandoned: 'Try again' },
  },
};
