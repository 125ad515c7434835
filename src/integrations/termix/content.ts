/** Termix prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address Termix runs at. You can paste any Termix page; the wizard keeps only the address.',
  issuer: 'authentik’s issuer, with its trailing slash.',
};

export const notes = {
  where: {
    tone: 'info',
    text: 'Click your admin username in the bottom-left corner, open Admin Settings and the OIDC tab. Fields not listed here keep their defaults.',
  },
  save: { tone: 'info', text: 'Click Save Configuration. The login screen then offers External › Login with External Provider.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Termix sends its address followed by /users/oidc/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: ['Log out of Termix; on the login screen choose External, then “Login with External Provider”.', 'Sign in at authentik.'],
  success: 'Termix opens, signed in as your authentik user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Termix is reached under another address than the one given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'There is no External option on the login screen',
      meaning: 'The OIDC configuration was not saved (Save Configuration) or a required field is empty.',
    },
    {
      message: 'Termix reports an OIDC error after authentik',
      meaning: 'The token exchange or ID token check failed: check Client Secret, Token URL and Issuer URL, and that the provider has a signing key.',
      checkId: 'signing-key',
    },
  ],
};
