/** WeKan prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'WeKan’s ROOT_URL, with a sub-path if it has one. You can paste any WeKan page; the wizard keeps only the base address.',
  root: 'Meteor builds the callback from ROOT_URL: it must be exactly this address.',
  server: 'authentik’s base address; the three endpoints below are paths on it.',
  username: 'WeKan names the account after the email address, as the guide and WeKan’s wiki recommend.',
  fullname: 'authentik’s given_name carries the full name.',
};

export const notes = {
  snap: {
    tone: 'info',
    text: 'Snap installs use the same settings in lower case with dashes, e.g. sudo snap set wekan oauth2-client-id=… . Restart WeKan afterwards.',
  },
  quotes: { tone: 'info', text: 'In a compose file list each variable as its own - KEY=value line under environment:.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'WeKan (Meteor) always sends ROOT_URL followed by /_oauth/oidc; any other string gets “Redirect URI Error”.',
  email: 'WeKan raises an error when the userinfo answer carries no email address, and uses it as the username.',
};

export const manualTest: ManualTest = {
  steps: ['Restart WeKan and open it in a private window.', 'Click the OIDC sign-in button and sign in at authentik.'],
  success: 'You are back in WeKan, signed in as the user with your authentik email address; an existing account with that address is merged.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'ROOT_URL differs from the address given here (http, another host or a sub-path).',
      checkId: 'redirect-errors',
    },
    { message: 'A login popup that closes without signing in', meaning: 'OAUTH2_LOGIN_STYLE is popup or unset; set it to redirect.' },
    {
      message: 'WeKan stays on the sign-in page and its log shows an OAuth error',
      meaning: 'A wrong OAUTH2_SECRET, or an endpoint path that does not exist on OAUTH2_SERVER_URL.',
    },
  ],
};
