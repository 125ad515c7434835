/** Miniflux prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address Miniflux runs at (its BASE_URL), with a sub-path if it has one. You can paste any Miniflux page; the wizard keeps only the base address.',
  redirect: 'Must be exactly the redirect URI registered in authentik.',
  discovery: 'The issuer, with its trailing slash: Miniflux appends /.well-known/openid-configuration itself and checks that the issuer matches.',
  creation: 'Creates a Miniflux user on the first login; leave it out to allow only linked accounts.',
};

export const notes = {
  link: {
    tone: 'info',
    text: 'Existing Miniflux users link their account once: sign in with the password, open Settings and click “Link my OpenID Connect account”.',
  },
  restart: { tone: 'info', text: 'Restart Miniflux afterwards.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Miniflux sends OAUTH2_REDIRECT_URL, its address followed by /oauth2/oidc/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Miniflux and click “Sign in with OpenID Connect” on the login page.',
    'Sign in at authentik.',
    'Check Settings: the OpenID Connect account is linked.',
  ],
  success: 'You land on Miniflux’s unread list, signed in.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'OAUTH2_REDIRECT_URL differs from the registered redirect URI (host, sub-path or trailing slash).',
      checkId: 'redirect-errors',
    },
    {
      message: 'Miniflux logs “oidc: failed to initialize provider …”',
      meaning: 'OAUTH2_OIDC_DISCOVERY_ENDPOINT is not authentik’s issuer (the trailing slash matters) or authentik is unreachable.',
      checkId: 'discovery',
    },
    {
      message: 'An error page from Miniflux after signing in at authentik',
      meaning: 'No Miniflux user is linked to this authentik account and OAUTH2_USER_CREATION is not 1.',
    },
  ],
};
