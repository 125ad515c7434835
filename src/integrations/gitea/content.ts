/** Gitea prose: help texts, the CLI command, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'Gitea’s ROOT_URL (app.ini, [server]), with a sub-path such as /git if it has one. You can paste any Gitea page; the wizard keeps only the base address.',
  name: 'Gitea puts the Authentication Name into the callback URL, so enter it in Gitea exactly as here (case counts).',
  icon: 'Optional: the icon on the sign-in button.',
  scopes: 'openid is always requested; add these two.',
};

export const command =
  'gitea admin auth add-oauth --name "{name}" --provider openidConnect --key "{client_id}" --secret "{client_secret}" --auto-discover-url "{discovery_url}" --scopes "email profile"';

export const notes = {
  rootUrl: {
    tone: 'warning',
    text: 'Gitea builds the callback from ROOT_URL, not from the browser’s address: check Site Administration › Configuration shows {url}/ as the App URL.',
  },
  register: {
    tone: 'info',
    text: 'Without [oauth2_client] ENABLE_AUTO_REGISTRATION = true in app.ini, a first login offers to register or link an existing account.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Gitea sends ROOT_URL followed by user/oauth2/<Authentication Name>/callback; another name or address gets “Redirect URI Error”.',
  email: 'Gitea needs the email address to register the account on the first login.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of Gitea and click “Sign in with <Authentication Name>” on the sign-in page.',
    'Sign in at authentik.',
    'Register or link the account if Gitea asks.',
  ],
  success: 'You are back in Gitea, signed in with the account linked to your authentik user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'ROOT_URL or the Authentication Name differs from the registered callback.',
      checkId: 'redirect-errors',
    },
    {
      message: 'A 500 page, or “auth source is not activated”',
      meaning: 'The authentication source is disabled, or Gitea could not read the discovery URL.',
      checkId: 'discovery',
    },
    {
      message: 'Gitea refuses the login for a missing required claim',
      meaning: 'Required Claim Name is set, but authentik sends no such claim for this user.',
    },
  ],
};
