/**
 * Sentry (SaaS or self-hosted) signs organization members in with its custom SAML2 provider. It
 * receives responses at /saml/acs/<org>/, is identified by /saml/metadata/<org>/, reads authentik's
 * metadata URL and maps the user ID, email and name attributes.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { ATTRS, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/sentry/',
    vendor: 'https://docs.sentry.io/organization/authentication/sso/saml2/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Sentry URL',
      help: help.url,
      example: 'https://sentry.company',
      preview: 'Sentry: {url}',
      pages: ['saml', 'organizations', 'settings', 'auth', 'api', 'issues', 'projects', 'account', 'accounts', 'performance', 'alerts', 'dashboards'],
    },
    org: { type: 'slug', label: 'Organization slug', help: help.org, example: 'sentry', preview: 'ACS URL: …/saml/acs/{org}/' },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/saml/acs/{org}/',
    audience: '{url}/saml/metadata/{org}/',
    binding: 'post',
    signingKey: 'any',
    nameId: 'uid',
    mappings: ['uid', 'email', 'name'],
  },
  screen: [
    {
      title: 'SAML2',
      location: 'Settings › Auth › SAML2 › Configure (Metadata URL method)',
      fields: [{ label: 'Metadata URL', value: '{metadata_url}', help: help.metadata }],
      notes: [notes.plan],
    },
    {
      title: 'Map Identity Provider Attributes',
      location: 'The next step of the SAML2 setup',
      fields: [
        { label: 'IdP User ID', value: ATTRS.uid, help: help.uid },
        { label: 'User Email', value: ATTRS.email },
        { label: 'First Name', value: ATTRS.name, help: help.firstName },
      ],
      notes: [notes.flow, notes.scim],
    },
  ],
  checks: { 'acs-url': { title: 'The ACS URL is Sentry’s /saml/acs/<organization>/', why: why.acs }, audience: { why: why.audience } },
  manualTest,
  /**
   * Sentry: values copied from https://integrations.goauthentik.io/monitoring/sentry/ (sections "Create an
   * application and provider in authentik" and "Configure SAML SSO") and Sentry's
   * https://docs.sentry.io/organization/authentication/sso/saml2/ (source getsentry/sentry-docs
   * docs/organization/authentication/sso/saml2.mdx: ACS `https://sentry.io/saml/acs/YOUR_ORG_SLUG/`
   * with HTTP-POST, SLS `…/saml/sls/YOUR_ORG_SLUG/`, Metadata / entityID `…/saml/metadata/YOUR_ORG_SLUG/`;
   * registration by Metadata URL; attribute mapping of IdP User ID and email required, first and last
   * name optional; error "The provider did not return a valid user identity."), for the example inputs
   * below (a self-hosted Sentry at the guide's sentry.company with the organization slug "sentry").
   * Where they disagree: nothing on the values. The guide's SLS URL is not asserted (the vendor marks
   * single logout as IdP-initiated only), nor its optional SCIM setup.
   */
  expected: {
    inputs: { url: 'https://sentry.company', org: 'sentry' },
    launchUrl: 'https://sentry.company',
    saml: {
      acsUrl: 'https://sentry.company/saml/acs/sentry/',
      audience: 'https://sentry.company/saml/metadata/sentry/',
      binding: 'post',
      nameId: 'uid',
      attributes: [
        'http://schemas.goauthentik.io/2021/02/saml/uid',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
      ],
    },
    appSide: {
      'Metadata URL': 'https://authentik.company/application/saml/sentry/metadata/',
      'IdP User ID': 'http://schemas.goauthentik.io/2021/02/saml/uid',
      'User Email': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      'First Name': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
    },
  },
});
