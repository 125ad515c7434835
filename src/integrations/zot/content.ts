/** zot's prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

const CALLBACK = '/zot/auth/callback/oidc';

export const help = {
  url: 'The public address users open zot at, the same value as http.externalUrl in config.json. You can paste any zot page; the wizard keeps only the base address.',
  externalUrl: 'zot builds its callback from this address; it must be the address users open, with https://.',
  providerKey: 'The key under "providers" must stay "oidc": zot puts it at the end of its callback address.',
  credentials: 'zot reads the client ID and secret from this file, not from config.json.',
};

export const notes = {
  cli: {
    tone: 'info',
    text: 'authentik sign-in is for the web interface. To push or pull with docker, podman or oras, sign in to zot through authentik, create an API key in zot and use it as the password.',
  },
  restart: { tone: 'info', text: 'Restart zot after editing both files (for example systemctl restart zot).' },
  keypath: { tone: 'info', text: '"keypath" stays empty: zot verifies the ID token with the keys it finds through the issuer.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: `zot sends http.externalUrl followed by ${CALLBACK} (the provider key "oidc"); authentik refuses any other string with “Redirect URI Error”.`,
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of zot and open its web interface at the external URL.',
    'Click “SIGN IN WITH OIDC”.',
    'Sign in at authentik.',
    'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
  ],
  success: 'You are back in the zot web interface, signed in.',
  errors: [
    {
      message: 'There is no “SIGN IN WITH OIDC” button',
      meaning: 'The openid block is missing from http.auth in config.json, or zot was not restarted.',
    },
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: `zot sent another callback than ${CALLBACK} on the provider's address: http.externalUrl is missing or different, or the provider key is not "oidc".`,
      checkId: 'redirect-errors',
    },
    {
      message: 'zot does not start after the change',
      meaning: 'config.json is not valid JSON or the credentials file path is wrong; zot logs the reason at startup.',
    },
    {
      message: 'The login ends on a zot error page after authentik',
      meaning: 'zot could not exchange the code: check the client secret in the credentials file and that zot can reach authentik over https.',
    },
  ],
};
