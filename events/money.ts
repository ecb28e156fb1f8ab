import * as z from 'zod/mini';
// Built by a call marked pure, so a bundle that carries no event with money leaves it out.
export const moneySchema = /* @__PURE__ */ (() => z.object({ amount: z.int().check(z.nonnegative()), currency: z.string().check(z.length(3)) }))();
