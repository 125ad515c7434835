/**
 * GitHub Enterprise Server signs users in with SAML configured in the Management Console. Its ACS URL
 * is https://<host>/saml/consume and its entity ID the instance URL; it needs a signed response or
 * assertion and a persistent NameID, from which it derives the username (here the authentik username).
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/development/ghes/',
    vendor:
      'https://docs.github.com/en/enterprise-server@latest/admin/managing-iam/using-saml-for-enterprise-iam/configuring-saml-single-sign-on-for-your-enterprise',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'GitHub Enterprise Server URL',
      help: help.url,
      example: 'https://github.company',
      pages: [
        'login',
        'sso',
        'saml',
        'session',
        'settings',
        'orgs',
        'organizations',
        'enterprises',
        'stafftools',
        'setup',
        'api',
        'explore',
        'notifications',
        'pulls',
        'issues',
        'dashboard',
        'search',
      ],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/saml/consume',
    audience: '{url}',
    // The screen tells GitHub RSA-SHA256; an EC key would not match what is entered there.
    signingKey: 'rsa',
    nameId: 'username',
    mappings: ['username', 'email', 'name'],
  },
  screen: [
    {
      title: 'Authentication',
      location: 'Management Console (https://<host>:8443) › Authentication',
      fields: [
        { label: 'Authentication', value: 'SAML', choice: true },
        { label: 'Single sign-on URL', value: '{sso_url}' },
        { label: 'Issuer', value: '{entity_id}' },
        { label: 'Signature Method', value: 'RSA-SHA256', choice: true, help: help.methods },
        { label: 'Digest Method', value: 'SHA256', choice: true },
        { label: 'Verification certificate', value: '{cert_pem}', help: help.certificate },
      ],
      notes: [notes.builtin],
    },
    {
      title: 'User attributes',
      location: 'Management Console › Authentication › SAML › User attributes',
      fields: [{ label: 'Username', value: '', help: help.username }],
      notes: [notes.apply],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is the instance’s /saml/consume', why: why.acs },
    audience: { why: why.audience },
    'metadata-entity-id': { title: 'authentik’s issuer equals the Issuer on the configuration screen', why: why.entityId },
    'username-changes': { why: why.nameId },
  },
  manualTest,
  /**
   * GitHub Enterprise Server: values copied from https://integrations.goauthentik.io/development/ghes/
   * (sections "Create an application and provider" and "GitHub Enterprise Server configuration › Configure
   * SAML") and from the vendor:
   * https://docs.github.com/en/enterprise-server@latest/admin/managing-iam/iam-configuration-reference/saml-configuration-reference
   * ("SAML metadata": SP entity ID http(s)://HOSTNAME, ACS URL http(s)://HOSTNAME/saml/consume, HTTP-POST;
   * "SAML attributes": persistent NameID, normalised into the username) and "Configuring SAML single
   * sign-on for your enterprise" (fields Single sign-on URL, Issuer, Signature Method, Digest Method, Name
   * Identifier Format, Verification certificate, User attributes), for the example inputs below.
   * Where they disagree: one revision of the guide calls the fields "Sign on URL" and "Validation
   * certificate"; the vendor page (and the guide's other revision) says "Single sign-on URL" and
   * "Verification certificate". The vendor's labels are followed, being the Management Console's own.
   */
  expected: {
    sources: {
      vendor: 'https://docs.github.com/en/enterprise-server@latest/admin/managing-iam/iam-configuration-reference/saml-configuration-reference',
      followed: 'vendor for the field labels (Single sign-on URL, Verification certificate); values agree',
    },
    inputs: { url: 'https://github.company' },
    launchUrl: 'https://github.company',
    saml: {
      acsUrl: 'https://github.company/saml/consume',
      audience: 'https://github.company',
      binding: 'post',
      nameId: 'username',
      signAssertion: true,
    },
    appSide: { Issuer: 'https://authentik.company/application/saml/github-enterprise-server/metadata/', Username: '' },
  },
});
