/** DokuWiki prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address of the wiki (its DOKU_URL), including a sub-folder such as /wiki if it has one. You can paste any wiki page; the wizard keeps only the base address.',
  logout: 'Signing out of the wiki also ends the authentik session and comes back to doku.php. Older OAuth Generic releases lack this setting.',
  user: 'Or sub for authentik’s stable id. Decide before the first login: existing pages stay linked to the first choice.',
  backend: 'Set this last, once the oauthgeneric settings are saved.',
};

export const notes = {
  save: { tone: 'info', text: 'Click Save. The login page then shows a button labelled with plugin»oauthgeneric»label (default: OAuth).' },
  admin: {
    tone: 'warning',
    text: 'With the oauth backend, wiki admins come from groups: put an authentik group name (with @) into superuser, or keep a local admin able to sign in, before you switch.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'The plugin sends the wiki’s address followed by /doku.php, for the login and after logout; authentik refuses any other string with “Redirect URI Error”.',
  username:
    'Wiki users are named after preferred_username, the authentik username; a renamed user would arrive as a new wiki user. Turn off “Allow users to change username” in authentik.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of the wiki and open its login page.',
    'Click the OAuth button and sign in at authentik.',
    'Sign out of the wiki again: you should pass authentik’s logout and come back to the wiki.',
  ],
  success: 'You are back in the wiki, signed in as the user named after your authentik username, with your authentik groups.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The wiki sent another callback than its own address followed by /doku.php: check the baseurl setting and the sub-folder.',
      checkId: 'redirect-errors',
    },
    {
      message: 'OAuth: … (a red message on the wiki page)',
      meaning: 'The plugin could not exchange the code or read the user: check the client secret, tokenurl, userurl and authmethod (Bearer Header).',
    },
    { message: 'No login button on the login page', meaning: 'plugin»oauthgeneric»key is empty, or the Authentication backend is not oauth.' },
  ],
};
