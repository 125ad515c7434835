/** osTicket's prose: help texts, notes, reasons and the manual test. */
import type { FieldSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

const CALLBACK = '/api/auth/oauth2';

export const help = {
  url: 'The address osTicket runs at, including a sub-folder if it is installed in one (for example /osticket). You can paste any osTicket page; the wizard keeps only the base address.',
  redirect: 'osTicket fills this in from its own address. It must be exactly this value: authentik compares it character by character.',
  scopes: 'Separated by spaces, not commas: authentik reads "openid,email,profile" as one unknown scope.',
  backend: 'Lets the agent sign in with authentik and keeps the local password as a fallback.',
  settings: [
    { label: 'Name', value: 'authentik' },
    { label: 'Authentication Target', value: 'Agents Only', help: 'Or End Users Only, or Agents and End Users. "None (Disabled)" shows no sign-in button.' },
    { label: 'Authentication Label', value: 'authentik', help: 'The button then reads "Sign in with authentik".' },
  ] satisfies FieldSpec[],
  attributes: [
    { label: 'User Identifier', value: 'email', help: 'osTicket finds agents and users by this attribute.' },
    { label: 'Given Name', value: 'name', help: 'authentik sends the full name in "name".' },
    { label: 'Surname', value: '', help: 'Leave empty: authentik sends no surname, and the preset "surname" does not exist.' },
    { label: 'Email Address', value: 'email' },
  ] satisfies FieldSpec[],
};

export const notes = {
  plugin: { tone: 'info', text: 'Needs osTicket 1.17 or later with the plugin installed: put it in include/plugins, add it under Admin Panel › Manage › Plugins › Add New Plugin and set its status to Active.' },
  rewrite: { tone: 'info', text: `The web server must pass ${CALLBACK} to osTicket's api/http.php (URL rewriting). If the login ends on a 404 page, that rule is missing.` },
  agents: { tone: 'warning', text: 'osTicket does not create agents on sign-in: each agent must already exist in osTicket with the same email address as in authentik. Otherwise the login stops with "Have your administrator create a local account".' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: `osTicket sends its own address followed by ${CALLBACK}; authentik refuses any other string with “Redirect URI Error”.`,
  email: 'osTicket finds the agent by the email address authentik sends; without one it says “Have your administrator create a local account”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open osTicket’s staff login page: your osTicket address followed by /scp/.',
    'Click “Sign in with authentik”.',
    'Sign in at authentik with a user whose email address belongs to an existing osTicket agent.',
    'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
  ],
  success: 'You land in the osTicket staff panel, signed in as the agent with that email address.',
  errors: [
    { message: 'There is no “Sign in with authentik” button', meaning: 'The plugin instance is disabled, or its Authentication Target is “None (Disabled)”.' },
    { message: 'Redirect URI Error (on an authentik page)', meaning: 'osTicket sent another Redirect URI than the provider lists: a sub-folder, http instead of https, or a trailing slash.', checkId: 'redirect-errors' },
    { message: 'Have your administrator create a local account (…)', meaning: 'authentik signed the user in, but no osTicket agent has that email address, or the login carried none. Create the agent with the same email address.', checkId: 'email-claim' },
    { message: `A “not found” page at …${CALLBACK}`, meaning: `The web server does not pass ${CALLBACK} to osTicket’s api/http.php. Add the URL rewriting rule; this cannot be checked from here.` },
    { message: 'Back on the login page without any message', meaning: 'osTicket lost its session during the login (open it at exactly its configured address) or the token exchange failed (check the Client Secret and Token Endpoint).' },
    { message: 'unauthorized_client / Invalid grant_type for provider', meaning: 'The provider does not allow the authorization code grant.', checkId: 'grant-types' },
  ],
};
