/** Synology DSM prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address users open DSM at, with the port if it is not 443 (for example :5001). Only scheme, host and port count: a pasted page or #/signin is cut off.',
  redirect: 'Character for character the same as in authentik: no trailing slash, no #/signin.',
  claim: 'DSM signs in the existing account with this name, so authentik usernames must equal the DSM account names.',
};

export const notes = {
  apply: {
    tone: 'info',
    text: 'Click Save, then Apply in Control Panel. If users open DSM under a second address (QuickConnect, a LAN name), add that address as another redirect URI in authentik.',
  },
  users: {
    tone: 'warning',
    text: 'DSM does not create accounts on sign-in: each user must already exist in DSM (local, domain or LDAP) with the same name as in authentik.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'DSM sends the origin it is opened at, without a path or trailing slash; any other string gets “Redirect URI Error”.',
  signing: 'DSM only accepts RS256-signed ID tokens; with an EC key or none it says “Your SSO is not properly configured”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of DSM and open its login page at the address entered here.',
    'Click the SSO button “authentik” (newer DSM: the SSO Authentication tab) and sign in at authentik in the pop-up.',
    'If it fails, come back here and click Check again: a refused redirect URL is recorded by authentik.',
  ],
  success: 'DSM opens its desktop, signed in as the DSM account with your authentik username.',
  errors: [
    {
      message: 'Your SSO is not properly configured. Please check your settings or contact your system administrator.',
      meaning: 'The ID token is not RS256-signed, or no DSM account has the name in preferred_username.',
      checkId: 'signing-key',
    },
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The Redirect URL in DSM differs from the provider’s: a trailing slash, another port, or #/signin.',
      checkId: 'redirect-errors',
    },
    {
      message: 'not privilege',
      meaning:
        'The browser blocked the SSO pop-up, or DSM was opened under another address than the Redirect URL. Allow pop-ups and open DSM at that address.',
    },
  ],
};
