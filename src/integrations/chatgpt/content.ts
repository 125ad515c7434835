/** ChatGPT prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  redirect:
    'ChatGPT › Admin › Identity & Access › Manage SSO › Custom OIDC: the wizard’s “Create an Application” step shows it as Login redirect URI. Copy it exactly.',
  redirectRule: 'Paste the Login redirect URI ChatGPT shows: an https:// address without spaces.',
  discovery: 'ChatGPT reads authentik’s endpoints and keys from it.',
};

export const notes = {
  domain: { tone: 'warning', text: 'ChatGPT enables Manage SSO only after you verified your email domain in the ChatGPT admin console.' },
  claims: {
    tone: 'info',
    text: 'ChatGPT reads sub, email, given_name and family_name; authentik sends them with the openid, email and profile scopes.',
  },
  link: { tone: 'info', text: 'Finish the wizard: review the Application Link ChatGPT generates, then run Test Single Sign-On.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'On the last step of ChatGPT’s Custom OIDC wizard, run Test Single Sign-On and sign in at authentik.',
    'Later, log out of ChatGPT, enter your email address, click Continue and sign in at authentik.',
  ],
  success: 'ChatGPT reports that the test succeeded; logging in takes you through authentik back into ChatGPT.',
  errors: [
    {
      message: 'Redirect URI Error (at authentik)',
      meaning: 'ChatGPT called back to another address than the Login redirect URI pasted here; copy it again from the wizard.',
      checkId: 'redirect-uri',
    },
    {
      message: 'The SSO test reports a missing email or name claim',
      meaning: 'The provider does not offer the email or profile scope, or the user has no email address.',
      checkId: 'email-claim',
    },
    {
      message: 'The SSO test reports invalid client credentials',
      meaning: 'The Client Secret in ChatGPT is not the provider’s.',
      checkId: 'grant-types',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the ChatGPT application.',
      checkId: 'application-access',
    },
  ],
};
