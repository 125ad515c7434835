/**
 * AWS classic IAM signs console users in through an IAM SAML identity provider: authentik posts a
 * signed response to AWS's fixed sign-in endpoint https://signin.aws.amazon.com/saml (audience
 * urn:amazon:webservices), with the roles the user may assume and a session name. Roles come from the
 * application's entitlements, named with the role ARN; the IAM provider is named "authentik".
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, MAPPINGS, notes, PROVIDER_NAME } from './content';

const trust = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "arn:aws:iam::{account}:saml-provider/${PROVIDER_NAME}" },
      "Action": "sts:AssumeRoleWithSAML",
      "Condition": { "StringEquals": { "SAML:aud": "https://signin.aws.amazon.com/saml" } }
    }
  ]
}`;

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/cloud-providers/aws-classic/',
    vendor: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml_assertions.html',
  },
  inputs: {
    account: {
      type: 'text',
      label: 'AWS account ID',
      help: help.account,
      example: '123456789012',
      pattern: '^[0-9]{12}$',
      message: 'An AWS account ID has exactly 12 digits.',
      preview: 'Role entitlements: arn:aws:iam::{account}:role/<role name>',
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: 'https://signin.aws.amazon.com/saml',
    audience: 'urn:amazon:webservices',
    signAssertion: true,
    signResponse: true,
    signingKey: 'any',
    nameId: 'email',
    mappings: [],
    customMappings: MAPPINGS,
  },
  screen: [
    {
      title: 'SAML identity provider',
      location: 'AWS console › IAM › Identity providers › Add provider',
      fields: [
        { label: 'Provider type', value: 'SAML', choice: true },
        { label: 'Provider name', value: PROVIDER_NAME, help: help.name },
        { label: 'Metadata document', value: '{metadata_url}', help: help.metadata },
      ],
      notes: [notes.roles],
    },
    {
      title: 'Role trust policy',
      location: 'IAM › Roles › (each role) › Trust relationships › Edit trust policy',
      format: 'file',
      snippet: trust,
      fields: [
        { label: 'Federated', value: `arn:aws:iam::{account}:saml-provider/${PROVIDER_NAME}` },
        { label: 'SAML:aud', value: 'https://signin.aws.amazon.com/saml', help: help.trust },
      ],
      notes: [notes.entitlements],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is AWS’s SAML sign-in endpoint',
      why: 'AWS accepts console sign-ins at https://signin.aws.amazon.com/saml, the SAML:aud of the role trust policies.',
    },
    audience: { why: 'AWS rejects assertions whose audience is not urn:amazon:webservices.' },
    'saml-signing': {
      title: 'Responses and assertions are signed',
      why: 'AWS verifies the signature with the certificate of the uploaded metadata.',
    },
    'metadata-entity-id': { why: 'AWS rejects responses whose issuer differs from the entity ID of the uploaded metadata.' },
    'metadata-certificate': {
      why: 'AWS verifies each signature with the certificate of the uploaded metadata; another certificate fails every login.',
    },
    'custom-mappings': { why: 'AWS opens the console only with a Role and a RoleSessionName attribute, which authentik does not ship.' },
  },
  manualTest,
  /**
   * AWS (classic IAM, SAML): values copied from https://integrations.goauthentik.io/cloud-providers/aws-classic/
   * (sections "Create property mappings", "Create an application and provider", "Create a SAML identity
   * provider" and "Verify the role trust policy") and from AWS: "Configure SAML assertions for the
   * authentication response"
   * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml_assertions.html:
   * Recipient https://signin.aws.amazon.com/saml, Audience urn:amazon:webservices, attributes
   * https://aws.amazon.com/SAML/Attributes/Role and …/RoleSessionName, NameID) and "Enabling SAML 2.0
   * federated principals to access the AWS Management Console", for the example inputs below.
   * Where they disagree with the wizard: the guide names entitlements with the bare role name and
   * hard-codes the account ID and provider name into the role mapping; the wizard names entitlements
   * with the full role ARN and fixes the provider name "authentik" (the guide's example), because a
   * mapping's expression cannot take the admin's inputs. The attribute names and endpoints are the same.
   */
  expected: {
    inputs: { account: '123456789012' },
    saml: {
      acsUrl: 'https://signin.aws.amazon.com/saml',
      audience: 'urn:amazon:webservices',
      binding: 'post',
      nameId: 'email',
      attributes: ['https://aws.amazon.com/SAML/Attributes/Role', 'https://aws.amazon.com/SAML/Attributes/RoleSessionName'],
      signAssertion: true,
      signResponse: true,
    },
    appSide: {
      'Provider type': 'SAML',
      'Provider name': 'authentik',
      Federated: 'arn:aws:iam::123456789012:saml-provider/authentik',
      'SAML:aud': 'https://signin.aws.amazon.com/saml',
    },
  },
});
