/** Kanboard prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'Kanboard’s Application URL (Settings › Application settings), including a sub-folder if it has one. You can paste any Kanboard page; the wizard keeps only the base address.',
  callback:
    'Read-only and filled in by Kanboard. It must read exactly this; if it shows …/?controller=OAuthController&action=handler&plugin=OAuth2, URL rewriting is off (see the note).',
  userId: 'authentik’s stable subject for this provider; Kanboard links the account by it.',
};

export const notes = {
  plugin: {
    tone: 'info',
    text: "To install the plugin from the web interface, add define('PLUGIN_INSTALLER', true); to config.php (Docker: /var/www/app/data/config.php), restart, then Settings › Plugins › OAuth2 › Install.",
  },
  rewrite: {
    tone: 'warning',
    text: "The callback /oauth/callback exists only with URL rewriting: define('ENABLE_URL_REWRITE', true); in config.php (set in the official Docker image). Also set the Application URL to {url}/ so Kanboard builds the callback from it.",
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Kanboard sends its Application URL followed by /oauth/callback; authentik refuses any other string with “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of Kanboard and click “OAuth2 login” on the login page.',
    'Sign in at authentik.',
    'Check under Users that the account was created (or linked) with your authentik username and email.',
  ],
  success: 'You land on the Kanboard dashboard, signed in as the user with your authentik username.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Kanboard sent another callback: URL rewriting is off, or the Application URL differs from the address given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'External authentication failed',
      meaning:
        'The token exchange or the User API request failed (client secret, Token URL or User API URL), or Allow Account Creation is off and no user matches.',
    },
    {
      message: 'The OAuth2 state parameter is invalid',
      meaning: 'Kanboard lost its session during the login: open it at exactly its Application URL and try again.',
    },
  ],
};
