/** SonarQube prose: attribute names, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** The attribute names authentik's managed SAML mappings send. */
export const ATTRIBUTES = {
  login: 'http://schemas.goauthentik.io/2021/02/saml/username',
  name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
  email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
  groups: 'http://schemas.xmlsoap.org/claims/Group',
};

export const help = {
  url: 'SonarQube’s Server base URL (Administration › Configuration › General › Server base URL), with a sub-path if it has one. You can paste any SonarQube page; the wizard keeps only the base address.',
  appId: 'SonarQube’s entity ID. Any value works if authentik’s Audience is the same; the wizard uses the guide’s value.',
  providerId: 'authentik’s issuer (entity ID), exactly as here.',
  cert: 'The whole PEM, with the BEGIN and END lines. Paste it again whenever the signing certificate is renewed.',
};

export const notes = {
  enable: {
    tone: 'info',
    text: 'Save the configuration, then click Enable configuration. Keep a local administrator: users signing in with SAML get no rights until you grant them.',
  },
  edition: {
    tone: 'warning',
    text: 'SAML needs SonarQube Server Developer Edition or above, and the Server base URL must be set to the address given here: SonarQube compares the response destination with it.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'authentik posts the signed login to this address; SonarQube refuses a response “received at” another address than its Server base URL + /oauth2/callback/saml.',
  audience: 'SonarQube rejects a response whose audience differs from its Application ID.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of SonarQube and open its login page in a private window.',
    'Click “Log in with authentik” and sign in at authentik.',
    'As an administrator, check Administration › Security › Users for the new account.',
  ],
  success: 'You are in SonarQube as your authentik username, with your name and email from authentik.',
  errors: [
    {
      message: 'You’re not authorized to access this page (“Invalid issuer in the Assertion/Response” in web.log)',
      meaning: 'The Provider ID differs from authentik’s issuer. Copy it again from the configuration screen.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'You’re not authorized to access this page (“Invalid audience for this Response” in web.log)',
      meaning: 'The Application ID differs from the provider’s Audience.',
      checkId: 'audience',
    },
    {
      message: 'You’re not authorized to access this page (“Signature validation failed. SAML Response rejected” in web.log)',
      meaning: 'The Identity provider certificate is not the certificate authentik signs with, or it was renewed.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'You’re not authorized to access this page (“The response was received at … instead of …” in web.log)',
      meaning: 'The Server base URL in SonarQube differs from the address behind the ACS URL (http vs https, another host or sub-path).',
      checkId: 'acs-url',
    },
  ],
};
