/** Google Workspace prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  domain:
    'The primary domain of your Google Workspace or Cloud Identity account (Admin console › Account › Domains), not an alias or secondary domain.',
  signOut: 'Google sends users here after they sign out of Google: authentik’s SAML endpoint (its single-logout URL before 2026.5).',
  certificate:
    'Upload the provider’s signing certificate: in authentik, Applications › Providers › this provider › Download signing certificate (the PEM shown here).',
};

export const notes = {
  assign: {
    tone: 'info',
    text: 'Click Save. If you use SSO profile assignments, assign the legacy SSO profile to the organisational units or groups that should sign in through authentik.',
  },
  superAdmin: {
    tone: 'warning',
    text: 'Super admins always sign in with Google directly: test with a normal user, whose authentik email must equal the Google primary email exactly (including case).',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'authentik posts the signed login to https://accounts.google.com/a/<domain>/acs; a typo in the domain sends it nowhere.',
  certificate: 'Google checks each signature against the uploaded verification certificate; another certificate fails every login.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open a private window and go to https://mail.google.com/a/<your domain>.',
    'Sign in at authentik as a user who is not a Google super admin.',
  ],
  success: 'Gmail opens for that user without a Google password prompt.',
  errors: [
    {
      message: 'Google signs you in without authentik',
      meaning: 'The user is a super admin, or the SSO profile is not assigned to the user’s organisational unit or group.',
    },
    {
      message: 'The required response parameter SAMLResponse was missing',
      meaning: 'authentik sent the response by Redirect instead of a form post.',
      checkId: 'sp-binding',
    },
    {
      message: 'An invalid email or unknown user error at Google',
      meaning: 'The NameID (the authentik email) matches no Google user exactly, for example by case.',
    },
    {
      message: 'A signature or certificate error at Google',
      meaning: 'The uploaded verification certificate is not the one authentik signs with, or it changed.',
      checkId: 'metadata-certificate',
    },
  ],
};
