/** 1Password prose: help texts, notes and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  account: 'Your 1Password sign-in address without https://, e.g. company.1password.com (or .ca, .eu, .ent.1password.com).',
};

export const notes = {
  next: {
    tone: 'info',
    text: 'Click Next twice (the redirect URIs are already registered), then Test connection, and Save after the test succeeds.',
  },
  policy: {
    tone: 'warning',
    text: 'Only people in groups you assign to the SSO policy unlock with authentik; keep an owner unlocking with the account password.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'Sign out of 1Password, enter an email address configured to unlock with SSO and click Sign in with authentik.',
    'Sign in at authentik.',
    'Repeat in the desktop app: it returns through onepassword://sso/oidc/redirect.',
  ],
  success: '1Password unlocks in the browser and in the apps after the authentik login.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The sign-in address differs from the one given here (region or enterprise domain), or the app redirect URI is missing.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Test connection fails',
      meaning: '1Password cannot read the Well-known URL, or the provider is confidential instead of public.',
      checkId: 'discovery',
    },
  ],
};
