/**
 * KnowBe4's Security Awareness Training console signs users in through SAML (Account Settings ›
 * Account Integrations › SAML). KnowBe4 shows its Entity ID and SSO Callback (ACS) URL, generated
 * per account, in its SAML settings; the provider is created with a placeholder ACS URL on the
 * console host and an empty audience, and the round trip writes the real values back. KnowBe4
 * trusts the IdP by the certificate's SHA-256 fingerprint and matches users by email address.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/security/knowbe4/',
    vendor: 'https://support.knowbe4.com/hc/en-us/articles/360041935913-Set-Up-SAML-Single-Sign-on-SSO-for-the-Security-Awareness-Training-Console',
  },
  inputs: {
    region: {
      type: 'subdomain',
      domain: 'knowbe4.com',
      label: 'Console host',
      help: 'The first part of your console address: training for training.knowbe4.com (US), eu, ca, uk or de for the other regions. You can paste the console URL.',
      example: 'training',
      where: 'your console URL (the part before .knowbe4.com)',
      preview: 'Console: https://{region}.knowbe4.com',
    },
  },
  launchUrl: 'https://{region}.knowbe4.com',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://{region}.knowbe4.com/replace-with-the-sso-callback-acs-url-knowbe4-shows',
    audience: '',
    signingKey: 'any',
    nameId: 'email',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    mappings: ['email', 'name'],
  },
  screen: [
    {
      title: 'SAML Settings',
      location: 'Console › your email address › Account Settings › Account Integrations › SAML › SAML Settings',
      fields: [
        { label: 'Enable SAML SSO', value: 'On', choice: true },
        { label: 'IdP SSO Target URL', value: '{saml_url}' },
        { label: 'IdP Cert Fingerprint', value: '{cert_sha256}', help: 'Choose SHA-256 next to the field first.' },
        {
          label: 'Allow Account Creation from SAML Login',
          value: 'On (optional)',
          choice: true,
          help: 'KnowBe4 then creates users on their first SAML login.',
        },
      ],
      notes: [
        {
          tone: 'info',
          text: 'Click Save SAML Settings, then copy the Entity ID and SSO Callback (ACS) URL shown in the same box into the next step.',
        },
        {
          tone: 'warning',
          text: 'Turn on Disable non-SAML Logins for All Users only after a SAML login worked; keep Allow Admins with MFA to Bypass SAML Login on so an administrator can recover.',
        },
      ],
    },
  ],
  roundTrip: {
    title: "Copy KnowBe4's SAML values back into authentik",
    intro:
      'KnowBe4 generates its Entity ID and SSO Callback (ACS) URL for your account and shows them in the SAML Settings box. Paste both here: the wizard writes them into the provider.',
    where: 'in the SAML Settings box',
    fields: {
      acs: {
        label: 'SSO Callback (ACS) URL',
        sets: 'acs_url',
        help: "Written into the provider's ACS URL.",
        example: 'https://training.knowbe4.com/auth/saml/…/callback',
      },
      entity: {
        label: 'Entity ID',
        sets: 'audience',
        help: "Written into the provider's Audience.",
        example: 'https://training.knowbe4.com/auth/saml/…',
      },
    },
  },
  checks: {
    'acs-url': { title: 'The ACS URL is the SSO Callback (ACS) URL KnowBe4 shows' },
    audience: { why: 'KnowBe4 refuses an assertion whose audience is not the Entity ID in its SAML settings.' },
    'metadata-certificate': {
      why: 'KnowBe4 checks each signature against the SHA-256 fingerprint it was given; another certificate fails every login.',
    },
    'certificate-expiry': {
      why: 'An expired signing certificate fails every KnowBe4 login, and a renewed one needs its new fingerprint in KnowBe4.',
    },
    'username-changes': {
      title: 'Users are matched by email',
      why: 'KnowBe4 finds the user by the email address in the NameID; a changed address signs in as nobody (or creates a new user).',
    },
  },
  manualTest: {
    steps: [
      'Log out of KnowBe4 and open the console login page in a private window.',
      'Enter the email address of a user who signs in with SSO: KnowBe4 sends you to authentik. Sign in.',
      'Also try the KnowBe4 tile in the authentik user interface.',
    ],
    success: 'You land in the KnowBe4 console as the user with your authentik email address.',
    errors: [
      [
        'SAML Response is invalid / Invalid SAML response',
        'The fingerprint in KnowBe4 is not the provider’s certificate, or the audience is not the Entity ID.',
        'metadata-certificate',
      ],
      ['The user could not be found', 'No KnowBe4 user has the email address authentik sent, and account creation from SAML is off.'],
      [
        'The browser stays on an address with replace-with-the-sso-callback-acs-url',
        'The round trip was skipped: the provider still has the placeholder ACS URL.',
        'acs-url',
      ],
    ],
  },
  /**
   * KnowBe4: values copied from https://integrations.goauthentik.io/security/knowbe4/ (sections "Create an
   * application and provider": NameID Email, Default NameID Policy Email address; "KnowBe4 configuration":
   * IdP SSO Target URL https://authentik.company/application/saml/<application_slug>/, SHA-256 fingerprint;
   * "Reconfigure authentik provider": ACS and Audience from KnowBe4) and KnowBe4's "Set Up SAML Single
   * Sign-on (SSO) for the Security Awareness Training Console" (Entity ID and SSO Callback (ACS) URL are
   * generated per account on training.knowbe4.com or the regional host), for the input below. The
   * round-trip values are illustrative: neither page prints their generated part. They agree.
   */
  expected: {
    inputs: { region: 'training' },
    launchUrl: 'https://training.knowbe4.com',
    roundTrip: { acs: 'https://training.knowbe4.com/auth/saml/a1b2c3d4e5/callback', entity: 'https://training.knowbe4.com/auth/saml/a1b2c3d4e5' },
    saml: {
      acsUrl: 'https://training.knowbe4.com/auth/saml/a1b2c3d4e5/callback',
      audience: 'https://training.knowbe4.com/auth/saml/a1b2c3d4e5',
      binding: 'post',
      nameId: 'email',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    },
    appSide: { 'IdP SSO Target URL': 'https://authentik.company/application/saml/knowbe4/' },
  },
});
