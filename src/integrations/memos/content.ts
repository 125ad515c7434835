/** Memos prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address people open Memos at. You can paste any Memos page; the wizard keeps only the base address.',
  redirect: 'Memos shows this while you create the provider; it is built from the address you opened Memos at.',
  scopes: 'Space separated.',
  identifier: 'The claim Memos stores as the account’s link to authentik.',
};

export const notes = {
  registration: {
    tone: 'info',
    text: 'Memos creates a user at the first SSO login only while user registration is allowed. Otherwise an existing user links authentik under Settings › My Account first.',
  },
  create: { tone: 'info', text: 'Click Create. The login page then shows “Continue with authentik”.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Memos sends the address it is opened at followed by /auth/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of Memos and open its sign-in page at exactly the address given here.',
    'Click “Continue with authentik” and sign in at authentik.',
  ],
  success: 'You are back in Memos, signed in; a first login creates the user (if registration is allowed) or uses the linked account.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Memos was opened at another address (http, another host or port) than the one registered.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Memos: user registration is not allowed (or a similar sign-up error)',
      meaning: 'Registration is disabled and no Memos user has linked this authentik identity yet.',
    },
    {
      message: 'Memos: failed to get user info / invalid identifier',
      meaning: 'The User endpoint or the field mapping is wrong: Identifier must be sub and the User endpoint authentik’s userinfo URL.',
    },
  ],
};
