/** Xen Orchestra prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address of Xen Orchestra (XOA or from the sources). You can paste any Xen Orchestra page; the wizard keeps only the base address.',
  discovery: 'The plugin reads the issuer, authorization, token and userinfo URLs from this document.',
  fill: 'Tick it to show the advanced fields below.',
  callback:
    'The plugin’s default is the relative /signin/oidc/callback, which becomes http://… when Xen Orchestra runs behind a reverse proxy that terminates TLS. The full https address avoids that.',
  scopes: 'openid is added by the plugin itself.',
  username: 'Leave “username” (the authentik username); “email” names users by their email address instead.',
};

export const notes = {
  enable: { tone: 'info', text: 'Click Save configuration, then turn on the switch next to auth-oidc to load the plugin.' },
  acl: {
    tone: 'warning',
    text: 'Xen Orchestra creates a user without permissions at the first sign-in. Give the user (or a synchronised group) ACLs in Xen Orchestra afterwards.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'Xen Orchestra sends its Callback URL; authentik refuses any other string (for example http:// behind a proxy) with “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Xen Orchestra and open its login page.',
    'Click “Sign in with OpenID Connect” and sign in at authentik.',
    'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
  ],
  success: 'Xen Orchestra opens, signed in as a user named after your authentik username.',
  errors: [
    {
      message: 'There is no “Sign in with OpenID Connect” button',
      meaning: 'The auth-oidc plugin is not loaded: turn on its switch under Settings › Plugins.',
    },
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning:
        'Xen Orchestra sent another callback, usually http:// because of a TLS-terminating proxy. Set the Callback URL to the full https address shown here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Signed in, but Xen Orchestra shows nothing',
      meaning: 'The login worked; the new user has no ACLs yet. Grant them in Xen Orchestra.',
    },
  ],
};
