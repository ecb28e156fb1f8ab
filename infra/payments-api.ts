import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  ResponseType,
  AccessLogFormat,
  EndpointType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import type { HttpAuth } from '../functions/catalog';
import { acknowledge } from './nag';

export const STAGE_NAME = 'prod';

/** Stage-wide limits. PMS vendors call for many hotels from few IPs, hence generous per-IP limits. */
export const API_THROTTLING = { rateLimit: 50, burstLimit: 100 } as const;
/** Requests per IP per 5 minutes before WAF blocks. */
export const WAF_RATE_LIMIT_PER_IP = 3000;

/** Audit trail (who called what, what WAF blocked): PCI DSS asks for a year of history. */
const AUDIT_LOG_RETENTION = RetentionDays.ONE_YEAR;

export interface PaymentsApiProps {
  /** Key encrypting the access, execution and WAF log groups. */
  readonly logKey: IKey;
}

export interface Route {
  readonly method: string;
  readonly path: string;
  readonly auth: HttpAuth;
  readonly handler: IFunction;
  readonly name: string;
}

/**
 * The REST API in front of the HTTP functions: Lambda proxy routes, JSON access logs, execution
 * error logs, X-Ray, stage throttling, and a WAF web ACL (AWS common rules + per-IP rate limit).
 * Authentication is done by the handlers (see acknowledgements in addRoute).
 */
export class PaymentsApi extends Construct {
  readonly api: RestApi;
  private readonly logKey: IKey;

  constructor(scope: Construct, id: string, props: PaymentsApiProps) {
    super(scope, id);
    this.logKey = props.logKey;
    const stack = Stack.of(this);

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: AUDIT_LOG_RETENTION,
      encryptionKey: props.logKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.api = new RestApi(this, 'Api', {
      restApiName: `${stack.stackName}-api`,
      description: 'Hotel payment guarantees: PMS API, hosted payment pages, PSP notifications',
      endpointConfiguration: { types: [EndpointType.REGIONAL] },
      // Execution logging needs the account-level API Gateway logging role (kept on stack deletion).
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: STAGE_NAME,
        tracingEnabled: true,
        metricsEnabled: true,
        loggingLevel: MethodLoggingLevel.ERROR,
        // Request and response bodies carry API keys, guest data and PSP payloads: never logged.
        dataTraceEnabled: false,
        throttlingRateLimit: API_THROTTLING.rateLimit,
        throttlingBurstLimit: API_THROTTLING.burstLimit,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        // resourcePath (the route template), never path: /pay/{token} carries a payment link secret.
        accessLogFormat: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            extendedRequestId: '$context.extendedRequestId',
            requestTime: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            method: '$context.httpMethod',
            resourcePath: '$context.resourcePath',
            protocol: '$context.protocol',
            status: '$context.status',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationStatus: '$context.integration.status',
            integrationLatency: '$context.integration.latency',
            integrationError: '$context.integration.error',
            errorMessage: '$context.error.message',
            wafStatus: '$context.waf.status',
            xrayTraceId: '$context.xrayTraceId',
          }),
        ),
      },
    });

    // The stack publishes one ApiUrl output; drop the construct's auto-named duplicate.
    this.api.node.tryRemoveChild('Endpoint');

    // API Gateway's own answers (unknown route, throttling, WAF block, timeout) keep the contract's
    // error shape; an unknown route is a 404, as in the local runtime.
    const errorTemplate = (code: string, message: string) => ({
      'application/json': JSON.stringify({ error: { code, message } }),
    });
    const responses: Array<[ResponseType, string, string, string?]> = [
      [ResponseType.MISSING_AUTHENTICATION_TOKEN, 'route_not_found', 'No such route or method', '404'],
      [ResponseType.THROTTLED, 'too_many_requests', 'Too many requests; retry later'],
      [ResponseType.WAF_FILTERED, 'request_blocked', 'The request was blocked'],
      [ResponseType.REQUEST_TOO_LARGE, 'request_too_large', 'The request body is too large'],
      [ResponseType.DEFAULT_4XX, 'bad_request', 'The request could not be handled'],
      [ResponseType.DEFAULT_5XX, 'internal_error', 'Something went wrong on our side; please retry'],
    ];
    for (const [type, code, message, statusCode] of responses) {
      this.api.addGatewayResponse(`Response${code}`, { type, templates: errorTemplate(code, message), ...(statusCode ? { statusCode } : {}) });
    }

    // API Gateway creates this group itself, unencrypted and kept forever, unless it already exists.
    const executionLogs = new LogGroup(this, 'ExecutionLogs', {
      logGroupName: `API-Gateway-Execution-Logs_${this.api.restApiId}/${STAGE_NAME}`,
      retention: AUDIT_LOG_RETENTION,
      encryptionKey: props.logKey,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.api.deploymentStage.node.addDependency(executionLogs);

    acknowledge(this.api.node.defaultChild as Construct, {
      id: 'AwsSolutions-APIG2',
      reason: 'Every handler validates its request (path, headers and body) with a zod schema and answers 400 with details; a second, weaker schema in API Gateway would drift from it.',
    });
    acknowledge(this.api.deploymentStage, {
      id: 'PCI.DSS.321-APIGWCacheEnabledAndEncrypted',
      reason: 'Caching is deliberately off: responses are per-hotel, per-reservation payment states and one-time payment pages that must never be served from a cache.',
    });
    acknowledge(this.api.deploymentStage, {
      id: 'PCI.DSS.321-APIGWSSLEnabled',
      reason: 'A client certificate authenticates API Gateway to HTTP backends; every integration here is a Lambda proxy integration invoked through IAM, so there is no backend to present it to.',
    });
    const cloudWatchRole = this.api.node.tryFindChild('CloudWatchRole');
    if (cloudWatchRole) {
      acknowledge(cloudWatchRole, {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        reason: 'The AWS-managed policy is the documented account-level role API Gateway assumes to write execution and access logs; it is not attached to any function.',
      });
    }

    this.addFirewall();
  }

  /** One Lambda proxy route. API keys are checked by the handlers, hence no API Gateway authorizer. */
  addRoute(route: Route): void {
    const resource = this.api.root.resourceForPath(route.path);
    const method = resource.addMethod(route.method, new LambdaIntegration(route.handler, { allowTestInvoke: false }), {
      operationName: route.name,
    });
    const reason = {
      admin: 'Admin route: the handler compares the SHA-256 of the Bearer key with ADMIN_API_KEY_HASH in constant time.',
      hotel: 'API keys are per-hotel Bearer tokens checked by the handler against hashed keys in DynamoDB (and scoped to that hotel); there are no Cognito users.',
      public: 'No API key: a guest-facing hosted page is authorised by the unguessable payment-link token (stored hashed), checked by the handler; the API reference (OpenAPI document and its page) is public documentation generated from the code, with no data and no access to the table.',
      psp: 'PSP notification (IPN): authenticated by the handler, which verifies the Systempay signature with the hotel\'s shop key before trusting anything.',
    }[route.auth];
    acknowledge(method, { id: 'AwsSolutions-APIG4', reason });
    acknowledge(method, { id: 'AwsSolutions-COG4', reason });
  }

  private addFirewall(): void {
    const stack = Stack.of(this);
    // Sampled requests would show Authorization headers (hotel API keys) in the console.
    const visibility = (metricName: string) => ({ cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: false });

    const webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`${stack.stackName}-api`),
      rules: [
        {
          name: 'rate-limit-per-ip',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: WAF_RATE_LIMIT_PER_IP, aggregateKeyType: 'IP', evaluationWindowSec: 300 } },
          visibilityConfig: visibility('rate-limit-per-ip'),
        },
        {
          name: 'aws-common-rule-set',
          priority: 1,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' } },
          visibilityConfig: visibility('aws-common-rule-set'),
        },
        {
          name: 'aws-known-bad-inputs',
          priority: 2,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesKnownBadInputsRuleSet' } },
          visibilityConfig: visibility('aws-known-bad-inputs'),
        },
      ],
    });

    new CfnWebACLAssociation(this, 'WebAclAssociation', {
      resourceArn: this.api.deploymentStage.stageArn,
      webAclArn: webAcl.attrArn,
    });

    // WAF writes only to log groups named aws-waf-logs-*; it keeps blocked and counted requests.
    const wafLogs = new LogGroup(this, 'WafLogs', {
      logGroupName: `aws-waf-logs-${stack.stackName}`,
      retention: AUDIT_LOG_RETENTION,
      encryptionKey: this.logKey,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new CfnLoggingConfiguration(this, 'WafLogging', {
      resourceArn: webAcl.attrArn,
      logDestinationConfigs: [
        stack.formatArn({ service: 'logs', resource: 'log-group', resourceName: wafLogs.logGroupName, arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
      ],
      redactedFields: [{ singleHeader: { Name: 'authorization' } }],
      loggingFilter: {
        DefaultBehavior: 'DROP',
        Filters: [
          {
            Behavior: 'KEEP',
            Requirement: 'MEETS_ANY',
            Conditions: [{ ActionCondition: { Action: 'BLOCK' } }, { ActionCondition: { Action: 'COUNT' } }],
          },
        ],
      },
    });
  }
}
