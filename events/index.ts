export * from './envelope';
export { paymentRequestCreated } from './payment-request-created';
export { pspNotificationReceived } from './psp-notification-received';
export { paymentReceivedAfterClose, paymentReceivedTwice, paymentSucceeded } from './payment-succeeded';
export { paymentFailed } from './payment-failed';
export { reservationConfirmed } from './reservation-confirmed';
export { reservationExpired, reservationOptionOverdue, paymentRequestExpired, paymentRequestReminderDue, optionsLapseDigest } from './option-events';
export { refundRequested, refundSucceeded, refundFailed, reservationCancelled } from './refund-events';
export { vaultUserChanged } from './vault-events';
