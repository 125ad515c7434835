/** Wallos prose: help texts, notes and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address Wallos is opened at, with its sub-folder if it has one. You can paste any Wallos page; the wizard keeps only the address.',
  redirect: 'Wallos receives the login at its index.php.',
  identifier: 'Wallos links the account by this claim.',
  create: 'Creates a Wallos user for someone who signs in with authentik for the first time.',
};

export const notes = {
  verified: {
    tone: 'info',
    text: 'To link existing Wallos users by email address, Wallos needs email_verified true: the provider uses a verified email mapping.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: ['Log out of Wallos and click Log in with authentik.', 'Sign in at authentik.'],
  success: 'You are back in Wallos, signed in as your authentik user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The Redirect URL in Wallos differs from the one given here (sub-folder, http://).',
      checkId: 'redirect-errors',
    },
    {
      message: 'Wallos says no user was found',
      meaning: 'Create User Automatically is off and no Wallos user matches, or the email is not marked verified.',
      checkId: 'custom-mappings',
    },
  ],
};
