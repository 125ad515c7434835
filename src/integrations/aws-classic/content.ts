/** AWS classic IAM's prose: help texts, notes, reasons and the manual test. */
import type { CustomSamlMappingSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** The IAM identity provider's name; the role mapping builds its ARN with it. */
export const PROVIDER_NAME = 'authentik';

/**
 * AWS reads the roles a user may assume from Role (pairs "role ARN,provider ARN") and the session
 * name from RoleSessionName. The entitlements are named with the full role ARN, so one mapping
 * serves every account: the provider ARN is built in the role's account.
 */
export const MAPPINGS: CustomSamlMappingSpec[] = [
  {
    name: 'AWS classic IAM: Role',
    attribute: 'https://aws.amazon.com/SAML/Attributes/Role',
    expression: [
      'roles = [e.name for e in request.user.app_entitlements(provider.application) if e.name.startswith("arn:aws:iam::") and ":role/" in e.name]',
      `return [f"{role},arn:aws:iam::{role.split(':')[4]}:saml-provider/${PROVIDER_NAME}" for role in roles]`,
    ].join('\n'),
  },
  {
    name: 'AWS classic IAM: RoleSessionName',
    attribute: 'https://aws.amazon.com/SAML/Attributes/RoleSessionName',
    expression: ['name = regex_replace(request.user.username, r"[^a-zA-Z0-9+=,.@-]", "-")[:64]', 'return name if len(name) >= 2 else "ak-user"'].join(
      '\n',
    ),
  },
];

export const help = {
  account: 'The 12-digit ID of the AWS account whose console users sign in to (top right menu of the AWS console).',
  name: `The role mapping names this provider in every role pair, so it must be exactly ${PROVIDER_NAME}.`,
  metadata: 'Download the metadata from this address (or from the provider page in authentik) and upload the file.',
  trust: 'AWS may write a session-specific SAML:aud (…/saml/acs/…); it must be https://signin.aws.amazon.com/saml, the ACS URL authentik posts to.',
};

export const notes = {
  entitlements: {
    tone: 'warning',
    text: 'Users can assume only the roles they hold as entitlements: open the application in authentik › Application entitlements, create one entitlement per IAM role, named with the role’s full ARN (arn:aws:iam::{account}:role/<role name>), and bind users or groups to it.',
  },
  roles: {
    tone: 'info',
    text: 'For each role: IAM › Roles › Create role › SAML 2.0 federation, SAML 2.0-based provider authentik, Allow programmatic and AWS Management Console access, then the permissions policies and the role name.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'Open the AWS tile in authentik (an IdP-initiated login).',
    'Sign in at authentik with a user who holds at least one role entitlement.',
    'If AWS lists several roles, choose one and click Sign in.',
  ],
  success: 'The AWS Management Console opens; the account menu shows <role name>/<authentik username>.',
  errors: [
    {
      message: 'Your request included an invalid SAML response. To logout, click here.',
      meaning: 'AWS rejected the response: the metadata uploaded to IAM is from another provider or certificate, or responses are not signed.',
      checkId: 'saml-signing',
    },
    {
      message: 'RoleSessionName is required in AuthnResponse',
      meaning: 'The RoleSessionName mapping is not on the provider.',
      checkId: 'custom-mappings',
    },
    {
      message: 'Not authorized to perform sts:AssumeRoleWithSAML',
      meaning: 'The role’s trust policy names another provider, or its SAML:aud is not https://signin.aws.amazon.com/saml.',
    },
    {
      message: 'Error: no roles / An error occurred with the role list',
      meaning: 'The user holds no entitlement named with a role ARN, so the Role attribute is empty.',
      checkId: 'custom-mappings',
    },
  ],
};
