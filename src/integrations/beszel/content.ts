/** Beszel prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address of the Beszel hub. You can paste any Beszel page (also the /_/ PocketBase dashboard); the wizard keeps only the address.',
  name: 'Shown on Beszel’s login button.',
  fetch: 'Beszel (PocketBase) then reads the user from the userinfo endpoint.',
};

export const notes = {
  controls: {
    tone: 'info',
    text: 'In the PocketBase dashboard ({url}/_/#/settings) first switch off “Hide collection create and edit controls” and save; switch it back on when done.',
  },
  save: { tone: 'info', text: 'Click “Set provider config”, then “Save changes” on the collection.' },
  users: {
    tone: 'warning',
    text: 'Beszel creates no users by default: create each user in the users collection with the email address they have in authentik, or set USER_CREATION=true on the hub. DISABLE_PASSWORD_AUTH=true on the hub turns password login off.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Beszel (PocketBase) sends its address followed by /api/oauth2-redirect; any other string gets “Redirect URI Error”.',
  verified: 'Beszel accepts only email addresses marked verified; authentik’s default email mapping sends email_verified: false since 2025.10.',
};

export const manualTest: ManualTest = {
  steps: ['Log out of Beszel and click “authentik” on the login page.', 'Sign in at authentik.'],
  success: 'You are back in Beszel’s dashboard, signed in as the user with your authentik email address.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Beszel is reached under another address than the one given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Beszel refuses the login after authentik (authentication failed)',
      meaning:
        'No Beszel user has your email address and USER_CREATION is not true, or the address arrived unverified: the provider needs the verified email mapping.',
      checkId: 'custom-mappings',
    },
    {
      message: 'There is no authentik button on the login page',
      meaning: 'The OpenID Connect provider was not saved on the users collection, or OAuth2 is not enabled there.',
    },
  ],
};
