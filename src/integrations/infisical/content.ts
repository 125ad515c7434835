/** Infisical prose: help texts, notes and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'Your Infisical address (SITE_URL): https://app.infisical.com (Cloud US), https://eu.infisical.com (Cloud EU) or your own host. You can paste any Infisical page; the wizard keeps only the address.',
};

export const notes = {
  plan: { tone: 'warning', text: 'OIDC SSO needs a Pro plan (Cloud) or a licence (self-hosted), and a verified email domain for the organisation.' },
  selfHosted: { tone: 'info', text: 'Self-hosted: AUTH_SECRET and SITE_URL must be set; Infisical builds the callback from SITE_URL.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'Sign out of Infisical and click Continue with OIDC.',
    'Enter an email address of the verified domain and click Continue with OIDC again.',
    'Sign in at authentik.',
  ],
  success: 'You are back in Infisical, signed in to the organisation.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'SITE_URL (or the Cloud region) differs from the address given here.',
      checkId: 'redirect-errors',
    },
    { message: 'Infisical refuses the email domain', meaning: 'The domain is not verified for the organisation in Infisical.' },
  ],
};
