/** Keycloak prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address Keycloak runs at (its hostname setting), including /auth on Keycloak 16 and older. You can paste any Keycloak page; the wizard keeps only the base address.',
  realm: 'The name of the Keycloak realm whose users sign in with authentik, exactly as in the admin console (case counts).',
  alias: 'The identity provider’s alias in Keycloak. Keycloak puts it into the redirect URI, so enter it exactly as here.',
  redirect: 'Read-only in Keycloak: check it reads exactly as here.',
  scopes: 'Keycloak sends only “openid” unless told otherwise; authentik then leaves out the email and profile claims.',
};

export const notes = {
  email: {
    tone: 'info',
    text: 'authentik’s default email mapping sends email_verified: false. If the realm requires verified addresses, turn on Trust Email for this identity provider or users must verify their address in Keycloak.',
  },
  logout: {
    tone: 'info',
    text: 'Optional, from the guide: for back-channel logout, set the provider’s Logout URI in authentik to {url}/realms/{realm}/protocol/openid-connect/logout/backchannel-logout with Logout Method Back-channel.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Keycloak sends its address followed by /realms/<realm>/broker/<alias>/endpoint; another realm, alias or host gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open {url}/realms/{realm}/account in a private window.',
    'Click “authentik” on the Keycloak login page and sign in at authentik.',
    'On a first login, complete Keycloak’s “Update Account Information” page if it appears.',
  ],
  success: 'Keycloak’s account console opens for a user linked to authentik (Identity provider links shows the alias).',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The realm, the alias or the Keycloak address (hostname setting, /auth prefix) differs from the ones given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Unexpected error when authenticating with identity provider',
      meaning:
        'Keycloak could not exchange the code or validate the token: check the Client Secret and the discovery endpoint, and the Keycloak server log.',
      checkId: 'discovery',
    },
    {
      message: 'User with email … already exists. How do you want to continue?',
      meaning:
        'A local Keycloak user has the same email address. Choose “Add to existing account” to link it, or adjust the realm’s first broker login flow.',
    },
    {
      message: 'Keycloak asks for the email address and name on the first login',
      meaning: 'The Scopes setting is empty, so authentik sent no email or profile claims.',
    },
  ],
};
