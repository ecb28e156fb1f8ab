import { exportTransactionsCsv, listTransactions, listView } from '../../app/transactions';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { transactionsQuerySchema } from './schemas';
import { hotels, payments, reservations } from '../shared/wiring/store';
import { LIST_TRANSACTIONS } from '../catalog';

const deps = wired({}, hotels, payments, reservations);

export const handler = route(LIST_TRANSACTIONS, async ({ hotelId, query }) => {
  const { format, limit, dialect, ...q } = transactionsQuerySchema.parse(query);
  if (format === 'json') return json(200, listView(await listTransactions(deps(), hotelId, { ...q, limit })));
  const { csv, nextCursor } = await exportTransactionsCsv(deps(), hotelId, q, dialect);
  return {
    statusCode: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="transactions-${q.from ?? 'recent'}-${q.to ?? 'today'}.csv"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(nextCursor ? { 'x-next-cursor': nextCursor } : {}),
    },
    body: csv,
  };
});
