import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, PCIDSS321Checks, ServerlessChecks, type NagPack } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag v3 runs as a CDK policy-validation plugin (not an Aspect): every finding, error or
 * warning, fails `cdk synth`. Acknowledgements are `Validations.of(construct).acknowledge(...)`
 * and apply to that construct and its children only, so they are placed on the narrowest
 * construct that owns the finding, one finding id per call (`Rule[Finding]` for IAM5/IAM4).
 */
export interface Acknowledgement {
  readonly id: string;
  readonly reason: string;
}

/** The three packs this app must pass, verbose so a finding explains itself. */
export function nagPacks(scope?: IConstruct): NagPack[] {
  const props = { verbose: true };
  return [
    // Also copies every acknowledgement into the template metadata (cdk_nag.rules_to_suppress) for audits; once is enough.
    new AwsSolutionsChecks(scope, { ...props, writeSuppressionsToCloudFormation: scope !== undefined }),
    new ServerlessChecks(scope, props),
    new PCIDSS321Checks(scope, props),
  ];
}

export function applyNagPacks(app: App): void {
  Validations.of(app).addPlugins(...nagPacks(app));
}

export function acknowledge(scope: IConstruct, ...rules: Acknowledgement[]): void {
  for (const rule of rules) Validations.of(scope).acknowledge(rule);
}

/** The same reason acknowledged for several finding ids (e.g. IAM5 wildcards of one statement). */
export function acknowledgeAll(scope: IConstruct, ids: readonly string[], reason: string): void {
  acknowledge(scope, ...ids.map((id) => ({ id, reason })));
}
