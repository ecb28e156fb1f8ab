import { SQSClient } from '@aws-sdk/client-sqs';
import { QUEUES, queueUrlVariable, type QueueName } from '../functions/catalog';
import { deadLetterQueueOf, listDeadLetters, redriveDeadLetters } from './dlq';

// This machine runs Node 20 while Lambda runs Node 22: the SDK's notice about it is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const USAGE = `Operator commands.

  npm run ops -- dlq list <queue> [--limit N]      what waits in the queue's dead-letter queue
  npm run ops -- dlq redrive <queue> [--limit N]   move it back to the queue (fresh retry budget)

  <queue>: ${QUEUES.map((q) => q.name).join(', ')}

Where the queue is:
  --local [URL]        the local stack (npm start), default http://127.0.0.1:\${PORT:-3000}
  --queue-url URL      the queue's URL (AWS: the stack output <Queue>QueueUrl); or set ${queueUrlVariable('refunds')} etc.
  AWS credentials and region come from the usual AWS environment.
`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  return value && !value.startsWith('--') ? value : '';
}

async function main(args: string[]): Promise<void> {
  const [group, action, queueName] = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--') && ['--local', '--queue-url', '--limit'].includes(args[i - 1]!)));
  if (group !== 'dlq' || !['list', 'redrive'].includes(action ?? '') || !QUEUES.some((q) => q.name === queueName)) {
    process.stdout.write(USAGE);
    process.exitCode = group === undefined || args.includes('--help') ? 0 : 2;
    return;
  }
  const queue = queueName as QueueName;
  const limit = Number(option(args, '--limit') || (action === 'list' ? 100 : 1000));
  if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit is a whole number of messages, at least 1');
  let queueUrl = option(args, '--queue-url') || process.env[queueUrlVariable(queue)];
  const local = option(args, '--local');
  let client = new SQSClient({});
  if (local !== undefined) {
    const base = local || `http://127.0.0.1:${process.env.PORT ?? 3000}`;
    const res = await fetch(`${base}/local/resources`);
    if (!res.ok) throw new Error(`The local stack at ${base} did not answer (${res.status}): is npm start running?`);
    const r = (await res.json()) as { awsEndpoint: string; region?: string; queueUrls: Record<string, string> };
    client = new SQSClient({ endpoint: r.awsEndpoint, region: r.region ?? 'eu-west-3', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    queueUrl = r.queueUrls[queue];
  }
  if (!queueUrl) throw new Error(`Which ${queue} queue? Give --queue-url, set ${queueUrlVariable(queue)}, or use --local`);
  const dlqUrl = await deadLetterQueueOf(client, queueUrl);
  if (action === 'list') {
    const letters = await listDeadLetters(client, dlqUrl, limit);
    process.stdout.write(`${JSON.stringify({ queue, deadLetterQueueUrl: dlqUrl, count: letters.length, messages: letters }, null, 2)}\n`);
  } else {
    const moved = await redriveDeadLetters(client, dlqUrl, queueUrl, limit);
    process.stdout.write(`${JSON.stringify({ queue, redriven: moved })}\n`);
  }
}

main(process.argv.slice(2)).catch((e: Error) => {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
});
