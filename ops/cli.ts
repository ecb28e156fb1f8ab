import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { QUEUES, queueUrlVariable, type QueueName } from '../functions/catalog';
import { deadLetterQueueOf, listDeadLetters, redriveDeadLetters } from './dlq';
import { dropProcessedTokens, moveOpenRequests, upgradeApiKeys, upgradeTransactions } from './migrate';

// This machine runs Node 20 while Lambda runs Node 22: the SDK's notice about it is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const USAGE = `Operator commands.

  npm run ops -- dlq list <queue> [--limit N]      what waits in the queue's dead-letter queue
  npm run ops -- dlq redrive <queue> [--limit N]   move it back to the queue (fresh retry budget)
  npm run ops -- migrate transactions [--dry-run]  bring transactions written before refunds existed
                                                   up to date (history index, refund lookup, refundable)
  npm run ops -- migrate notifications [--dry-run] drop the sealed card token from notifications
                                                   processed before it was dropped at processing
  npm run ops -- migrate api-keys [--dry-run]      list API keys made before keys had ids (full scope
                                                   kept), so hotels can rotate and revoke them
  npm run ops -- migrate open-requests [--dry-run] list open card-renewal and charge requests in their
                                                   own planning listings

  <queue>: ${QUEUES.map((q) => q.name).join(', ')}

Where things are:
  --local [URL]        the local stack (npm start), default http://127.0.0.1:\${PORT:-3000}
  --queue-url URL      the queue's URL (AWS: the stack output <Queue>QueueUrl); or set ${queueUrlVariable('psp-operations')} etc.
  --table NAME         the table (AWS: the stack output TableName); or set TABLE_NAME
  AWS credentials and region come from the usual AWS environment.
`;

const VALUED = ['--local', '--queue-url', '--limit', '--table'];

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  return value && !value.startsWith('--') ? value : '';
}

interface LocalResources { awsEndpoint: string; region?: string; tableName: string; queueUrls: Record<string, string> }

/** The local stack's resources and a client configuration for its AWS endpoint, when --local is given. */
async function localStack(args: string[]): Promise<{ resources: LocalResources; config: object } | undefined> {
  const local = option(args, '--local');
  if (local === undefined) return undefined;
  const base = local || `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const res = await fetch(`${base}/local/resources`).catch((e: unknown) => {
    const code = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
    throw new Error(`No local stack answered at ${base}/local/resources (${code}): is npm start running? Give its address with --local <URL>, or set PORT.`);
  });
  if (!res.ok) throw new Error(`The local stack at ${base} did not answer (${res.status}): is npm start running?`);
  const resources = (await res.json()) as LocalResources;
  return { resources, config: { endpoint: resources.awsEndpoint, region: resources.region ?? 'eu-west-3', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } } };
}

async function dlq(args: string[], action: string | undefined, queueName: string | undefined): Promise<boolean> {
  if (!['list', 'redrive'].includes(action ?? '') || !QUEUES.some((q) => q.name === queueName)) return false;
  const queue = queueName as QueueName;
  const limit = Number(option(args, '--limit') || (action === 'list' ? 100 : 1000));
  if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit is a whole number of messages, at least 1');
  const local = await localStack(args);
  const client = new SQSClient(local?.config ?? {});
  const queueUrl = local ? local.resources.queueUrls[queue] : option(args, '--queue-url') || process.env[queueUrlVariable(queue)];
  if (!queueUrl) throw new Error(`Which ${queue} queue? Give --queue-url, set ${queueUrlVariable(queue)}, or use --local`);
  const dlqUrl = await deadLetterQueueOf(client, queueUrl);
  if (action === 'list') {
    const letters = await listDeadLetters(client, dlqUrl, limit);
    process.stdout.write(`${JSON.stringify({ queue, deadLetterQueueUrl: dlqUrl, count: letters.length, messages: letters }, null, 2)}\n`);
  } else {
    const moved = await redriveDeadLetters(client, dlqUrl, queueUrl, limit);
    process.stdout.write(`${JSON.stringify({ queue, redriven: moved })}\n`);
  }
  return true;
}

async function migrate(args: string[], what: string | undefined): Promise<boolean> {
  if (what !== 'transactions' && what !== 'notifications' && what !== 'api-keys' && what !== 'open-requests') return false;
  const local = await localStack(args);
  const table = local ? local.resources.tableName : option(args, '--table') || process.env.TABLE_NAME;
  if (!table) throw new Error('Which table? Give --table (the stack output TableName), set TABLE_NAME, or use --local');
  const db = DynamoDBDocumentClient.from(new DynamoDBClient(local?.config ?? {}), { marshallOptions: { removeUndefinedValues: true } });
  const dryRun = args.includes('--dry-run');
  const report = what === 'transactions' ? await upgradeTransactions(db, table, { dryRun })
    : what === 'api-keys' ? await upgradeApiKeys(db, table, { dryRun })
    : what === 'open-requests' ? await moveOpenRequests(db, table, { dryRun })
    : await dropProcessedTokens(db, table, { dryRun });
  process.stdout.write(`${JSON.stringify({ table, ...report })}\n`);
  return true;
}

async function main(args: string[]): Promise<void> {
  const [group, action, target] = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && VALUED.includes(args[i - 1]!)));
  const done = group === 'dlq' ? await dlq(args, action, target) : group === 'migrate' ? await migrate(args, action) : false;
  if (!done) {
    process.stdout.write(USAGE);
    process.exitCode = group === undefined || args.includes('--help') ? 0 : 2;
  }
}

main(process.argv.slice(2)).catch((e: Error) => {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
});
