/** Discourse prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address of the forum (Discourse’s hostname, with https). You can paste any Discourse page; the wizard keeps only the base address.',
  enabled: 'Tick the checkbox.',
  discovery: 'The full discovery document URL, not the issuer.',
  scope: 'Space separated. The plugin’s default is only openid, which sends no email address.',
};

export const notes = {
  plugin: {
    tone: 'info',
    text: 'The OpenID Connect plugin ships with self-hosted Discourse; on Discourse-hosted sites it needs the Business or Enterprise plan. Each setting saves on its own when you click the check mark.',
  },
  confirm: {
    tone: 'info',
    text: 'Optional: under Admin › All site settings › Login, enable “auth skip create confirm” so the first login creates the account without the confirmation dialog.',
  },
  logout: {
    tone: 'info',
    text: 'Optional single logout, not set up by the wizard: add a Post Logout redirect URI {url}/ to the provider, then enable “openid connect rp initiated logout” and set “openid connect rp initiated logout redirect” to {url}/.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Discourse sends its base URL followed by /auth/oidc/callback; any other string gets “Redirect URI Error”.',
  email: 'Discourse creates and links accounts by the email address from the userinfo answer.',
  verified:
    'Discourse trusts the address only when email_verified is true; authentik’s default email mapping sends false (since 2025.10), so new users would be asked to confirm by email and existing accounts would not be matched.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open Discourse in a private window and click Log In.',
    'Click “with OpenID Connect” (the button may read “Login with OpenID Connect”) and sign in at authentik.',
    'Confirm the account details if Discourse asks (unless auth skip create confirm is on).',
  ],
  success: 'You are back in Discourse, signed in; a first login creates or links the account with your authentik email address.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Discourse’s hostname differs from the address given here (http, another host or a sub-folder).',
      checkId: 'redirect-errors',
    },
    {
      message: 'Sorry, there was an error authorizing your account. Please try again.',
      meaning:
        'The plugin could not read the discovery document or the token exchange failed: check the discovery URL and the client secret; turn on openid connect verbose logging for details in /logs.',
    },
    {
      message: 'Discourse sends an activation email instead of signing in',
      meaning: 'The login carried email_verified false: the provider uses authentik’s default email mapping instead of the verified one.',
      checkId: 'custom-mappings',
    },
  ],
};
