/** Audiobookshelf prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address users open Audiobookshelf at, including a sub-folder such as /audiobookshelf if it runs under one. You can paste any Audiobookshelf page; the wizard keeps only the base address.',
  issuer: 'Keep the trailing slash: it must equal the issuer in the tokens. Then click Auto-populate.',
  match: 'Or “username” (matches preferred_username). Leave “Do not match” if every user should get a new account.',
  mobile: 'Audiobookshelf’s default for its own apps. authentik only sees the mobile-redirect relay, never this scheme.',
  group: 'Leave empty: with a Group Claim, Audiobookshelf refuses every user whose claim is not admin, user or guest.',
};

export const notes = {
  autopopulate: {
    tone: 'info',
    text: 'Paste the Issuer URL and click Auto-populate: it fills the endpoints and the Signing Algorithm from authentik. Leave “Require Verified Email” off, click Save and restart Audiobookshelf.',
  },
  proxy: {
    tone: 'warning',
    text: 'Behind a reverse proxy, it must send X-Forwarded-Proto: https, or Audiobookshelf builds an http:// callback that authentik refuses.',
  },
  lockout: {
    tone: 'warning',
    text: 'Keep password login enabled until authentik works. {url}/login?autoLaunch=0 always shows the local login form.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Audiobookshelf sends its own address followed by /auth/openid/callback; any other string gets “Redirect URI Error”.',
  signing: 'Audiobookshelf verifies ID tokens with the keys at the JWKS URL and the Signing Algorithm Auto-populate found; HS256 is not offered.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Audiobookshelf and open its login page.',
    'Click “Login with authentik” and sign in at authentik.',
    'Log out again: you should pass authentik’s logout and come back to the Audiobookshelf login page.',
    'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
  ],
  success: 'You are back in Audiobookshelf, signed in as the matched (or newly registered) user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Audiobookshelf sent another callback: http instead of https behind a proxy, or a different sub-folder.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Failed to get openid configuration',
      meaning:
        'Auto-populate could not read the discovery document: the Issuer URL is wrong or authentik is unreachable from the Audiobookshelf server.',
      checkId: 'discovery',
    },
    {
      message: 'Unauthorized, after coming back from authentik',
      meaning:
        'No user matched and Auto Register is off, or a Group Claim is set that authentik does not send. The server log shows “[OidcAuth] openid callback error”.',
      checkId: 'email-claim',
    },
  ],
};
