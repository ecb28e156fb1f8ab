import * as z from 'zod/mini';

/**
 * Every message that leaves a state change travels in this envelope: in the table's outbox, on
 * the queues, and (later) to outbound webhooks. `type` + `version` select the data schema.
 */
export const envelopeSchema = /* @__PURE__ */ (() => z.object({
  id: z.string().check(z.minLength(1)),
  type: z.string().check(z.minLength(1)),
  version: z.int().check(z.positive()),
  occurredAt: z.iso.datetime(),
  hotelId: z.string().check(z.minLength(1)),
  data: z.record(z.string(), z.unknown()),
}))();

export type Envelope<T = Record<string, unknown>> = Omit<z.infer<typeof envelopeSchema>, 'data'> & { data: T };

export interface EventDefinition<S extends z.ZodMiniType> {
  readonly type: string;
  readonly version: number;
  readonly schema: S;
}

/**
 * An event type. Its data schema is built at once, by `schema`: given as a function, the definition
 * is a call marked pure, so a bundle that never uses an event leaves it out (and zod's code for it).
 */
export const defineEvent = <S extends z.ZodMiniType>(type: string, version: number, schema: () => S): EventDefinition<S> => ({ type, version, schema: schema() });

export function makeEvent<S extends z.ZodMiniType>(
  def: EventDefinition<S>,
  fields: { id: string; occurredAt: Date; hotelId: string },
  data: z.infer<S>,
): Envelope<z.infer<S>> {
  return { id: fields.id, type: def.type, version: def.version, occurredAt: fields.occurredAt.toISOString(), hotelId: fields.hotelId, data: def.schema.parse(data) };
}

/** Parses an envelope of a known type, rejecting anything that does not match its schema. */
export function readEvent<S extends z.ZodMiniType>(def: EventDefinition<S>, raw: unknown): Envelope<z.infer<S>> {
  const env = envelopeSchema.parse(raw);
  if (env.type !== def.type || env.version !== def.version) throw new Error(`Expected ${def.type} v${def.version}, got ${env.type} v${env.version}`);
  return { ...env, data: def.schema.parse(env.data) };
}
