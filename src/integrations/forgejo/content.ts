/** Forgejo prose: help texts, the app.ini block, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address in Forgejo’s app.ini as [server] ROOT_URL, including any sub-path. Pasting a Forgejo page is fine: only its base address is kept.',
  name: 'This name becomes a segment of the callback path. Type the identical name (same case) as the source’s Authentication Name in Forgejo.',
  scopes: 'Forgejo asks for openid on its own.',
};

export const appIni = `[oauth2_client]
ENABLE_AUTO_REGISTRATION = true`;

export const notes = {
  rename: {
    tone: 'warning',
    text: 'Renaming this authentication source later changes its callback path and breaks the login until the provider’s redirect URI is changed too.',
  },
  rootUrl: { tone: 'info', text: 'Forgejo derives the callback from ROOT_URL; a ROOT_URL on http, another host or without the sub-path breaks it.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'Forgejo returns to ROOT_URL + user/oauth2/<name>/callback; if either part differs from the provider, authentik shows “Redirect URI Error”.',
  email: 'A new Forgejo account is registered with the email address from the login.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of Forgejo and open its sign-in page (/user/login).',
    'Use the “Sign in with …” button named after the authentication source, then authenticate at authentik.',
    'Without auto-registration, finish the register-or-link page Forgejo shows.',
  ],
  success: 'Forgejo shows you signed in, linked to your authentik account.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The source name or ROOT_URL does not produce the registered callback.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Permission denied / Access denied (on an authentik page)',
      meaning: 'No authentik policy lets this user open the Forgejo application.',
      checkId: 'application-access',
    },
    {
      message: 'Forgejo cannot save the source, or fails to discover the provider',
      meaning: 'The Auto Discovery URL is wrong or not reachable from the Forgejo server.',
      checkId: 'discovery',
    },
  ],
};
