/** Immich prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address people open Immich at, for example https://photos.company. You can paste any Immich page; the wizard keeps only the address.',
  algorithm: 'Immich’s default. The provider is created with an RSA signing key, which signs ID tokens with RS256.',
  issuer: 'Immich appends /.well-known/openid-configuration itself; keep the trailing slash.',
  mobile: 'Leave it off: the provider already accepts the app’s own app.immich:///oauth-callback address.',
};

export const notes = {
  addresses: {
    tone: 'warning',
    text: 'Every address Immich is opened at (a LAN IP, another port) needs its own /auth/login and /user-settings redirect URIs in the provider; only {url} is registered.',
  },
  claims: { tone: 'info', text: 'Role and storage quota claims are read only when Immich creates the user.' },
  fallback: { tone: 'info', text: 'With Auto Launch on, the password form stays reachable at {url}/auth/login?autoLaunch=0.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'The Immich web app sends its own address followed by /auth/login; authentik refuses any other string with “Redirect URI Error”.',
  signing: 'Immich expects RS256 ID tokens by default and verifies them with the keys authentik publishes.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Immich and click “Login with OAuth” (or your Button Text) on the login page.',
    'Sign in at authentik.',
    'In the mobile app, tap the OAuth button on the server screen to test the app.immich:/// callback too.',
  ],
  success: 'You are back in Immich, signed in; on the first login Immich creates the account.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Immich was opened at an address the provider does not list, or the mobile callback is missing.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Failed to finish oauth, with “unexpected JWT alg received, expected RS256” in the server log',
      meaning: 'The provider signs with another algorithm than Immich expects: give it an RSA key, or change Immich’s Signing Algorithm.',
      checkId: 'signing-key',
    },
    {
      message: 'Failed to finish oauth, with “invalid response encountered” in the server log',
      meaning: 'The token exchange failed: check the Client Secret and that the Immich server reaches authentik.',
    },
  ],
};
