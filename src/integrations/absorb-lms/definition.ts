/**
 * Absorb LMS (cloud) signs users in through an SSO configuration of method OpenID Connect (Client
 * Settings › SSO configuration). It calls back to <portal>/api/rest/v2/authentication/openIdConnect,
 * verifies RS256 ID tokens with the keys it discovers, and finds the Absorb user by the email address.
 * The guide's default tab is OIDC; its SAML tab is another definition's job (one protocol per entry).
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/learning/absorb-lms/',
    vendor: 'https://support.absorblms.com/hc/en-us/articles/360001205288-OpenId-Connect-Single-Sign-On',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Absorb LMS portal URL',
      help: 'The address of your Absorb portal route, e.g. https://company.myabsorb.com (or .ca, .eu, a custom domain). You can paste any portal page; the wizard keeps only the base address.',
      example: 'https://company.myabsorb.com',
      pages: ['admin', 'api', 'dashboard', 'login', 'catalog', 'my-courses', 'course', 'account'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/api/rest/v2/authentication/openIdConnect'], signingKey: 'rsa' },
  screen: [
    {
      title: 'Add SSO Configuration',
      location: 'Admin Experience › account icon › Client Settings › SSO configuration › Add SSO Configuration',
      fields: [
        { label: 'Name', value: 'authentik' },
        { label: 'Method', value: 'OpenID Connect', choice: true },
      ],
    },
    {
      title: 'Configuration',
      fields: [
        { label: 'OpenID Connect authentication protocol method', value: 'Client Secret Basic', choice: true },
        { label: 'JWT signature type used for the authentication', value: 'RS256', choice: true },
        {
          label: 'Use Dynamic Keys',
          value: 'Enabled',
          choice: true,
          help: 'Absorb then reads authentik’s signing keys from the JWKS URL in the discovery document.',
        },
        { label: 'Discovery URL', value: '{discovery_url}' },
        { label: 'Client Identifier from the Authorization Server', value: '{client_id}' },
        { label: 'Client Secret from the Authorization Server', value: '{client_secret}', secret: true },
        { label: 'Issuer URL', value: '{issuer}' },
        { label: 'Authorization Endpoint URL', value: '{authorize_url}' },
        { label: 'Token Endpoint URL', value: '{token_url}' },
        { label: 'ID Property', value: 'Email Address', choice: true, help: 'Absorb finds the user whose email address equals the email claim.' },
        {
          label: 'Logout URL',
          value: '{end_session_url}',
          optional: true,
          help: 'Optional: ends the authentik session when users log out of Absorb.',
        },
      ],
    },
    {
      title: 'Access',
      fields: [
        { label: 'Assigned Routes', value: 'The portal routes that sign in with authentik', choice: true },
        { label: 'Automatically Redirect', value: 'On (optional)', choice: true, help: 'Sends users of the assigned routes straight to authentik.' },
      ],
      notes: [
        {
          tone: 'warning',
          text: 'Absorb does not create users at login: each user must already exist in Absorb (or be provisioned by SCIM) with the same email address as in authentik.',
        },
      ],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is Absorb’s /api/rest/v2/authentication/openIdConnect',
      why: 'Absorb sends the portal address followed by /api/rest/v2/authentication/openIdConnect (with that case); any other string gets “Redirect URI Error”.',
    },
    'signing-key': { why: 'The SSO configuration verifies the JWT signature as RS256: an EC key fails every login.' },
    'email-claim': { source: 'id_token', why: 'The ID Property is the email address: Absorb finds the user by the email claim in the ID token.' },
    discovery: { why: 'The discovery, issuer, authorization and token URLs in Absorb must be the ones authentik announces.' },
  },
  manualTest: {
    steps: [
      'Open an assigned route of the Absorb portal in a private window.',
      'With Automatically Redirect on you go straight to authentik; otherwise click the SSO login. Sign in with a user whose email address exists in Absorb.',
    ],
    success: 'You land in the Absorb learner dashboard as the user with your authentik email address.',
    errors: [
      [
        'Redirect URI Error (on an authentik page)',
        'Absorb sent another callback: the route’s domain differs from the one given here.',
        'redirect-errors',
      ],
      [
        'User not found / “Your account could not be found” on Absorb',
        'No Absorb user has the email address authentik sent, or the user is inactive.',
        'email-claim',
      ],
      [
        'Invalid token signature (Absorb)',
        'The provider signs with an EC key, or Use Dynamic Keys is off: choose an RSA key and turn dynamic keys on.',
        'signing-key',
      ],
    ],
  },
  /**
   * Absorb LMS: values copied from https://integrations.goauthentik.io/learning/absorb-lms/ (OIDC tab,
   * sections "Create an application and provider": redirect
   * https://company.myabsorb.com/api/rest/v2/authentication/openIdConnect; "Configure Absorb LMS SSO":
   * Client Secret Basic, RS256, Use Dynamic Keys, discovery/issuer/authorize/token URLs, ID Property
   * Email Address) and Absorb's "OpenID Connect Single Sign-On" article (the same fields; RS256 signature
   * type; users matched on the ID property), for the input below. The guide and the vendor agree.
   */
  expected: {
    inputs: { url: 'https://company.myabsorb.com' },
    launchUrl: 'https://company.myabsorb.com',
    oidc: {
      redirectUris: ['https://company.myabsorb.com/api/rest/v2/authentication/openIdConnect'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'RS256',
      claims: ['email'],
    },
    appSide: {
      'OpenID Connect authentication protocol method': 'Client Secret Basic',
      'JWT signature type used for the authentication': 'RS256',
      'Discovery URL': 'https://authentik.company/application/o/absorb-lms/.well-known/openid-configuration',
      'Issuer URL': 'https://authentik.company/application/o/absorb-lms/',
      'Authorization Endpoint URL': 'https://authentik.company/application/o/authorize/',
      'Token Endpoint URL': 'https://authentik.company/application/o/token/',
      'ID Property': 'Email Address',
      'Logout URL': 'https://authentik.company/application/o/absorb-lms/end-session/',
    },
  },
});
