/**
 * The single table, described once. The CDK stateful stack, the local runtime and the repository
 * adapter all read this module. Item keys live with their entity (`entities/`); access patterns:
 * docs/data-model.md.
 */
export const TABLE = {
  partitionKey: 'PK',
  sortKey: 'SK',
  timeToLiveAttribute: 'ttl',
  /** Stream of new images: the outbox relay (dispatch-events) reads inserted outbox items from it. */
  stream: 'NEW_IMAGE',
  globalSecondaryIndexes: [
    /** Hotel-wide listings ordered by time: transactions, options by deadline, lapses, open requests. */
    { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK', projection: 'ALL' },
    /** Timed work, sparse and write-sharded: what is due, by kind and due time. Keys are enough to act. */
    { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projection: 'KEYS_ONLY' },
  ],
} as const;

/** The index of hotel-wide listings. */
export const LISTINGS_INDEX = TABLE.globalSecondaryIndexes[0];
/** The index of timed work. */
export const DUE_INDEX = TABLE.globalSecondaryIndexes[1];
export type IndexName = typeof LISTINGS_INDEX.indexName | typeof DUE_INDEX.indexName;
