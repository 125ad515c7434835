/** Actual Budget prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The https address of the Actual Budget server, at the root of its host: Actual builds the callback as /openid/callback on that host. You can paste any Actual page; the wizard keeps only the address.',
  discovery: 'The issuer; Actual reads the discovery document below it.',
  hostname: 'Actual’s own public address: the callback is built from it and logins may only return to its host.',
};

export const notes = {
  owner: {
    tone: 'warning',
    text: 'The first user who signs in with OpenID becomes the server owner and admin; the owner cannot be changed in the UI.',
  },
  users: {
    tone: 'info',
    text: 'Further users must exist under Server online › User Directory with their authentik username, or set ACTUAL_USER_CREATION_MODE=login to create them on their first login.',
  },
  other: {
    tone: 'info',
    text: 'Instead of environment variables, the same values go into the openId block of /data/config.json (discoveryURL, client_id, client_secret, server_hostname), or under Settings › Authentication method › Start using OpenID.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Actual sends its server hostname followed by /openid/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart the Actual server and open it in a private window.',
    'Choose OpenID in the login method menu and click “Sign in with OpenID”.',
    'Sign in at authentik.',
  ],
  success: 'Actual opens your budgets; on the very first OpenID login you become the server owner.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'ACTUAL_OPENID_SERVER_HOSTNAME differs from the address given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'openid-grant-failed',
      meaning: 'The token exchange or ID token check failed, or no enabled Actual user has your authentik username and automatic creation is off.',
    },
    {
      message: 'configuration-error / openid-setup-failed',
      meaning: 'Actual could not read the discovery document at ACTUAL_OPENID_DISCOVERY_URL.',
      checkId: 'discovery',
    },
  ],
};
