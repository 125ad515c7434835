/** Coolify prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address of your Coolify dashboard. You can paste any Coolify page; the wizard keeps only the base address.',
  redirect: 'Left empty, Coolify fills in its own callback from the address it was opened at; type it so it is exactly this value.',
  base: 'authentik’s own address, without a path: Coolify adds /application/o/authorize/, /token/ and /userinfo/ itself.',
};

export const notes = {
  registration: {
    tone: 'info',
    text: 'Coolify signs in the Coolify user with the same email address. A user it does not know yet is created only when registration is enabled (Settings › Advanced).',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Coolify sends the Redirect URI of its authentik section; authentik refuses any other string with “Redirect URI Error”.',
  email: 'Coolify finds (or creates) the user by the email address from authentik’s userinfo endpoint; without one the login fails.',
  discovery: 'Coolify derives the authorize, token and userinfo URLs from the Base URL: they must be authentik’s global endpoints.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Coolify and open its login page.',
    'Click “Login with authentik” and sign in at authentik.',
    'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
  ],
  success: 'You land on the Coolify dashboard as the Coolify user with your authentik email address.',
  errors: [
    { message: 'There is no “Login with authentik” button', meaning: 'The authentik section is not Enabled, or was not saved.' },
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The Redirect URI in Coolify differs from the one here, for example http instead of https or another host.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Back on the Coolify login page with an error',
      meaning:
        'authentik signed you in, but Coolify has no user with that email address and registration is disabled, or authentik sent no email address.',
      checkId: 'email-claim',
    },
  ],
};
