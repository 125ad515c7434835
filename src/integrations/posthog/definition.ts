/**
 * PostHog signs users in with SAML per verified authentication domain (python-social-auth SAML,
 * multitenant). It receives the response at <SITE_URL>/complete/saml/, expects its SITE_URL as
 * audience, identifies the user by the attribute name_id and reads email, first_name and last_name.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/monitoring/posthog/', vendor: 'https://posthog.com/docs/settings/sso' },
  inputs: {
    url: {
      type: 'url',
      label: 'PostHog URL',
      help: help.url,
      example: 'https://posthog.company',
      pages: [
        'project',
        'login',
        'complete',
        'settings',
        'organization',
        'signup',
        'me',
        'api',
        'insights',
        'dashboard',
        'persons',
        'events',
        'verify_email',
      ],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/complete/saml/',
    audience: '{url}',
    signingKey: 'any',
    nameId: 'custom:PostHog name_id',
    mappings: ['email'],
    customMappings: [
      { name: 'PostHog name_id', attribute: 'name_id', expression: 'return request.user.uid' },
      {
        name: 'PostHog first_name',
        attribute: 'first_name',
        expression: 'return request.user.name.split(" ", 1)[0] if request.user.name else request.user.username',
      },
      {
        name: 'PostHog last_name',
        attribute: 'last_name',
        expression: 'return request.user.name.rsplit(" ", 1)[-1] if " " in request.user.name else ""',
      },
    ],
  },
  screen: [
    {
      title: 'SAML configuration',
      location: 'Organization settings › Authentication domains › (your domain) › Configure SAML',
      fields: [
        { label: 'SAML ACS URL', value: '{sso_url}', help: 'authentik’s SSO URL: PostHog labels it “ACS URL”.' },
        { label: 'SAML Entity ID', value: '{entity_id}' },
        { label: 'SAML X.509 Certificate', value: '{cert_pem}', help: help.cert },
      ],
      notes: [notes.domain, notes.values, notes.idp],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is PostHog’s /complete/saml/', why: why.acs },
    audience: { why: 'PostHog’s Audience / Entity ID is its own address; a response for another audience is refused.' },
    'custom-mappings': { why: why.nameId },
    'relay-state': {
      why: 'PostHog reads the relay state as the ID of the authentication domain; a login from authentik without it ends with “Invalid RelayState”.',
    },
  },
  manualTest,
  /**
   * PostHog: values copied from https://integrations.goauthentik.io/monitoring/posthog/ (sections "Create
   * property mappings in authentik", "Create an application and provider" and "PostHog configuration")
   * and PostHog's source https://github.com/PostHog/posthog/blob/master/ee/api/authentication.py
   * (MultitenantSAMLAuth: the user id is the attribute name_id / NAME_ID / nameId; email from email or
   * http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress; first_name, last_name
   * optional; the RelayState carries the authentication domain id) with https://posthog.com/docs/settings/sso,
   * for the example inputs below.
   * Where they disagree: the guide shows the unified SSO endpoint `…/application/saml/posthog/`; the
   * redirect-binding SSO URL is followed because every supported authentik release serves it.
   * The NameID is the custom `PostHog name_id` mapping (the user's uid), as the guide sets it.
   */
  expected: {
    sources: {
      vendor: 'https://github.com/PostHog/posthog/blob/master/ee/api/authentication.py',
      followed:
        'Redirect-binding SSO URL (…/application/saml/posthog/sso/binding/redirect/) instead of the guide’s unified endpoint: served by every supported authentik release.',
    },
    inputs: { url: 'https://posthog.company' },
    launchUrl: 'https://posthog.company',
    saml: {
      acsUrl: 'https://posthog.company/complete/saml/',
      audience: 'https://posthog.company',
      binding: 'post',
      nameId: 'custom',
      attributes: ['name_id', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'first_name', 'last_name'],
    },
    appSide: {
      'SAML ACS URL': 'https://authentik.company/application/saml/posthog/sso/binding/redirect/',
      'SAML Entity ID': 'https://authentik.company/application/saml/posthog/metadata/',
    },
  },
});
