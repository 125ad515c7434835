/**
 * Semgrep AppSec Platform signs users of an email domain in through Custom SAML (Settings › Access ›
 * Login methods). Semgrep shows its SSO URL and Audience URL (SP Entity ID) for the organisation only
 * in its setup dialog, so the provider is created with a placeholder ACS URL on semgrep.dev and an
 * empty audience; the round trip writes them back. Semgrep reads id, email, name, firstName and
 * lastName, which authentik does not ship, and takes the email address as the NameID.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/security/semgrep/', vendor: 'https://semgrep.dev/docs/deployment/sso' },
  inputs: {
    domain: {
      type: 'host',
      label: 'Email domain',
      help: 'The domain of the email addresses that sign in to Semgrep with authentik, e.g. company.com.',
      example: 'some.company',
      preview: 'Users @{domain} sign in through authentik',
    },
  },
  launchUrl: 'https://semgrep.dev/login',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://semgrep.dev/replace-with-the-sso-url-semgrep-shows',
    audience: '',
    signingKey: 'any',
    nameId: 'custom:semgrep-email',
    mappings: [],
    customMappings: [
      { name: 'semgrep-id', attribute: 'id', expression: 'return request.user.email' },
      { name: 'semgrep-email', attribute: 'email', expression: 'return request.user.email' },
      { name: 'semgrep-name', attribute: 'name', expression: 'return request.user.name' },
      {
        name: 'semgrep-first-name',
        attribute: 'firstName',
        expression: 'return request.user.name.split(" ", 1)[0] if request.user.name else request.user.username',
      },
      {
        name: 'semgrep-last-name',
        attribute: 'lastName',
        expression: 'return request.user.name.rsplit(" ", 1)[-1] if " " in request.user.name else ""',
      },
    ],
  },
  screen: [
    {
      title: 'Single sign-on (SSO)',
      location: 'Semgrep AppSec Platform › Settings › Access › Login methods › Single sign-on (SSO)',
      fields: [
        {
          label: 'Email domain',
          value: '{domain}',
          help: 'Click Initialize, then choose Custom SAML; copy the SSO URL and the Audience URL (SP Entity ID) into the next step and keep the dialog open.',
        },
      ],
    },
    {
      title: 'Identity provider details',
      location: 'Configure Single Sign-On dialog (after the round trip below)',
      fields: [
        { label: 'IdP SSO URL', value: '{saml_url}' },
        { label: 'IdP Issuer ID', value: '{entity_id}' },
        { label: 'Upload/paste certificate', value: '{cert_pem}', help: 'The whole PEM, with the BEGIN and END lines.' },
      ],
      notes: [
        {
          tone: 'info',
          text: 'Follow Semgrep’s prompts to test the SAML sign-in, then finish the setup and check that the connection is active under Login methods.',
        },
      ],
    },
  ],
  roundTrip: {
    title: "Copy Semgrep's SP values back into authentik",
    intro:
      'Semgrep shows the SSO URL and the Audience URL (SP Entity ID) of your organisation in the Configure Single Sign-On dialog. Paste both here: the wizard writes them into the provider.',
    where: 'in the Configure Single Sign-On dialog',
    fields: {
      acs: { label: 'SSO URL', sets: 'acs_url', help: "Written into the provider's ACS URL.", example: 'https://semgrep.dev/api/auth/saml/…' },
      entity: {
        label: 'Audience URL (SP Entity ID)',
        sets: 'audience',
        help: "Written into the provider's Audience.",
        example: 'https://semgrep.dev/api/auth/saml/…',
      },
    },
  },
  checks: {
    'acs-url': { title: 'The ACS URL is the SSO URL Semgrep shows' },
    audience: { why: 'Semgrep refuses an assertion whose audience is not the Audience URL (SP Entity ID) it showed.' },
    'custom-mappings': {
      title: 'The Semgrep attributes are on the provider',
      why: 'Semgrep reads id, email, name, firstName and lastName; a missing one fails the test sign-in.',
    },
    'username-changes': {
      title: 'Users are matched by email',
      why: 'Semgrep identifies users by the email address in the NameID and id; a changed address arrives as a new user.',
    },
  },
  manualTest: {
    steps: [
      'Log out of Semgrep and open https://semgrep.dev/login in a private window.',
      'Choose SSO, enter an email address of your domain, and sign in at authentik.',
    ],
    success: 'You land in Semgrep AppSec Platform as the user with your authentik email address.',
    errors: [
      [
        'SAML login failed / Invalid SAML response (Semgrep test)',
        'The audience or ACS URL are not the ones Semgrep showed, or the certificate differs.',
        'audience',
      ],
      ['Missing attribute: email (or firstName, lastName)', 'A Semgrep mapping is missing on the provider.', 'custom-mappings'],
      [
        'No SSO connection for this email domain',
        'The email domain in Semgrep differs from the user’s address, or the connection is not active yet.',
      ],
    ],
  },
  /**
   * Semgrep: values copied from https://integrations.goauthentik.io/security/semgrep/ (sections "Create
   * property mappings": id, email, name, firstName, lastName with their expressions; "Create an application
   * and provider": NameID semgrep-email; "Semgrep configuration": Email domain, Custom SAML, SSO URL and
   * Audience URL (SP Entity ID); "Enable SSO in Semgrep": IdP SSO URL, IdP Issuer ID, certificate) and
   * https://semgrep.dev/docs/deployment/sso (Custom SAML shows the SSO URL and Audience URL for the
   * organisation), for the input below. The round-trip values are illustrative: neither page prints them.
   * They agree.
   */
  expected: {
    inputs: { domain: 'some.company' },
    launchUrl: 'https://semgrep.dev/login',
    roundTrip: { acs: 'https://semgrep.dev/api/auth/saml/12345/', entity: 'https://semgrep.dev/api/auth/saml/12345/metadata' },
    saml: {
      acsUrl: 'https://semgrep.dev/api/auth/saml/12345/',
      audience: 'https://semgrep.dev/api/auth/saml/12345/metadata',
      binding: 'post',
      nameId: 'custom',
      attributes: ['id', 'email', 'name', 'firstName', 'lastName'],
    },
    appSide: {
      'Email domain': 'some.company',
      'IdP SSO URL': 'https://authentik.company/application/saml/semgrep/',
      'IdP Issuer ID': 'https://authentik.company/application/saml/semgrep/metadata/',
    },
  },
});
