/** PostHog prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'PostHog’s address (SITE_URL). For PostHog Cloud use https://us.posthog.com or https://eu.posthog.com. You can paste any PostHog page; the wizard keeps only the address.',
  cert: 'The whole PEM of the provider’s signing certificate.',
};

export const notes = {
  domain: {
    tone: 'warning',
    text: 'PostHog configures SAML per authentication domain: add your users’ email domain under Organization settings › Authentication domains and verify it first. SAML needs a plan or licence that includes it.',
  },
  values: {
    tone: 'info',
    text: 'PostHog shows its ACS Consumer URL ({acs_url}) and Audience / Entity ID ({audience}) in the same dialog: they must match the provider.',
  },
  idp: {
    tone: 'info',
    text: 'PostHog starts SAML after the user enters an email address. To launch PostHog from authentik too, copy the RelayState PostHog shows into the provider’s Default relay state.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'PostHog receives every SAML login at its /complete/saml/ address.',
  nameId: 'PostHog identifies the account by the permanent-ID attribute name_id; without it the login stops with “Missing needed parameter name_id”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open PostHog’s login page in a private window.',
    'Enter an email address of the verified authentication domain and choose the SSO login.',
    'Sign in at authentik.',
  ],
  success: 'You are back in PostHog, signed in as the user with that email address.',
  errors: [
    {
      message: 'SAML not configured for this user.',
      meaning: 'The email domain is not a verified authentication domain with SAML settings in PostHog.',
    },
    {
      message: 'Missing needed parameter name_id',
      meaning: 'The response carries no name_id attribute: the PostHog name_id mapping is not among the provider’s property mappings.',
      checkId: 'custom-mappings',
    },
    {
      message: 'Authentication request is invalid. Invalid RelayState.',
      meaning: 'A login started from authentik carried no or a wrong relay state: set Default relay state to PostHog’s RelayState value.',
      checkId: 'relay-state',
    },
    { message: 'Your organization does not have the required license to use SAML.', meaning: 'The PostHog plan or licence does not include SAML.' },
  ],
};
