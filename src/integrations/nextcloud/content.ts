/** Nextcloud prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address Nextcloud runs at, with its sub-folder if it has one (for example /nextcloud). You can paste any Nextcloud page; the wizard keeps only the base address.',
  identifier: 'Shown on the login button. It cannot be renamed later, and it ends the back-channel logout URL Nextcloud lists for this provider.',
  postLogout: 'The guide leaves this empty; set it so Nextcloud sends exactly the Post Logout URI authentik lists.',
  userId: 'sub is the authentik user UUID (the provider’s subject mode), so accounts survive renames.',
};

export const notes = {
  app: {
    tone: 'info',
    text: 'Install “OpenID Connect user backend” (user_oidc) from the Nextcloud app store first, then click + under Registered Providers.',
  },
  https: {
    tone: 'warning',
    text: 'Nextcloud must know it is served over https (overwriteprotocol and trusted_proxies behind a reverse proxy), or the login stops with “You must access Nextcloud with HTTPS to use OpenID Connect.”',
  },
  lan: { tone: 'info', text: "If Nextcloud reaches authentik on a private address, add 'allow_local_remote_servers' => true to config/config.php." },
  direct: { tone: 'info', text: 'Local accounts can still sign in at {url}/login?direct=1.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'user_oidc sends the Nextcloud URL followed by /apps/user_oidc/code, or /index.php/ in front when pretty URLs are off; the wizard lists both.',
  signing: 'user_oidc verifies each ID token with the keys at the provider’s JWKS URL and needs an asymmetric key.',
  email: 'user_oidc reads the email address and display name from the ID token when it creates the account.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open the Nextcloud login page (/login) in a private window and click the button named after the Identifier.',
    'Sign in at authentik.',
    'Log out of Nextcloud: you should pass authentik’s logout page and return to Nextcloud.',
  ],
  success: 'You land in Nextcloud as a user whose display name and email address come from authentik.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Nextcloud sent another address: http instead of https, another host, or an /index.php/ form the provider does not list.',
      checkId: 'redirect-errors',
    },
    {
      message: 'You must access Nextcloud with HTTPS to use OpenID Connect.',
      meaning: 'Nextcloud believes it runs on plain http. Set overwriteprotocol to https and trust the reverse proxy.',
    },
    {
      message: 'An error page on /apps/user_oidc/code about the token or its signature',
      meaning: 'The signing key is missing or was changed; user_oidc caches the keys, so save the provider again in Nextcloud.',
      checkId: 'signing-key',
    },
  ],
};
