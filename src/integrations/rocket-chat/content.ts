/** Rocket.Chat prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'Rocket.Chat’s Site URL (Administration › Settings › General), with a sub-path if it has one. You can paste any Rocket.Chat page; the wizard keeps only the base address.',
  name: 'The unique name you give the custom OAuth in Rocket.Chat. It becomes the end of the callback URL, so enter it in Rocket.Chat exactly as here.',
  unique: 'Click Add; Rocket.Chat then lists “Custom OAuth: <name>” with its Callback URL.',
  base: 'The base of authentik’s OAuth endpoints; the three paths below are appended to it.',
};

export const notes = {
  callback: {
    tone: 'warning',
    text: 'Compare the Callback URL Rocket.Chat shows with {url}/_oauth/{name}: it is built from the Site URL and the unique name.',
  },
  save: { tone: 'info', text: 'Click Save changes, then Refresh OAuth Services: only then does the login button appear.' },
  merge: {
    tone: 'info',
    text: 'To link existing Rocket.Chat users with the same username, turn on Merge users before they sign in. Optionally, under Accounts, disable name, username, email and password changes for OAuth users.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Rocket.Chat sends its Site URL followed by /_oauth/<custom OAuth name>; another name or address gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of Rocket.Chat (or open it in a private window).',
    'Click “Login with authentik” and sign in at authentik.',
    'As an administrator, check Manage › Users: the account shows the authentik username and email address.',
  ],
  success: 'You land in Rocket.Chat, signed in; on the first login the account is created.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The Site URL or the custom OAuth name differs from the registered callback.',
      checkId: 'redirect-errors',
    },
    {
      message: 'There is no “Login with authentik” button',
      meaning: 'The custom OAuth is not enabled, or Refresh OAuth Services was not clicked after saving.',
    },
    {
      message: 'The login window closes, or you are back on the login page without a message',
      meaning:
        'The token exchange or the userinfo call failed: check the URL, the three paths (with their slashes), Id and Secret. The Rocket.Chat log has the details.',
    },
    {
      message: 'Rocket.Chat says the email or username is already in use',
      meaning: 'A local account has that username or email address; turn on Merge users or remove the local account.',
    },
  ],
};
