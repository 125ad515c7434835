/** wg-easy prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The https address of the wg-easy web UI. You can paste any wg-easy page; the wizard keeps only the address.',
  server: 'The issuer, with its trailing slash: wg-easy discovers the endpoints under it.',
  register: 'true creates a wg-easy user on the first login; false lets only existing users sign in after linking their account.',
};

export const notes = {
  version: { tone: 'info', text: 'External authentication needs wg-easy 15.4 or later. Restart the container after changing the environment.' },
  admin: {
    tone: 'warning',
    text: 'wg-easy gives auto-registered users administrator rights (it has no permission system yet): everyone authentik lets into the application can manage the WireGuard server. Bind the application to the right users.',
  },
  only: { tone: 'info', text: 'To make authentik the only login: DISABLE_PASSWORD_AUTH=true and OAUTH_AUTO_LAUNCH=oidc.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'wg-easy sends https://<its host>/api/auth/oidc/callback, and …/api/auth/oidc/link when an existing user links the account; any other string gets “Redirect URI Error”.',
  email: 'wg-easy accepts only logins whose email_verified is true, which authentik’s default email mapping does not send.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart wg-easy, sign out, and click Sign in with authentik on the login page.',
    'Sign in at authentik.',
    'To link an existing account: sign in with its password, then link authentik in the account settings.',
  ],
  success: 'You are in wg-easy as your authentik user (created on the first login when OAUTH_AUTO_REGISTER=true).',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'wg-easy is opened at another host, or the link redirect URI (…/api/auth/oidc/link) is missing.',
      checkId: 'redirect-errors',
    },
    {
      message: 'The login is refused because the email is not verified',
      meaning: 'authentik sent email_verified false: the verified email scope mapping is missing.',
      checkId: 'custom-mappings',
    },
    { message: 'No Sign in with authentik button', meaning: 'OAUTH_PROVIDERS does not include oidc, or the container was not restarted.' },
  ],
};
