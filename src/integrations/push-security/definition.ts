/**
 * Push Security signs admins in through a Custom SAML connection (Settings › Organization › SAML
 * Configuration), run by its login service at login.pushsecurity.com. Push shows the connection's
 * Single Sign-On URL and Service Provider Entity URL in its setup wizard, so the provider is created
 * with a placeholder ACS URL on that host and an empty audience; the round trip writes them back.
 * Push needs first and last names apart: two custom mappings split authentik's full name.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/security/push-security/', vendor: 'https://pushsecurity.com/help/10123' },
  inputs: {},
  // No launch URL: the checks take the app's host from it, and the SAML login host is login.pushsecurity.com.
  provider: {
    protocol: 'saml',
    acsUrl: 'https://login.pushsecurity.com/replace-with-the-single-sign-on-url-push-shows',
    audience: '',
    binding: 'post',
    signingKey: 'any',
    nameId: 'persistent',
    mappings: ['email', 'name', 'username', 'upn', 'uid', 'groups'],
    customMappings: [
      {
        name: 'Push Security: givenname',
        attribute: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
        expression: 'return request.user.name.rsplit(" ", 1)[0]',
      },
      {
        name: 'Push Security: familyname',
        attribute: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
        expression: 'return request.user.name.rsplit(" ", 1)[-1]',
      },
    ],
  },
  screen: [
    {
      title: 'Custom SAML',
      location: 'Push admin console › Settings › Organization › SAML Configuration › Setup › Get Started › Custom SAML › Next › Manual',
      fields: [
        { label: 'Single Sign-On Login URL', value: '{sso_post_url}' },
        {
          label: 'Upload signing certificate',
          value: '{cert_pem}',
          help: 'Save this PEM as a .pem file and upload it: the whole text, with the BEGIN and END lines.',
        },
        {
          label: 'Sign request',
          value: 'Off (optional: on, then import Push’s verification certificate into authentik)',
          choice: true,
          help: 'Under Advanced Settings.',
        },
      ],
      notes: [
        {
          tone: 'info',
          text: 'Before choosing Manual, copy the Single Sign-On URL and the Service Provider Entity URL shown by Push into the next step. On the Attribute Mapping page click Next without changes, and leave the Test SSO page open.',
        },
        {
          tone: 'info',
          text: 'Back on Test SSO, click Test Connection, sign in at authentik, then Enable Connection. Sending users from Push’s email prompt to authentik is a feature Push support turns on.',
        },
      ],
    },
  ],
  roundTrip: {
    title: "Copy Push Security's SAML values back into authentik",
    intro:
      'Push shows the Single Sign-On URL and the Service Provider Entity URL of your connection in the Custom SAML wizard. Paste both here: the wizard writes them into the provider.',
    where: 'in the Custom SAML wizard',
    fields: {
      acs: {
        label: 'Single Sign-On URL',
        sets: 'acs_url',
        help: "Written into the provider's ACS URL.",
        example: 'https://login.pushsecurity.com/login/callback?connection=saml-…',
      },
      entity: {
        label: 'Service Provider Entity URL',
        sets: 'audience',
        help: "Written into the provider's Audience.",
        example: 'urn:auth0:production-pushsecurity:saml-…',
      },
    },
  },
  checks: {
    'acs-url': { title: 'The ACS URL is the Single Sign-On URL Push shows' },
    audience: { why: 'Push’s login service refuses an assertion whose audience is not the Service Provider Entity URL of the connection.' },
    'custom-mappings': {
      title: 'The given name and surname attributes are on the provider',
      why: 'Push requires separate first and last names; authentik only has the full name, which the two mappings split.',
    },
  },
  manualTest: {
    steps: [
      'On Push’s Test SSO page, click Test Connection.',
      'Sign in at authentik.',
      'Then open the Push Security tile in the authentik user interface.',
    ],
    success: 'Push shows “Testing complete!”; from the tile you land in the Push admin console.',
    errors: [
      [
        'Audience is invalid / invalid_request (on login.pushsecurity.com)',
        'The Audience is not the Service Provider Entity URL Push showed.',
        'audience',
      ],
      [
        'Invalid thumbprint / signature validation failed',
        'The uploaded certificate is not the provider’s signing certificate; upload it again.',
        'metadata-certificate',
      ],
      [
        'The test stops on missing first or last name',
        'The givenname and surname mappings are not on the provider, or the user has no name in authentik.',
        'custom-mappings',
      ],
    ],
  },
  /**
   * Push Security: values copied from https://integrations.goauthentik.io/security/push-security/ (sections
   * "Create property mappings": givenname and surname attribute names and expressions; "Create an
   * application and provider": Service Provider Binding Post; "Push Security configuration": Single Sign-On
   * Login URL https://authentik.company/application/saml/<application_slug>/sso/binding/post/;
   * "Reconfigure authentik provider": ACS e.g. https://login.pushsecurity.com/login/callback?connection=saml-aaa…,
   * Audience e.g. urn:auth0:production-pushsecurity:saml-aaa…) and Push's SAML SSO help
   * https://pushsecurity.com/help/10123, for the round-trip values below (illustrative: the guide
   * elides the generated part). The guide sets no NameID mapping (authentik's hashed user id). They agree.
   */
  expected: {
    inputs: {},
    roundTrip: {
      acs: 'https://login.pushsecurity.com/login/callback?connection=saml-aaa111',
      entity: 'urn:auth0:production-pushsecurity:saml-aaa111',
    },
    saml: {
      acsUrl: 'https://login.pushsecurity.com/login/callback?connection=saml-aaa111',
      audience: 'urn:auth0:production-pushsecurity:saml-aaa111',
      binding: 'post',
      nameId: 'hashed_uid',
      attributes: [
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
      ],
    },
    appSide: { 'Single Sign-On Login URL': 'https://authentik.company/application/saml/push-security/sso/binding/post/' },
  },
});
