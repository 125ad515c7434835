/**
 * PostHog signs users in with SAML per verified authentication domain (python-social-auth SAML,
 * multitenant). It receives the response at <SITE_URL>/complete/saml/, expects its SITE_URL as
 * audience, identifies the user by the attribute name_id and reads email, first_name and last_name.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/posthog/',
    vendor: 'https://posthog.com/docs/settings/sso',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'PostHog URL',
      help: help.url,
      example: 'https://posthog.company',
      preview: 'ACS URL: {url}/complete/saml/',
      pages: ['project', 'login', 'complete', 'settings', 'organization', 'signup', 'me', 'api', 'insights', 'dashboard', 'persons', 'events', 'verify_email'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/complete/saml/',
    audience: '{url}',
    signingKey: 'any',
    nameId: 'custom:PostHog name_id',
    mappings: ['email'],
    customMappings: [
      { name: 'PostHog name_id', attribute: 'name_id', expression: 'return request.user.uid' },
      { name: 'PostHog first_name', attribute: 'first_name', expression: 'return request.user.name.split(" ", 1)[0] if request.user.name else request.user.username' },
      { name: 'PostHog last_name', attribute: 'last_name', expression: 'return request.user.name.rsplit(" ", 1)[-1] if " " in request.user.name else ""' },
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
    'relay-state': { why: 'PostHog reads the relay state as the ID of the authentication domain; a login from authentik without it ends with “Invalid RelayState”.' },
  },
  manualTest,
});
