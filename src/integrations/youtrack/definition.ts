/**
 * YouTrack signs users in through a SAML 2.0 auth module. YouTrack shows its ACS URL and SP entity
 * ID only after the module exists, so the provider is created with a recognisable placeholder ACS
 * URL on the YouTrack host (a login tried too early never leaves it) and an empty audience; the
 * round trip writes the real values back.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/youtrack/',
    vendor: 'https://www.jetbrains.com/help/youtrack/server/saml-authentication-module.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'YouTrack URL',
      help: help.url,
      example: 'https://youtrack.company',
      preview: 'YouTrack: {url}',
      pages: ['admin', 'hub', 'issue', 'issues', 'dashboard', 'agiles', 'projects', 'articles', 'reports', 'users', 'login', 'oauth', 'api', 'newissue', 'timesheets', 'gantt-charts', 'knowledge-base'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/replace-with-the-acs-url-youtrack-shows',
    audience: '',
    signingKey: 'any',
    nameId: 'username',
    mappings: ['username', 'email', 'name', 'groups'],
  },
  screen: [
    {
      title: 'SAML 2.0 auth module',
      location: 'Administration › Access Management › Auth Modules › New module › SAML 2.0',
      fields: [
        { label: 'Name', value: 'authentik', help: 'Shown on the YouTrack login button; any name works.' },
        { label: 'SAML SSO URL', value: '{sso_url}' },
        { label: 'IdP entity ID', value: '{entity_id}', help: 'Must equal the Issuer authentik puts in every response.' },
        { label: 'Certificate fingerprint', value: '{cert_sha256}', help: help.fingerprint },
      ],
      notes: [notes.create],
    },
    {
      title: 'Attribute names (if YouTrack asks)',
      fields: [
        { label: 'Email attribute', value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
        { label: 'Full name attribute', value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name' },
        { label: 'Groups attribute', value: 'http://schemas.xmlsoap.org/claims/Group' },
      ],
      notes: [{ tone: 'info', text: 'The username comes from the NameID, which authentik fills with the authentik username.' }],
    },
  ],
  roundTrip: {
    title: "Copy YouTrack's SP values back into authentik",
    intro: help.roundTrip,
    where: 'for the auth module',
    fields: {
      acs: { label: 'ACS URL', sets: 'acs_url', help: "Shown by YouTrack on the auth module page after Create. Written into the provider's ACS URL.", example: 'https://youtrack.company/…' },
      entity: { label: 'SP entity ID', sets: 'audience', help: "Shown next to the ACS URL. Written into the provider's Audience.", example: 'https://youtrack.company/…' },
    },
  },
  checks: {
    'acs-url': { title: 'The ACS URL is the one YouTrack shows' },
    'metadata-entity-id': { title: 'authentik’s issuer equals the IdP entity ID on the configuration screen', why: why.entityId },
    'metadata-certificate': { why: why.certificate },
    'relay-state': { why: 'YouTrack answers a relay state that points to another host with “Can’t restore state”.' },
    'username-changes': { why: 'YouTrack matches accounts on the NameID, which is the authentik username; a renamed user would arrive as someone new.' },
  },
  manualTest,
});
