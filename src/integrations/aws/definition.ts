/**
 * AWS IAM Identity Center signs users in through an external SAML identity provider (Settings ›
 * Identity source › Change identity source › External identity provider). AWS shows its ACS URL and
 * issuer URL there before anything is created, so the admin copies both into the wizard first.
 * AWS matches the NameID, which must be email-formatted, against the Identity Center username.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

const HTTP = 'AWS shows this address with https://; copy it again from IAM Identity Center.';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/cloud-providers/aws/',
    vendor: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/how-to-connect-idp.html',
  },
  inputs: {
    acs: {
      type: 'url',
      label: 'IAM Identity Center ACS URL',
      help: help.acs,
      example: 'https://us-east-1.signin.aws.amazon.com/platform/saml/acs/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      httpReason: HTTP,
    },
    issuer: {
      type: 'url',
      label: 'IAM Identity Center issuer URL',
      help: help.issuer,
      example: 'https://us-east-1.signin.aws.amazon.com/platform/saml/d-1234567890',
      httpReason: HTTP,
    },
  },
  // No launch URL: the checks take the app's host from it, and the access portal (awsapps.com) is
  // not the ACS host. The authentik tile then starts an IdP-initiated login.
  provider: {
    protocol: 'saml',
    acsUrl: '{acs}',
    audience: '{issuer}',
    signingKey: 'any',
    nameId: 'email',
    // Matters for IdP-initiated launches; AWS refuses other formats ("invalid name id policy format").
    nameIdPolicy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    mappings: ['email', 'name'],
  },
  screen: [
    {
      title: 'Identity provider metadata',
      location: 'IAM Identity Center › Settings › Identity source › Actions › Change identity source › External identity provider',
      fields: [
        { label: 'IdP sign-in URL', value: '{sso_url}', help: help.manual },
        { label: 'IdP issuer URL', value: '{entity_id}' },
        { label: 'IdP certificate', value: '{cert_pem}', help: 'Upload the provider’s signing certificate as a .pem file.' },
      ],
      notes: [notes.accept, notes.users],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is the one IAM Identity Center shows', why: why.acs },
    audience: { why: 'IAM Identity Center rejects assertions not addressed to its issuer URL.' },
    'saml-signing': { why: 'IAM Identity Center only accepts assertions signed with the uploaded IdP certificate.' },
    'metadata-entity-id': {
      title: 'authentik’s issuer equals the IdP issuer URL on the configuration screen',
      why: 'AWS rejects responses whose issuer differs from the IdP issuer URL it was given.',
    },
    'metadata-certificate': { why: 'AWS verifies each signature with the uploaded IdP certificate; another certificate fails every login.' },
    'certificate-expiry': {
      why: 'An expired signing certificate fails every AWS login, and a renewed one must be uploaded to IAM Identity Center again.',
    },
    'relay-state': { why: 'AWS reads the relay state as the page to open after login; a foreign one ends on an error.' },
  },
  manualTest,
  /**
   * AWS IAM Identity Center: values copied from https://integrations.goauthentik.io/cloud-providers/aws/
   * (sections "Download the service provider metadata", "Create an application and provider" with its
   * 2026.5 issuer warning, and the "User identifier" note) and AWS's
   * https://docs.aws.amazon.com/singlesignon/latest/userguide/how-to-connect-idp.html with
   * https://docs.aws.amazon.com/singlesignon/latest/userguide/other-idps.html ("Using SAML and SCIM
   * identity federation with external identity providers": NameID format
   * urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress, an addr-spec value). The ACS and issuer
   * shapes (https://<REGION>.signin.aws.amazon.com/platform/saml/acs/<ID> and
   * https://<REGION>.signin.aws.amazon.com/platform/saml/<ID>) are those of Microsoft's IAM Identity
   * Center tutorial; the admin copies both from AWS's service provider metadata, so they arrive
   * verbatim. The guide (NameID Property Mapping: Email) and the vendor agree.
   */
  expected: {
    sources: { vendor: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/other-idps.html' },
    inputs: {
      acs: 'https://us-east-1.signin.aws.amazon.com/platform/saml/acs/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      issuer: 'https://us-east-1.signin.aws.amazon.com/platform/saml/d-1234567890',
    },
    saml: {
      acsUrl: 'https://us-east-1.signin.aws.amazon.com/platform/saml/acs/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      audience: 'https://us-east-1.signin.aws.amazon.com/platform/saml/d-1234567890',
      binding: 'post',
      nameId: 'email',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    },
    appSide: { 'IdP issuer URL': 'https://authentik.company/application/saml/aws/metadata/' },
  },
});
