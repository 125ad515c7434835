/** HedgeDoc prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'HedgeDoc’s public address, with a sub-path (CMD_URL_PATH) if it has one. You can paste any HedgeDoc page; the wizard keeps only the base address.',
  ssl: 'HedgeDoc builds its callback from CMD_DOMAIN, CMD_URL_PATH and this flag; without it the callback starts with http://.',
  name: 'The text of the login option.',
  id: 'The stable id HedgeDoc stores for the account.',
};

export const notes = {
  domain: {
    tone: 'warning',
    text: 'CMD_DOMAIN must be the host of {url} (no https://, no path) and CMD_URL_ADDPORT false behind a reverse proxy: HedgeDoc sends its own idea of its address as the redirect URI.',
  },
  restart: {
    tone: 'info',
    text: 'Restart HedgeDoc afterwards. In config.json the same settings live under "oauth2" (providerName, clientID, clientSecret, scope, userProfileURL, tokenURL, authorizationURL, …).',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'HedgeDoc sends its server URL followed by /auth/oauth2/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: ['Restart HedgeDoc and open it in a private window.', 'Click Sign In and choose “Sign in via authentik”.', 'Sign in at authentik.'],
  success: 'You are back in HedgeDoc, signed in with your authentik username and display name.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'HedgeDoc sent another callback: CMD_DOMAIN, CMD_URL_PATH or CMD_PROTOCOL_USESSL do not describe the address given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Back on the HedgeDoc start page, still signed out',
      meaning:
        'The login failed after authentik: the token or profile request failed (the log says “Failed to fetch user profile”), or the client secret is wrong.',
    },
    {
      message: 'There is no authentik option on the sign-in dialog',
      meaning: 'CMD_OAUTH2_CLIENT_ID or CMD_OAUTH2_CLIENT_SECRET is unset, so HedgeDoc does not enable OAuth2.',
    },
  ],
};
