/** Kavita prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address Kavita is opened at. You can paste any Kavita page; the wizard keeps only the address.',
  authority: 'The issuer, with its trailing slash: Kavita reads the discovery document under it.',
  provision: 'Creates a Kavita account for a user who signs in through authentik for the first time.',
  verified: 'Off: authentik’s default email mapping reports email_verified as false, which Kavita would otherwise refuse.',
};

export const notes = {
  restart: { tone: 'warning', text: 'Restart Kavita after saving: the OpenID Connect settings take effect only after a restart.' },
  logout: {
    tone: 'info',
    text: 'For single logout, the guide also sets the provider’s Logout URI to {url}/signout-oidc with Logout Method Front-channel (authentik 2026.5+); set it by hand if you want it.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Kavita (ASP.NET OpenID Connect) sends its address followed by /signin-oidc; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Kavita, sign out, and click Login with SSO on the login page.',
    'Sign in at authentik.',
    'Sign out again: Kavita should return through authentik to /signout-callback-oidc.',
  ],
  success: 'You are in Kavita as your authentik user; with Provision Accounts on, the account is created on the first login.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Kavita is opened at another address than the one given here, or a proxy makes it send http://.',
      checkId: 'redirect-errors',
    },
    {
      message: 'The login returns to Kavita with an error about an unverified email',
      meaning: 'Require Verified Emails is on while authentik sends email_verified false: turn it off.',
    },
    { message: 'No account is found after the login', meaning: 'Provision Accounts is off and no Kavita user has that email address.' },
  ],
};
