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
      pages: [
        'admin',
        'hub',
        'issue',
        'issues',
        'dashboard',
        'agiles',
        'projects',
        'articles',
        'reports',
        'users',
        'login',
        'oauth',
        'api',
        'newissue',
        'timesheets',
        'gantt-charts',
        'knowledge-base',
      ],
    },
  },
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
      acs: {
        label: 'ACS URL',
        sets: 'acs_url',
        help: "Shown by YouTrack on the auth module page after Create. Written into the provider's ACS URL.",
        example: 'https://youtrack.company/…',
      },
      entity: {
        label: 'SP entity ID',
        sets: 'audience',
        help: "Shown next to the ACS URL. Written into the provider's Audience.",
        example: 'https://youtrack.company/…',
      },
    },
  },
  checks: {
    'acs-url': { title: 'The ACS URL is the one YouTrack shows' },
    'metadata-entity-id': { title: 'authentik’s issuer equals the IdP entity ID on the configuration screen', why: why.entityId },
    'metadata-certificate': { why: why.certificate },
    'relay-state': { why: 'YouTrack answers a relay state that points to another host with “Can’t restore state”.' },
    'username-changes': {
      why: 'YouTrack matches accounts on the NameID, which is the authentik username; a renamed user would arrive as someone new.',
    },
  },
  manualTest,
  /**
   * YouTrack: values copied from https://integrations.goauthentik.io/documentation/youtrack/
   * (sections "Create an application and provider", "YouTrack configuration" and "Update the authentik
   * provider") and https://www.jetbrains.com/help/youtrack/server/saml-authentication-module.html
   * ("Enable SAML 2.0 Authentication": YouTrack shows the ACS URL and SP entity ID after Create), for
   * the example inputs below.
   * The round-trip values are illustrative: neither page prints their shape (YouTrack generates them per
   * auth module), so they use the shape given in the brief with a literal module id; acsUrl/audience
   * repeat them because the guide writes them back verbatim.
   * SAML SSO URL: the current guide gives the unified endpoint `…/application/saml/<application_slug>/`,
   * which only newer authentik releases serve; its earlier revision (website/integrations/services/
   * youtrack/index.md) gives `…/sso/binding/redirect/`, which every supported release serves (it is kept
   * as a legacy route). The earlier literal is followed so the value works from 2025.4 on.
   */
  expected: {
    sources: {
      followed:
        'guide, earlier revision, for the SAML SSO URL: the redirect-binding endpoint exists on every supported authentik release; the unified `/application/saml/<slug>/` one only on newer releases',
    },
    inputs: { url: 'https://youtrack.company' },
    roundTrip: {
      acs: 'https://youtrack.company/hub/api/rest/auth/landing/saml2/8d9a1b2c-3e4f-4a5b-9c6d-7e8f9a0b1c2d',
      entity: 'https://youtrack.company/hub/api/rest/auth/saml2/8d9a1b2c-3e4f-4a5b-9c6d-7e8f9a0b1c2d',
    },
    saml: {
      acsUrl: 'https://youtrack.company/hub/api/rest/auth/landing/saml2/8d9a1b2c-3e4f-4a5b-9c6d-7e8f9a0b1c2d',
      audience: 'https://youtrack.company/hub/api/rest/auth/saml2/8d9a1b2c-3e4f-4a5b-9c6d-7e8f9a0b1c2d',
      binding: 'post',
      nameId: 'username',
      signAssertion: true,
    },
    appSide: {
      Name: 'authentik',
      'SAML SSO URL': 'https://authentik.company/application/saml/youtrack/sso/binding/redirect/',
      'IdP entity ID': 'https://authentik.company/application/saml/youtrack/metadata/',
    },
  },
});
