/** Firezone prose: help texts, notes and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  account: 'Your Firezone account slug, the part after app.firezone.dev/ in the admin portal address.',
};

export const notes = {
  verify: { tone: 'info', text: 'Firezone shows the Redirect URI {redirect_uri}. Click Verify Now, complete the login at authentik, then Save.' },
  users: {
    tone: 'warning',
    text: 'The universal OIDC provider syncs no users or groups: create each user in Firezone (with the authentik email address) before they sign in, and the groups your policies need.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: ['Open https://app.firezone.dev/<account> in a private window.', 'Choose the authentik provider and sign in at authentik.'],
  success: 'You are back in Firezone, signed in as the user with your authentik email address.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The provider lacks https://app.firezone.dev/auth/oidc/callback exactly.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Firezone says the user is not found or not allowed',
      meaning: 'No Firezone user has that email address: create the user in Firezone first.',
    },
    {
      message: 'Verify Now fails',
      meaning: 'Firezone cannot read the Discovery Document URI, or the client ID or secret is wrong.',
      checkId: 'discovery',
    },
  ],
};
