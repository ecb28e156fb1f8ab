/**
 * The parts of the table's store a handler names after its ports (`wired({ sealer }, reservations,
 * commit)`): each brings one repository (adapters/dynamo/store.ts), so a bundle carries only those
 * its use cases name.
 */
export { ALL_PARTS, commit, hotels, outbox, payments, requests, reservations, scheduling, vault, webhooks } from '../../../adapters/dynamo/store';
