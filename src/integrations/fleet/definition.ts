/**
 * Fleet (fleetdm) signs console users in through SAML single sign-on (Settings › Integrations ›
 * Single sign-on). It posts the login back to <server URL>/api/v1/fleet/sso/callback, sends the
 * Entity ID the admin typed as the SAML issuer, and finds users by the email address in the NameID.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/device-management/fleet/', vendor: 'https://fleetdm.com/docs/deploy/single-sign-on-sso' },
  inputs: {
    url: {
      type: 'url',
      label: 'Fleet URL',
      help: 'The address of your Fleet server (its Fleet web address under Settings › Organization settings › Fleet web address). You can paste any Fleet page; the wizard keeps only the base address.',
      example: 'https://fleet.company',
      pages: [
        'dashboard',
        'hosts',
        'controls',
        'software',
        'queries',
        'policies',
        'settings',
        'login',
        'api',
        'account',
        'labels',
        'packs',
        'profile',
      ],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/api/v1/fleet/sso/callback',
    audience: '{url}',
    signAssertion: true,
    signResponse: true,
    signingKey: 'any',
    nameId: 'email',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    mappings: ['email', 'name'],
  },
  screen: [
    {
      title: 'Fleet users',
      location: 'Settings › Integrations › Single sign-on (SSO) › Fleet users',
      fields: [
        { label: 'Enable single sign-on', value: 'Checked', choice: true },
        { label: 'Identity provider name', value: 'authentik', help: 'Fleet shows it on the login button: “Sign on with authentik”.' },
        {
          label: 'Entity ID',
          value: '{audience}',
          help: 'Must equal the provider’s Audience; Fleet sends it as the issuer of every sign-in request.',
        },
        { label: 'Metadata URL', value: '{metadata_url}', help: 'Or paste the downloaded metadata XML into Metadata instead.' },
        {
          label: 'Allow SSO login initiated by identity provider',
          value: 'Checked',
          choice: true,
          help: 'Lets users open Fleet from the authentik dashboard.',
        },
        {
          label: 'Create user and sync permissions on login',
          value: 'Checked (Fleet Premium; optional)',
          choice: true,
          help: 'Fleet then creates users on their first login, as global observers unless authentik sends Fleet role attributes.',
        },
      ],
      notes: [
        {
          tone: 'warning',
          text: 'Without just-in-time provisioning each user must already exist in Fleet with the same email address as in authentik, and with Authentication set to Single sign-on.',
        },
        {
          tone: 'info',
          text: 'For end-user authentication in the macOS setup experience, create a second application whose ACS URL is {url}/api/v1/fleet/mdm/sso/callback and enter it under Single sign-on (SSO) › End users.',
        },
      ],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is Fleet’s /api/v1/fleet/sso/callback',
      why: 'Fleet only accepts the response at its own server URL followed by /api/v1/fleet/sso/callback.',
    },
    audience: { why: 'Fleet checks that the assertion’s audience is the Entity ID set in its SSO settings.' },
    'saml-signing': {
      title: 'Responses and assertions are signed',
      why: 'Fleet verifies the signature with the certificate from the metadata; the guide signs both.',
    },
    'metadata-entity-id': { why: 'Fleet reads the IdP issuer from the metadata URL; a response from another issuer is refused.' },
    'username-changes': {
      title: 'Users are matched by email',
      why: 'Fleet matches the NameID against the user’s email address; a changed email address in authentik signs in as nobody.',
    },
  },
  manualTest: {
    steps: [
      'Open Fleet in a private window and click “Sign on with authentik”.',
      'Sign in at authentik with a user whose email address exists in Fleet (or with JIT provisioning on).',
      'Also try the Fleet tile in the authentik user interface.',
    ],
    success: 'You land on the Fleet dashboard, signed in as the user with your authentik email address.',
    errors: [
      [
        'Authentication failed (on Fleet’s login page, with “SSO” in the log)',
        'The response reached Fleet but was refused: the audience is not the Entity ID, or the signature does not match the metadata.',
        'audience',
      ],
      [
        'user not found / “This account is not configured for single sign-on”',
        'No Fleet user has that email address, or its authentication is set to password. Create the user or turn on JIT provisioning.',
      ],
      ['organization not configured to use sso', 'Enable single sign-on is not checked, or the settings were not saved.'],
    ],
  },
  /**
   * Fleet: values copied from https://integrations.goauthentik.io/device-management/fleet/ (sections
   * "Create an application and provider" and "Configure Fleet users": ACS
   * https://fleet.company/api/v1/fleet/sso/callback, Audience and Entity ID https://fleet.company, sign
   * assertions and responses, NameID mapping Email) and https://fleetdm.com/docs/deploy/single-sign-on-sso
   * (ACS = Fleet web address + /api/v1/fleet/sso/callback; Entity ID must equal the IdP's; Name ID
   * Format urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress), for the example input below.
   * The guide sets no NameID format; Fleet's page asks for emailAddress, which is followed.
   */
  expected: {
    sources: { followed: 'vendor for the NameID format (emailAddress), which the guide leaves at authentik’s default' },
    inputs: { url: 'https://fleet.company' },
    launchUrl: 'https://fleet.company',
    saml: {
      acsUrl: 'https://fleet.company/api/v1/fleet/sso/callback',
      audience: 'https://fleet.company',
      binding: 'post',
      nameId: 'email',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      signAssertion: true,
      signResponse: true,
    },
    appSide: {
      'Identity provider name': 'authentik',
      'Entity ID': 'https://fleet.company',
      'Metadata URL': 'https://authentik.company/application/saml/fleet/metadata/',
    },
  },
});
