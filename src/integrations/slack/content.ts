/** Slack prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  ws: 'The subdomain of your workspace: company for company.slack.com. You can paste the workspace URL.',
};

export const notes = {
  test: {
    tone: 'info',
    text: 'Click Test Configuration: Slack signs you in through authentik once. Only when the test succeeds choose whether SSO is required, then turn it on.',
  },
  plan: {
    tone: 'warning',
    text: 'Custom SAML needs a paid Slack plan and a Workspace or Org Owner. Every user needs an email address in authentik: Slack reads it from User.Email.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'Slack refuses a response that “does not contain the correct destination”, which is https://<workspace>.slack.com/sso/saml.',
  entityId: 'Slack refuses a response that “does not contain the correct Identity Provider Issuer”.',
};

export const manualTest: ManualTest = {
  steps: [
    'In Slack’s SAML settings, click Test Configuration and sign in at authentik.',
    'Open your workspace URL in a private window, choose the SSO sign-in and sign in at authentik.',
    'Also try the Slack tile in the authentik user interface.',
  ],
  success: 'Slack reports that the test succeeded; in the private window you are in the workspace as the user with your authentik email.',
  errors: [
    {
      message: 'The SAML response is not signed.',
      meaning: 'The provider does not sign the response (only the assertion).',
      checkId: 'saml-signing',
    },
    {
      message: 'The SAML response does not contain the correct Identity Provider Issuer.',
      meaning: 'The Identity Provider Issuer URL in Slack is not authentik’s issuer.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'The SAML response does not contain the correct audience.',
      meaning: 'The Service Provider Issuer in Slack differs from the provider’s Audience.',
      checkId: 'audience',
    },
    {
      message: 'The SAML response does not contain the correct destination.',
      meaning: 'The ACS URL has another workspace name than your Slack URL.',
      checkId: 'acs-url',
    },
    {
      message: 'The test fails over a missing email address (Slack’s wording varies)',
      meaning: 'The response carries no User.Email: the custom mapping is missing, or your user has no email.',
    },
  ],
};
