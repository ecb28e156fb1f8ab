/**
 * The CDK app deploys exactly what the catalog and the table description say, and passes the
 * AwsSolutions, Serverless and PCI DSS 3.2.1 cdk-nag packs with no unacknowledged finding.
 * One real synthesis (every Lambda bundled with esbuild) shared by the whole file.
 */
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import type { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { TABLE } from '../../adapters/dynamo/schema';
import { FUNCTIONS, QUEUES, sdkClientsOf, settingsOf, type FunctionDescription } from '../../functions/catalog';
import { buildApp, ConfigurationError, type HotelPaymentsApp } from '../../infra/build-app';
import { BUNDLE_ALIASES } from '../../infra/bundle-aliases';
import { RUNTIME, SOURCE_MAPS_DIR, timeoutOf } from '../../infra/lambda-function';
import { nagPacks } from '../../infra/nag';

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;

/** Every cdk-nag finding left after acknowledgements, plus CDK's own error and warning annotations. */
function findings(stack: Stack): string[] {
  const nag = nagPacks().flatMap((pack) =>
    pack.validateScope(stack).violations.flatMap((v) =>
      v.violatingResources.map((r) => `[${v.severity}] ${v.ruleName} at ${r.constructPath}\n    ${v.description}`),
    ),
  );
  const annotations = Annotations.fromStack(stack);
  const cdk = [
    ...annotations.findError('*', Match.stringLikeRegexp('.*')),
    ...annotations.findWarning('*', Match.stringLikeRegexp('.*')),
  ].map((m) => `[${m.level}] ${m.id}: ${String(m.entry.data)}`);
  return [...nag, ...cdk];
}

/** Everything the validation plugins reported during synth, warnings included (CDK only prints those). */
function validationReport({ app }: HotelPaymentsApp): string {
  const file = path.join(app.outdir, 'validation-report.json');
  const { pluginReports } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pluginReports: unknown[] };
  return JSON.stringify(pluginReports, null, 1);
}

const report = (list: string[]) => (list.length ? `\n${list.join('\n')}\n` : 'none');

describe('CDK app', () => {
  let built: HotelPaymentsApp;
  let synthError: Error | undefined;
  let stateful: Template;
  let stateless: Template;

  beforeAll(() => {
    const started = Date.now();
    built = buildApp({ adminApiKeyHash: 'a'.repeat(64), publicBaseUrl: 'https://pay.hotel.example' });
    try {
      // cdk-nag runs as a validation plugin: any finding makes synth throw with the report.
      built.app.synth();
    } catch (error) {
      synthError = error as Error;
    }
    console.info(`infra: synthesized with ${FUNCTIONS.length} bundled functions in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (!synthError) {
      stateful = Template.fromStack(built.stateful);
      stateless = Template.fromStack(built.stateless);
    }
  }, 300_000);

  describe('cdk-nag (AwsSolutions, Serverless, PCI DSS 3.2.1)', () => {
    it('synthesizes: the validation plugins (cdk-nag packs, CloudFormation validation) report nothing', () => {
      expect(synthError?.message ?? 'ok').toBe('ok');
      expect(validationReport(built)).toBe('[]');
    });

    it.each(['stateful', 'stateless'] as const)('leaves no unacknowledged error or warning in the %s stack', (which) => {
      expect(report(findings(built[which]))).toBe('none');
    });
  });

  describe('stateful stack', () => {
    it('creates the single table from its description', () => {
      stateful.resourceCountIs('AWS::DynamoDB::Table', 1);
      stateful.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          BillingMode: 'PAY_PER_REQUEST',
          KeySchema: [
            { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
            { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
          ],
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          StreamSpecification: { StreamViewType: TABLE.stream },
          TimeToLiveSpecification: { AttributeName: TABLE.timeToLiveAttribute, Enabled: true },
          SSESpecification: Match.objectLike({ SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.anyValue() }),
          GlobalSecondaryIndexes: TABLE.globalSecondaryIndexes.map((index) => ({
            IndexName: index.indexName,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' },
              { AttributeName: index.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: index.projection },
          })),
        }),
      });
    });

    it('creates customer-managed keys with rotation, kept on deletion', () => {
      const keys = stateful.findResources('AWS::KMS::Key');
      expect(Object.keys(keys)).toHaveLength(2); // secrets (envelope) and storage (at rest)
      for (const key of Object.values(keys)) {
        expect(key.Properties.EnableKeyRotation).toBe(true);
        expect(key.DeletionPolicy).toBe('Retain');
      }
      stateful.resourceCountIs('AWS::KMS::Alias', 2);
    });

    it('creates one queue and one dead-letter queue per queue description, plus the outbox DLQ', () => {
      stateful.resourceCountIs('AWS::SQS::Queue', QUEUES.length * 2 + 1);
      for (const queue of QUEUES) {
        stateful.hasResourceProperties('AWS::SQS::Queue', {
          VisibilityTimeout: queue.visibilityTimeoutSeconds,
          KmsMasterKeyId: Match.anyValue(),
          RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: queue.maxReceiveCount },
        });
      }
      const dlqs = Object.values(stateful.findResources('AWS::SQS::Queue')).filter((q) => !q.Properties.RedrivePolicy);
      expect(dlqs).toHaveLength(QUEUES.length + 1);
      for (const dlq of dlqs) expect(dlq.Properties).toMatchObject({ MessageRetentionPeriod: 14 * 24 * 3600, KmsMasterKeyId: expect.anything() });
      // enforceSSL: every queue has a policy denying plain HTTP.
      stateful.resourceCountIs('AWS::SQS::QueuePolicy', QUEUES.length * 2 + 1);
    });

    it('lets only the functions that open secrets decrypt with the secrets key', () => {
      const keys = stateful.findResources('AWS::KMS::Key');
      const secrets = Object.values(keys).find((k) => /Envelope encryption/.test(String(k.Properties.Description)))!;
      // Re-encrypting a data key to another key, or a grant on this one, would open them elsewhere.
      expect(secrets.Properties.KeyPolicy.Statement).toEqual(expect.arrayContaining([expect.objectContaining({
        Effect: 'Deny', Action: ['kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:CreateGrant'], Principal: { AWS: '*' },
        Condition: { StringNotEquals: { 'aws:PrincipalTag/hotel-payments:secrets-access': 'decrypt' } },
      })]));
    });

    it('raises an alarm to the operators\' topic when any dead-letter queue holds a message', () => {
      stateful.resourceCountIs('AWS::CloudWatch::Alarm', QUEUES.length + 1);
      stateful.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible', Namespace: 'AWS/SQS', Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: [Match.anyValue()],
      });
      stateful.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    });

    it('verifies the sender identity with a TLS-only configuration set', () => {
      stateful.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'no-reply@example.com', ConfigurationSetAttributes: Match.anyValue() });
      stateful.hasResourceProperties('AWS::SES::ConfigurationSet', { DeliveryOptions: { TlsPolicy: 'REQUIRE' } });
    });
  });

  describe('stateless stack', () => {
    const functionIds = () => {
      const byDescription = new Map<string, string>();
      for (const [id, fn] of Object.entries(stateless.findResources('AWS::Lambda::Function'))) byDescription.set(fn.Properties.Description, id);
      return (fn: FunctionDescription) => {
        const id = byDescription.get(fn.description);
        if (!id) throw new Error(`no Lambda for ${fn.name}`);
        return id;
      };
    };

    it('creates one function per description with runtime, architecture, memory, timeout and tracing', () => {
      stateless.resourceCountIs('AWS::Lambda::Function', FUNCTIONS.length);
      const resources = stateless.toJSON().Resources as Resources;
      const idOf = functionIds();
      for (const fn of FUNCTIONS) {
        const props = resources[idOf(fn)]!.Properties;
        expect({ name: fn.name, ...props }).toMatchObject({
          name: fn.name,
          Runtime: RUNTIME.name,
          Architectures: ['arm64'],
          Handler: 'index.handler',
          MemorySize: fn.memoryMb ?? 512,
          Timeout: timeoutOf(fn),
          TracingConfig: { Mode: 'Active' },
          LoggingConfig: { LogGroup: expect.anything() },
        });
        expect(RUNTIME.name).toBe('nodejs22.x');
      }
    });

    it('gives every function exactly the environment settingsOf() asks for', () => {
      const resources = stateless.toJSON().Resources as Resources;
      const idOf = functionIds();
      for (const fn of FUNCTIONS) {
        const variables = resources[idOf(fn)]!.Properties.Environment.Variables as Record<string, unknown>;
        expect({ name: fn.name, variables: Object.keys(variables).sort() }).toEqual({
          name: fn.name,
          variables: [...settingsOf(fn), 'POWERTOOLS_SERVICE_NAME'].sort(),
        });
        expect(variables.POWERTOOLS_SERVICE_NAME).toBe(fn.name);
        // No --enable-source-maps: the map is not shipped and not parsed at init (npm run stack resolves traces).
        expect(variables.NODE_OPTIONS).toBeUndefined();
        if ('ADMIN_API_KEY_HASH' in variables) expect(variables.ADMIN_API_KEY_HASH).toBe('a'.repeat(64));
        if ('PSP_FORM_URL' in variables) expect(variables.PSP_FORM_URL).toBe('https://paiement.systempay.fr/vads-payment/');
        if ('MAIL_FROM' in variables) expect(variables.MAIL_FROM).toBe('no-reply@example.com');
        if ('PUBLIC_BASE_URL' in variables) expect(variables.PUBLIC_BASE_URL).toBe('https://pay.hotel.example');
      }
    });

    it('bundles each function as one ES module with the AWS SDK inside, no require shim and no source map shipped', () => {
      const directory = built.app.synth().directory;
      for (const fn of Object.values(stateless.findResources('AWS::Lambda::Function'))) {
        const hash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, '');
        const bundle = fs.readFileSync(path.join(directory, `asset.${hash}`, 'index.mjs'), 'utf8');
        expect(bundle).not.toContain('createRequire');
        expect(bundle).not.toContain('sourceMappingURL');
        // Nothing left to resolve at runtime but Node built-ins.
        const imports = [...bundle.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
        expect({ fn: fn.Properties.Description, external: imports.filter((m) => !m!.startsWith('node:') && !builtinModules.includes(m!)) }).toEqual({
          fn: fn.Properties.Description,
          external: [],
        });
        // The modules infra/bundle-aliases.ts stands in for are not loaded at init (middy's web streams).
        expect({ fn: fn.Properties.Description, aliased: imports.filter((m) => m! in BUNDLE_ALIASES) }).toEqual({ fn: fn.Properties.Description, aliased: [] });
        // The map stays on the deploying machine (npm run stack reads it), out of the zip.
        expect(fs.existsSync(path.join(directory, `asset.${hash}`, 'index.mjs.map'))).toBe(false);
      }
      for (const fn of FUNCTIONS) expect(fs.existsSync(path.join(__dirname, '..', '..', SOURCE_MAPS_DIR, fn.name, 'index.mjs.map'))).toBe(true);
    });

    it('bundles in each function only the AWS SDK clients its role lets it call', () => {
      const directory = built.app.synth().directory;
      const byDescription = new Map(FUNCTIONS.map((f) => [f.description.slice(0, 256), f]));
      for (const fn of Object.values(stateless.findResources('AWS::Lambda::Function'))) {
        const description = byDescription.get(String(fn.Properties.Description));
        if (!description) continue; // CDK's own helper functions
        const hash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, '');
        const bundle = fs.readFileSync(path.join(directory, `asset.${hash}`, 'index.mjs'), 'utf8');
        // Each SDK client bundles its package.json's name (for its user agent).
        const carried = [...new Set([...bundle.matchAll(/name:"@aws-sdk\/client-(dynamodb|kms|sesv2|sqs)"/g)].map((m) => m[1]))].sort();
        expect({ fn: description.name, clients: carried }).toEqual({ fn: description.name, clients: sdkClientsOf(description) });
      }
    });

    it('routes every HTTP description to its function through one REST API', () => {
      const http = FUNCTIONS.filter((fn) => fn.trigger.kind === 'http');
      stateless.resourceCountIs('AWS::ApiGateway::RestApi', 1);
      stateless.resourceCountIs('AWS::ApiGateway::Method', http.length);

      const resources = stateless.toJSON().Resources as Resources;
      const pathOf = (ref: any): string => {
        if (ref['Fn::GetAtt']) return ''; // the root resource
        const resource = resources[ref.Ref]!.Properties;
        return `${pathOf(resource.ParentId)}/${resource.PathPart}`;
      };
      const routes = Object.values(resources)
        .filter((r) => r.Type === 'AWS::ApiGateway::Method')
        .map((m) => {
          expect(m.Properties.Integration).toMatchObject({ Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST' });
          const target = JSON.stringify(m.Properties.Integration.Uri).match(/"Fn::GetAtt":\["([A-Za-z0-9]+)","Arn"\]/)?.[1];
          return `${m.Properties.HttpMethod} ${pathOf(m.Properties.ResourceId)} -> ${target}`;
        });
      const idOf = functionIds();
      expect(routes.sort()).toEqual(
        http.map((fn) => (fn.trigger.kind === 'http' ? `${fn.trigger.method} ${fn.trigger.path} -> ${idOf(fn)}` : '')).sort(),
      );
    });

    it("answers API Gateway's own errors in the contract's shape, an unknown route with 404", () => {
      stateless.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
        ResponseType: 'MISSING_AUTHENTICATION_TOKEN', StatusCode: '404',
        ResponseTemplates: { 'application/json': JSON.stringify({ error: { code: 'route_not_found', message: 'No such route or method' } }) },
      });
      for (const type of ['THROTTLED', 'WAF_FILTERED', 'DEFAULT_4XX', 'DEFAULT_5XX']) {
        stateless.hasResourceProperties('AWS::ApiGateway::GatewayResponse', { ResponseType: type, ResponseTemplates: { 'application/json': Match.stringLikeRegexp('"error":\\{"code"') } });
      }
    });

    it('logs, traces, throttles and firewalls the API stage', () => {
      stateless.hasResourceProperties('AWS::ApiGateway::Stage', {
        TracingEnabled: true,
        AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('resourcePath') },
        MethodSettings: [Match.objectLike({ HttpMethod: '*', ResourcePath: '/*', LoggingLevel: 'ERROR', DataTraceEnabled: false, ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() })],
      });
      stateless.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
      stateless.hasResourceProperties('AWS::WAFv2::WebACL', {
        Scope: 'REGIONAL',
        Rules: Match.arrayWith([
          Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ AggregateKeyType: 'IP' }) } }),
          Match.objectLike({ Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } } }),
        ]),
      });
      stateless.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', { RedactedFields: [{ SingleHeader: { Name: 'authorization' } }] });
    });

    it('maps every queue and stream trigger to one event source mapping reporting batch item failures', () => {
      const triggered = FUNCTIONS.filter((fn) => fn.trigger.kind === 'queue' || fn.trigger.kind === 'outbox-stream');
      stateless.resourceCountIs('AWS::Lambda::EventSourceMapping', triggered.length);
      const idOf = functionIds();
      for (const fn of triggered) {
        const expected =
          fn.trigger.kind === 'queue'
            ? { BatchSize: fn.trigger.batchSize }
            : {
                StartingPosition: 'TRIM_HORIZON',
                BisectBatchOnFunctionError: true,
                MaximumRetryAttempts: 10,
                DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
                FilterCriteria: {
                  Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['outbox'] } } } }) }],
                },
              };
        stateless.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
          FunctionName: { Ref: idOf(fn) },
          FunctionResponseTypes: ['ReportBatchItemFailures'],
          ...expected,
        });
      }
    });

    it('grants each function only what its access description asks for', () => {
      const resources = stateless.toJSON().Resources as Resources;
      const idOf = functionIds();
      const policyOf = (fn: FunctionDescription) => {
        const roleId = resources[idOf(fn)]!.Properties.Role['Fn::GetAtt'][0];
        const policies = Object.values(resources).filter(
          (r) => r.Type === 'AWS::IAM::ManagedPolicy' && JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: roleId }]),
        );
        expect(policies).toHaveLength(1);
        return policies[0]!.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown; Condition?: unknown }[];
      };
      const actions = (statements: ReturnType<typeof policyOf>, resource?: RegExp) =>
        statements
          .filter((s) => !resource || resource.test(JSON.stringify(s.Resource)))
          .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

      // No inline policies anywhere (PCI DSS): roles carry one customer-managed policy each.
      stateless.resourceCountIs('AWS::IAM::Policy', 0);

      for (const fn of FUNCTIONS) {
        const statements = policyOf(fn);
        const all = actions(statements);
        expect({ fn: fn.name, scan: all.includes('dynamodb:Scan') }).toEqual({ fn: fn.name, scan: false });
        expect({ fn: fn.name, reads: all.includes('dynamodb:Query') }).toEqual({ fn: fn.name, reads: fn.access.table !== 'none' });
        expect({ fn: fn.name, writes: all.includes('dynamodb:PutItem') }).toEqual({ fn: fn.name, writes: fn.access.table === 'write' });

        const secrets = actions(statements, /SecretsKey/).sort();
        const expected = [...(fn.access.kms?.seal?.length ? ['kms:GenerateDataKey'] : []), ...(fn.access.kms?.open?.length ? ['kms:Decrypt'] : [])].sort();
        expect({ fn: fn.name, secrets }).toEqual({ fn: fn.name, secrets: expected });
        // The tag the secrets key policy requires for Decrypt: on exactly the roles that open secrets.
        const roleId = resources[idOf(fn)]!.Properties.Role['Fn::GetAtt'][0] as string;
        const tagged = (resources[roleId]!.Properties.Tags as { Key: string; Value: string }[] | undefined ?? []).some((t) => t.Key === 'hotel-payments:secrets-access' && t.Value === 'decrypt');
        expect({ fn: fn.name, tagged }).toEqual({ fn: fn.name, tagged: (fn.access.kms?.open?.length ?? 0) > 0 });
        for (const s of statements.filter((s) => /SecretsKey/.test(JSON.stringify(s.Resource)))) {
          const purposes = s.Action === 'kms:Decrypt' ? fn.access.kms?.open : fn.access.kms?.seal;
          expect(s.Condition).toEqual({ Null: { 'kms:EncryptionContextKeys': 'false' }, StringEquals: { 'kms:EncryptionContext:purpose': [...purposes!] } });
        }
        // Card numbers and CVVs open in one function only.
        if (fn.access.kms?.open?.some((p) => p === 'card-secret' || p === 'card-cvv')) expect(fn.name).toBe('reveal-card');

        expect({ fn: fn.name, ses: all.includes('ses:SendEmail') }).toEqual({ fn: fn.name, ses: Boolean(fn.access.sendEmail) });
        const sendsTo = statements
          .filter((s) => actions([s]).includes('sqs:SendMessage'))
          .map((s) => JSON.stringify(s.Resource));
        // Stream and schedule failures also go to their dead-letter queues.
        const expectedTargets = (fn.access.sendTo ?? []).length + (fn.trigger.kind === 'outbox-stream' || fn.trigger.kind === 'schedule' ? 1 : 0);
        expect({ fn: fn.name, sendsTo: sendsTo.length }).toEqual({ fn: fn.name, sendsTo: expectedTargets });
      }
    });

    it('schedules every scheduled function with a rate rule, retries and a dead-letter queue', () => {
      const template = stateless;
      const scheduledFns = FUNCTIONS.filter((f) => f.trigger.kind === 'schedule');
      expect(scheduledFns.length).toBeGreaterThan(0);
      for (const fn of scheduledFns) {
        if (fn.trigger.kind !== 'schedule') continue;
        template.hasResourceProperties('AWS::Events::Rule', {
          // CDK writes whole days as days (1440 min → rate(1 day)).
          ScheduleExpression: fn.trigger.everyMinutes % 1440 === 0 ? `rate(${fn.trigger.everyMinutes / 1440} day${fn.trigger.everyMinutes === 1440 ? '' : 's'})` : `rate(${fn.trigger.everyMinutes} minutes)`,
          Targets: [Match.objectLike({ Input: JSON.stringify({ job: fn.trigger.job }), DeadLetterConfig: { Arn: Match.anyValue() }, RetryPolicy: Match.anyValue() })],
        });
        template.hasResourceProperties('AWS::Lambda::Function', { Description: fn.description, DeadLetterConfig: { TargetArn: Match.anyValue() }, Timeout: fn.timeoutSeconds ?? 30 });
      }
    });

    it('alarms to the operators\' topic on any rejected PSP notification, counted from the functions\' own log groups', () => {
      const filters = Object.values(stateless.findResources('AWS::Logs::MetricFilter'));
      const rejected = filters.filter((f) => f.Properties.FilterPattern === '{ $.message = "notification_rejected" }');
      expect(rejected).toHaveLength(2);
      const logGroups = stateless.findResources('AWS::Logs::LogGroup');
      const groupOf = (name: string) => Object.entries(logGroups).find(([, g]) => JSON.stringify(g.Properties.LogGroupName).includes(`/${name}`))![0];
      expect(rejected.map((f) => f.Properties.LogGroupName.Ref).sort()).toEqual([groupOf('process-psp-notification'), groupOf('receive-psp-notification')].sort());
      for (const f of rejected) {
        expect(f.Properties.MetricTransformations).toEqual([{ MetricNamespace: 'HotelPayments', MetricName: 'PspNotificationsRejected', MetricValue: '1' }]);
      }
      stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'HotelPayments', MetricName: 'PspNotificationsRejected', Statistic: 'Sum', Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching',
        AlarmActions: [{ 'Fn::ImportValue': Match.stringLikeRegexp('OperatorAlerts') }],
      });
    });
  });
});

describe('CDK app settings', () => {
  it('refuses to build without the admin key hash, with a message saying how to pass it', () => {
    expect(() => buildApp({ appProps: { context: { 'aws:cdk:bundling-stacks': [] } } })).toThrow(ConfigurationError);
    expect(() => buildApp({ appProps: { context: { 'aws:cdk:bundling-stacks': [] } } })).toThrow(/-c adminApiKeyHash=/);
  });

  it('refuses a key instead of its hash, and non-https URLs', () => {
    const appProps = { context: { 'aws:cdk:bundling-stacks': [] } };
    expect(() => buildApp({ adminApiKeyHash: 'my-admin-key', appProps })).toThrow(/64 hexadecimal/);
    expect(() => buildApp({ adminApiKeyHash: 'a'.repeat(64), pspFormUrl: 'http://psp.example', appProps })).toThrow(/https/);
  });

});
