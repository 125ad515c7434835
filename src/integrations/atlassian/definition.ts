/**
 * Atlassian Cloud (with Atlassian Guard) signs users in through an "Other provider" SAML identity
 * provider in admin.atlassian.com. Atlassian shows its SP entity URL and ACS URL only after the
 * IdP is added, so the provider is created with a recognisable placeholder ACS URL on Atlassian's
 * auth host and an empty audience; the round trip writes the real values back. Atlassian matches
 * the NameID against the Atlassian account's email address.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/atlassian/',
    vendor: 'https://support.atlassian.com/security-and-access-policies/docs/configure-saml-single-sign-on-with-an-identity-provider/',
  },
  inputs: {
    domain: {
      type: 'host',
      label: 'Verified domain',
      help: help.domain,
      example: 'company.com',
      preview: 'Users @{domain} sign in through authentik',
    },
  },
  // No launch URL: the checks take the app's host from it, and Atlassian's ACS host is not the site's.
  provider: {
    protocol: 'saml',
    acsUrl: 'https://auth.atlassian.com/replace-with-the-acs-url-atlassian-shows',
    audience: '',
    signingKey: 'any',
    // The guide sets no NameID mapping (authentik would send its hashed user id); Atlassian's KBs
    // match the NameID against the account email, so the vendor is followed.
    nameId: 'email',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    mappings: ['email', 'name'],
  },
  screen: [
    {
      title: 'Set up SAML single sign-on',
      location: 'admin.atlassian.com › Security › Identity providers › Other provider › Set up SAML single sign-on',
      fields: [
        { label: 'Identity provider Entity ID', value: '{entity_id}', help: help.entityId },
        { label: 'Identity provider SSO URL', value: '{sso_url}' },
        { label: 'Public x509 certificate', value: '{cert_pem}', help: 'The whole PEM, with the BEGIN and END lines.' },
      ],
      notes: [notes.add],
    },
    {
      title: 'Link domain and enforce SSO',
      location: 'Same wizard › Link domain; then Security › Authentication policies',
      fields: [
        { label: 'Domain', value: '{domain}', help: 'Select it under Link domain, then click Stop and save SAML.' },
        { label: 'Enforce single sign-on', value: 'On', choice: true, help: help.policy },
      ],
      notes: [notes.guard],
    },
  ],
  roundTrip: {
    title: "Copy Atlassian's SP values back into authentik",
    intro: help.roundTrip,
    where: 'after you add the identity provider',
    fields: {
      entity: {
        label: 'Service provider entity URL',
        sets: 'audience',
        help: "Written into the provider's Audience.",
        example: 'https://auth.atlassian.com/saml/…',
      },
      acs: {
        label: 'Service provider assertion consumer service URL',
        sets: 'acs_url',
        help: "Written into the provider's ACS URL.",
        example: 'https://auth.atlassian.com/login/callback?connection=saml-…',
      },
    },
  },
  checks: {
    'acs-url': { title: 'The ACS URL is the one Atlassian shows' },
    audience: { why: 'Atlassian rejects assertions not addressed to the Service provider entity URL it showed.' },
    'sp-binding': { why: 'Atlassian’s ACS URL takes the SAML response as a form post.' },
    'saml-signing': { why: 'Atlassian only accepts responses signed with the public x509 certificate it was given.' },
    'metadata-entity-id': { title: 'authentik’s issuer equals the Identity provider Entity ID on the configuration screen', why: why.entityId },
    'metadata-certificate': { why: why.certificate },
    'certificate-expiry': {
      why: 'An expired signing certificate fails every Atlassian login, and a renewed one must be pasted into Atlassian again.',
    },
    'relay-state': { why: 'Atlassian restores the page to return to from the relay state; a foreign one ends on an error.' },
  },
  manualTest,
  /**
   * Atlassian Cloud: values copied from https://integrations.goauthentik.io/platforms/atlassian/
   * (sections "Create an application and provider in authentik", "Atlassian Cloud configuration" and
   * "Reconfigure authentik provider", whose e.g. values are the round trip below) and Atlassian's
   * https://support.atlassian.com/security-and-access-policies/docs/configure-saml-single-sign-on-with-an-identity-provider/
   * with its KB "Atlassian Guard - Attribute mappings for SAML SSO and SCIM user provisioning"
   * (https://confluence.atlassian.com/cloudkb/atlassian-guard-attribute-mappings-for-saml-sso-and-scim-user-provisioning-1455423571.html:
   * NameID carries user.email). The shapes match Microsoft's Atlassian Cloud tutorial
   * (Identifier https://auth.atlassian.com/saml/<unique ID>, Reply URL
   * https://auth.atlassian.com/login/callback?connection=saml-<unique ID>).
   * Where they disagree: the guide types "authentik" as Identity provider Entity ID, the pre-2026.5
   * default issuer; since 2026.5 authentik's issuer is .../application/saml/<application_slug>/metadata/
   * (the guides' "SAML provider changes in authentik 2026.5" warning) and Atlassian must receive that
   * issuer, so this block follows 2026.5. The guide sets no NameID mapping; Atlassian needs the email.
   */
  expected: {
    sources: {
      followed:
        'Entity ID: authentik 2026.5 issuer (metadata URL) instead of the guide’s literal "authentik"; NameID: Atlassian’s email, which the guide does not map.',
    },
    inputs: { domain: 'company.com' },
    roundTrip: { entity: 'https://auth.atlassian.com/saml/example', acs: 'https://auth.atlassian.com/login/callback?connection=saml-example' },
    saml: {
      acsUrl: 'https://auth.atlassian.com/login/callback?connection=saml-example',
      audience: 'https://auth.atlassian.com/saml/example',
      binding: 'post',
      nameId: 'email',
    },
    appSide: {
      'Identity provider Entity ID': 'https://authentik.company/application/saml/atlassian/metadata/',
      'Identity provider SSO URL': 'https://authentik.company/application/saml/atlassian/sso/binding/redirect/',
    },
  },
});
