/** AdventureLog prose: help texts, notes and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address of the AdventureLog server (where /accounts and /admin are served). You can paste any AdventureLog page; the wizard keeps only the address.',
  providerId:
    'Any name works (the guide uses the Client ID); allauth puts it into the callback path, so it must match the redirect URI in authentik: keep “authentik”.',
  settings: 'server_url must be reachable from the AdventureLog backend container, not only from the browser.',
  sites: 'Move the sites authentik should serve (usually example.com) to Chosen sites.',
};

export const notes = {
  signup: {
    tone: 'info',
    text: 'To let authentik users create accounts on their first login, set SOCIALACCOUNT_ALLOW_SIGNUP=True for the backend and restart AdventureLog.',
  },
  proxy: { tone: 'warning', text: 'If the return from authentik ends on a 404, route {url}/accounts/* to the AdventureLog backend.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: ['Log out of AdventureLog and click authentik on the login page.', 'Sign in at authentik.'],
  success: 'You are in AdventureLog as your authentik user (or the linked existing account).',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'AdventureLog runs at another address, or its Provider ID is not “authentik”: the callback path then differs from the redirect URI.',
      checkId: 'redirect-errors',
    },
    { message: 'A 404 after returning from authentik', meaning: 'The reverse proxy does not send /accounts/* to the AdventureLog backend.' },
    {
      message: 'Third-Party Login Failure',
      meaning: 'The backend could not reach server_url, or the Client ID / Secret key is wrong.',
      checkId: 'discovery',
    },
  ],
};
