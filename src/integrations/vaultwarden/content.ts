/** Vaultwarden prose: help texts, the email mapping, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** authentik's default email mapping says email_verified False (2025.10+); Vaultwarden then blocks SSO. */
export const help = {
  url: 'Vaultwarden’s DOMAIN setting, with its sub-path if it has one. You can paste any web vault page; the wizard keeps only the address.',
  authority: 'The issuer with its trailing slash: Vaultwarden compares it with the issuer in authentik’s discovery document.',
  scopes: 'offline_access gives Vaultwarden a refresh token, so sessions outlive the 10-minute access token.',
  unknown: 'Keep false: it only covers a missing email_verified claim, and true lets unverified addresses match accounts.',
};

export const notes = {
  mapping: {
    tone: 'info',
    text: 'The provider answers the email scope with a mapping that marks addresses verified, instead of authentik’s default one: only enable this if the email addresses in authentik are trusted.',
  },
  version: {
    tone: 'info',
    text: 'SSO needs a Vaultwarden release with SSO support (1.35 or later). Restart Vaultwarden after changing the environment.',
  },
  master: { tone: 'info', text: 'Users still set and enter their master password after signing in with SSO.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  signing: 'Vaultwarden accepts only RS256 ID tokens, verified with the keys authentik publishes.',
  email: 'Vaultwarden refuses an email address the login does not mark as verified.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of the web vault, enter your email address and click “Use single sign-on”.',
    'Sign in at authentik, then set or enter your master password.',
    'Keep using the vault for more than five minutes: the session should stay.',
  ],
  success: 'The vault opens after the master password, and stays open past the first access token.',
  errors: [
    {
      message: 'Failed to discover OpenID provider: unexpected issuer URI … (expected …)',
      meaning: 'SSO_AUTHORITY lost its trailing slash.',
      checkId: 'discovery',
    },
    {
      message: 'You must verify your email address with your identity provider',
      meaning: 'The login carries email_verified false: authentik’s default email mapping is still on the provider.',
      checkId: 'email-claim',
    },
    {
      message: 'Invalid JSON web token: found 5 parts (expected 3)',
      meaning: 'The provider has an encryption key, so the ID token is encrypted.',
      checkId: 'encryption-key',
    },
    { message: 'Failed to contact token endpoint: invalid_client', meaning: 'SSO_CLIENT_SECRET is wrong.' },
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'DOMAIN differs from the address the provider lists.',
      checkId: 'redirect-errors',
    },
  ],
};
