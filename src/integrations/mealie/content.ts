/** Mealie prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address people open Mealie at (its root; Mealie has no sub-path setting). You can paste any Mealie page; the wizard keeps only the address.',
  configuration: 'The full discovery URL, .well-known part included.',
  groupsClaim: 'authentik’s Application Entitlements scope sends the user’s entitlements on this application in this claim.',
  group: 'Must equal an entitlement on the authentik application (Applications › Mealie › Application entitlements), case included.',
};

export const notes = {
  restart: {
    tone: 'info',
    text: 'Restart Mealie afterwards. Mealie v2 needs the client secret; leftover v1 settings such as OIDC_SIGNING_ALGORITHM are ignored.',
  },
  entitlements: {
    tone: 'warning',
    text: 'Create the entitlements mealie-users and mealie-admins on the application and bind users or groups to them first: with OIDC_USER_GROUP set, a user without the entitlement is refused. Admins need only mealie-admins.',
  },
  password: {
    tone: 'info',
    text: 'Optional: OIDC_AUTO_REDIRECT=true skips the login page ({url}/login?direct=1 still shows it); ALLOW_PASSWORD_LOGIN=false turns local passwords off.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Mealie returns to its /login page; authentik compares the whole string, so the ?direct=1 form is registered too.',
  signing: 'Mealie verifies the ID token with the algorithm and keys authentik’s discovery document announces.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Mealie and click “Login with authentik” on its login page.',
    'Sign in at authentik as a user with the mealie-users entitlement.',
    'Repeat with a mealie-admins user: Members should show that user as Admin.',
  ],
  success: 'You are in Mealie, signed in; the admin user has admin rights.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Mealie was opened at an address the provider does not list (another host, port or a LAN IP).',
      checkId: 'redirect-errors',
    },
    {
      message: 'A failed-login message back in Mealie',
      meaning: 'The user has neither entitlement, or the entitlements claim is missing from the login.',
      checkId: 'id-token-claims',
    },
    {
      message: 'An error in Mealie’s log when fetching the configuration URL',
      meaning: 'OIDC_CONFIGURATION_URL is wrong, or Mealie does not trust authentik’s certificate (OIDC_TLS_CACERTFILE).',
      checkId: 'discovery',
    },
  ],
};
