/** Zammad prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address of Zammad (its FQDN with https). You can paste any Zammad page; the wizard keeps only the base address.',
  cert: 'The whole PEM, with the BEGIN and END lines.',
  fingerprint: 'Leave empty: give Zammad the certificate or the fingerprint, never both.',
  format: 'Zammad expects an email address as the unique identifier.',
  uid: 'Leave empty: Zammad then uses the NameID, which authentik fills with the email address.',
};

export const notes = {
  link: {
    tone: 'info',
    text: 'At the top of Third-party Applications, enable “Automatic account link on initial logon” so existing Zammad users are linked to their authentik account by email address at the first sign-in.',
  },
  logout: {
    tone: 'info',
    text: 'Single logout is optional and not set up by the wizard: in the authentik provider set SLS URL {url}/auth/saml/slo, SLS Binding Redirect and Logout Method Front-channel (Iframe).',
  },
  submit: {
    tone: 'info',
    text: 'Click Submit. If Zammad cannot validate authentik’s TLS certificate, fix the trust path rather than switching SSL verification off.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'Zammad receives SAML responses only at /auth/saml/callback.',
  audience: 'Zammad’s SP entity ID is its metadata address, /auth/saml/metadata; a response for another audience is rejected.',
  mappings:
    'Zammad reads the attributes email, name, first_name and last_name, and expects the email address as NameID; authentik sends none of these names by default.',
  signing: 'Zammad’s SAML library (ruby-saml) verifies RSA signatures only.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Zammad and open its login page.',
    'Click the authentik button (it shows the Display name) and sign in at authentik.',
    'If the login fails, look at the Zammad log (production.log) for the SAML error.',
  ],
  success: 'You are signed in to Zammad as the user with your authentik email address.',
  errors: [
    {
      message: 'There is no SAML button on the login page',
      meaning: '“Authentication via SAML” is not switched on, or the settings were not submitted.',
    },
    {
      message: 'Zammad log: “Invalid Audience …”',
      meaning: 'The provider’s Audience is not Zammad’s /auth/saml/metadata address.',
      checkId: 'audience',
    },
    {
      message: 'Zammad log: “Invalid Signature on SAML Response” or a fingerprint mismatch',
      meaning: 'The IDP certificate in Zammad is not the one authentik signs with, or the provider signs with an EC key.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'A new, empty Zammad user instead of your existing one',
      meaning: 'Automatic account link on initial logon is off, or the email addresses differ.',
    },
  ],
};
