/**
 * GitHub Enterprise Cloud: SAML single sign-on for one organization on github.com. GitHub posts
 * nothing to configure back: its ACS URL and entity ID follow from the organization name. It needs a
 * signed assertion and a persistent NameID (here the authentik username).
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/development/ghec/',
    vendor:
      'https://docs.github.com/en/enterprise-cloud@latest/organizations/managing-saml-single-sign-on-for-your-organization/enabling-and-testing-saml-single-sign-on-for-your-organization',
  },
  inputs: {
    org: {
      type: 'text',
      label: 'Organization',
      help: help.org,
      example: 'foo',
      pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$',
      message: 'A GitHub organization name has 1 to 39 letters, digits or hyphens, and does not start or end with a hyphen.',
    },
  },
  launchUrl: 'https://github.com/orgs/{org}/sso',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://github.com/orgs/{org}/saml/consume',
    audience: 'https://github.com/orgs/{org}',
    // The screen tells GitHub RSA-SHA256; an EC key would not match what is entered there.
    signingKey: 'rsa',
    nameId: 'username',
    mappings: ['email', 'name'],
  },
  screen: [
    {
      title: 'SAML single sign-on',
      location: 'Your organization on github.com › Settings › Security › Authentication security',
      fields: [
        { label: 'Enable SAML authentication', value: 'On', choice: true },
        { label: 'Sign on URL', value: '{sso_url}' },
        { label: 'Issuer', value: '{entity_id}' },
        { label: 'Public certificate', value: '{cert_pem}', help: help.certificate },
        { label: 'Signature Method', value: 'RSA-SHA256', choice: true, help: help.methods },
        { label: 'Digest Method', value: 'SHA256', choice: true },
      ],
      notes: [notes.test, notes.enforce],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is the organization’s /saml/consume', why: why.acs },
    audience: { why: why.audience },
    'metadata-entity-id': { title: 'authentik’s issuer equals the Issuer on the configuration screen', why: why.entityId },
    'username-changes': { why: why.nameId },
  },
  manualTest,
  /**
   * GitHub Enterprise Cloud (organization SAML): values copied from https://integrations.goauthentik.io/development/ghec/
   * (sections "Create an application and provider" and "GitHub Enterprise Cloud configuration") and from
   * the vendor: https://docs.github.com/en/enterprise-cloud@latest/admin/managing-iam/iam-configuration-reference/saml-configuration-reference
   * ("SAML metadata › Organizations": SP entity ID https://github.com/orgs/ORGANIZATION, ACS URL
   * https://github.com/orgs/ORGANIZATION/saml/consume, SSO URL https://github.com/orgs/ORGANIZATION/sso,
   * HTTP-POST binding; "SAML attributes": a persistent NameID is required; "SAML response requirements":
   * the assertion or the response must be signed) and "Enabling and testing SAML single sign-on for your
   * organization" (fields Sign on URL, Issuer, Public Certificate, Signature Method, Digest Method), for the
   * organization `foo` the guide uses. The guide and the vendor agree.
   */
  expected: {
    sources: {
      vendor: 'https://docs.github.com/en/enterprise-cloud@latest/admin/managing-iam/iam-configuration-reference/saml-configuration-reference',
    },
    inputs: { org: 'foo' },
    launchUrl: 'https://github.com/orgs/foo/sso',
    saml: {
      acsUrl: 'https://github.com/orgs/foo/saml/consume',
      audience: 'https://github.com/orgs/foo',
      binding: 'post',
      nameId: 'username',
      signAssertion: true,
    },
    appSide: { Issuer: 'https://authentik.company/application/saml/github-enterprise-cloud/metadata/' },
  },
});
