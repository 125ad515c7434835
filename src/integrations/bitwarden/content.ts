/** Bitwarden prose: help texts, notes and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  sso: 'Bitwarden’s SSO address: https://sso.bitwarden.com (Cloud US), https://sso.bitwarden.eu (Cloud EU), or your self-hosted address followed by /sso.',
  identifier: 'A globally unique identifier members type at login (members of a claimed domain skip it).',
  authority: 'The issuer, with its trailing slash.',
};

export const notes = {
  plan: {
    tone: 'warning',
    text: 'SSO needs an Enterprise organisation. Depending on Member decryption options, members may still enter their master password after SSO.',
  },
  saml: { tone: 'info', text: 'The guide also documents SAML 2.0 (Type: SAML 2.0); this wizard sets up its default, OpenID Connect.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'Log out of Bitwarden, enter the email address of a member and click Use single sign-on.',
    'Enter the SSO Identifier if Bitwarden asks, then sign in at authentik.',
  ],
  success: 'You are in the Bitwarden vault (after the master password, if your decryption option needs it).',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The SSO address differs: Cloud region (sso.bitwarden.com / .eu) or the self-hosted /sso path.',
      checkId: 'redirect-errors',
    },
    { message: 'Unable to find organization / SSO is not enabled', meaning: 'The SSO Identifier is wrong, or Allow SSO authentication is off.' },
  ],
};
