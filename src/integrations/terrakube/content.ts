/** Terrakube's prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  dex: 'The public address of the Dex container that Terrakube signs in through (not the Terrakube UI or API). Dex serves under /dex; you can paste any Dex page and the wizard keeps only the base address.',
  redirect: 'Dex’s own callback: its issuer (…/dex) followed by /callback. It must equal the provider’s redirect URI exactly.',
  id: 'Terrakube’s login page lists Dex connectors by name; any id and name work.',
  groups: 'Lets Dex pass authentik’s groups claim to Terrakube, which maps groups to teams.',
};

export const notes = {
  env: {
    tone: 'info',
    text: 'Dex expands $TERRAKUBE_OIDC_CLIENT_ID and $TERRAKUBE_OIDC_CLIENT_SECRET from its environment; put them in the .env file below (or hard-code them, which is less safe).',
  },
  restart: { tone: 'info', text: 'Restart the Dex container after changing its configuration or environment.' },
  teams: {
    tone: 'info',
    text: 'Terrakube grants access by team: a team must exist in Terrakube with the name of an authentik group the user belongs to.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Dex sends the redirectURI of its connector, <Dex address>/dex/callback; authentik refuses any other string with “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of Terrakube and open the Terrakube UI.',
    'Click Login; if Dex shows a list of connectors, choose the authentik one.',
    'Sign in at authentik.',
    'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
  ],
  success: 'You are back in Terrakube, signed in, and see the organizations your teams give you access to.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The redirectURI in the Dex connector differs from the provider’s redirect URI (another host, http, or a missing /dex).',
      checkId: 'redirect-errors',
    },
    {
      message: 'Failed to authenticate: oidc: failed to get token (on a Dex page)',
      meaning: 'Dex could not exchange the code: the client ID or secret in its environment is wrong, or Dex cannot reach authentik.',
    },
    {
      message: 'Dex does not start and logs “oidc: issuer did not match the issuer returned by provider”',
      meaning: 'The issuer in the Dex connector is not exactly the provider’s issuer, including the trailing slash.',
      checkId: 'discovery',
    },
    {
      message: 'Signed in, but no organization is visible',
      meaning: 'None of the user’s authentik groups matches a Terrakube team; add the user to a group that has a team.',
    },
  ],
};
