/** Zipline prose: help texts, notes and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The https address Zipline is opened at. You can paste any Zipline page; the wizard keeps only the address.',
};

export const notes = {
  registration: {
    tone: 'warning',
    text: 'First enable Administrator › Settings › Features › OAuth Registration and save: otherwise Zipline answers “OAuth registration is disabled.”',
  },
  https: {
    tone: 'info',
    text: 'Zipline builds the callback from the request host and uses https only when Return HTTPS URLs (core.returnHttpsUrls) is on; otherwise set OIDC Redirect URL to {redirect_uri}.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: ['Log out of Zipline (user icon › Logout).', 'Click Login with OIDC and sign in at authentik.'],
  success: 'You are in Zipline as a user named after your authentik preferred_username.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Zipline sent an http:// or other-host callback: turn on Return HTTPS URLs or set OIDC Redirect URL.',
      checkId: 'redirect-errors',
    },
    { message: 'OAuth registration is disabled.', meaning: 'The OAuth Registration feature is off.' },
    { message: 'Failed to fetch access token', meaning: 'The token call failed: check OIDC Token URL, Client ID and Client Secret.' },
  ],
};
