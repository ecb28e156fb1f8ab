/**
 * The table's entities, one module each: keys, index keys, TTL, item mapping and the writes each
 * contributes to a change set. No key is written anywhere else.
 */
export * as apiKey from './api-key';
export * as attempt from './attempt';
export * as card from './card';
export * as cardAudit from './card-audit';
export * as cardSecret from './card-secret';
export * as cardWatch from './card-watch';
export * as digestLine from './digest-line';
export * as dueWork from './due-work';
export * as emailClaim from './email-claim';
export * as history from './history';
export * as hotel from './hotel';
export * as idempotency from './idempotency';
export * as link from './link';
export * as notification from './notification';
export * as outbox from './outbox';
export * as paymentDigest from './payment-digest';
export * as paymentRequest from './payment-request';
export * as pspLock from './psp-lock';
export * as reservation from './reservation';
export * as subject from './subject';
export * as transaction from './transaction';
export * as vaultUser from './vault-user';
export * as eventFeed from './event-feed';
export * as webhookDelivery from './webhook-delivery';
export * as webhookEndpoint from './webhook-endpoint';
