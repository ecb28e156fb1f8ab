import * as z from 'zod/mini';
export const moneySchema = /* @__PURE__ */ z.object({ amount: z.int().check(z.nonnegative()), currency: z.string().check(z.length(3)) });
