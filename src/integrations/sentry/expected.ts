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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/monitoring/sentry/',
    vendor: 'https://docs.sentry.io/organization/authentication/sso/saml2/',
  },
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
});
