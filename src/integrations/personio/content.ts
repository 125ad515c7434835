/** Personio prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  callback:
    'Personio › Settings › Security & integrations › Security & authentication › Open ID Connect (OIDC) › Configure › Provider settings shows it as Callback URLs/Redirect URIs. Copy it exactly.',
  callbackRule: 'Paste the Callback URL Personio shows: an https:// address without spaces.',
  expiry: 'The date you plan to rotate the authentik client secret; Personio reminds you before it.',
  claim: 'Personio finds the employee whose email equals this claim.',
};

export const notes = {
  employees: {
    tone: 'warning',
    text: 'Personio creates no employees through OIDC: each employee needs an invited and activated Personio profile whose email is their authentik email address.',
  },
  enable: { tone: 'info', text: 'Submit, then use Perform a configuration test before you enable the connection.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'On Personio’s OIDC configuration screen, click Perform a configuration test and sign in at authentik.',
    'In a private window open Personio, click Continue with authentik and sign in.',
  ],
  success: 'Personio opens as the employee whose email is your authentik email address.',
  errors: [
    {
      message: 'Redirect URI Error (at authentik)',
      meaning: 'Personio called back to an address the provider does not list; copy the Callback URL from Personio again.',
      checkId: 'redirect-uri',
    },
    {
      message: 'Personio says no employee was found or the login failed',
      meaning: 'The email claim matches no activated Personio employee.',
      checkId: 'email-claim',
    },
    {
      message: 'invalid_client in Personio’s configuration test',
      meaning: 'The Client Secret in Personio is not the provider’s.',
      checkId: 'grant-types',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Personio application.',
      checkId: 'application-access',
    },
  ],
};
