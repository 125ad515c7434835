/** HCP's prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  acs: 'Copy it from HCP: Organization settings › SSO › Configure SSO › SAML, under Initiate SAML integration. Keep the whole address, with ?connection=….',
  entity: 'Copy it from the same place in HCP.',
  sso: 'authentik’s SAML sign-in endpoint for this provider.',
  cert: 'The provider’s signing certificate, the whole PEM with the BEGIN and END lines.',
  role: 'The role HCP gives every user on their first SSO sign-in; raise it later under Access control.',
};

export const notes = {
  domain: { tone: 'info', text: 'HCP asks you to verify your email domains (a DNS TXT record) before it shows the SAML values; do that first.' },
  email: {
    tone: 'warning',
    text: 'HCP also shows an Email Attribute Assertion Name. authentik sends the email address as the NameID and under http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress. If HCP shows another name, add a SAML property mapping with that SAML Attribute Name (expression: return request.user.email) to the provider.',
  },
  portal: {
    tone: 'info',
    text: 'HCP accepts no IdP-initiated login: the authentik tile opens the HCP portal, where the user enters an email address of the verified domain.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In a private window, open https://portal.cloud.hashicorp.com/ and choose to sign in with SSO.',
    'Enter an email address of a verified SSO domain.',
    'Sign in at authentik with the user of that email address.',
  ],
  success: 'HCP opens the organization, signed in with the default role you chose.',
  errors: [
    { message: 'Access was denied while authenticating.', meaning: 'The provider’s Audience is not the Entity ID HCP shows.', checkId: 'audience' },
    {
      message: 'An error occurred with authentication.',
      meaning: 'HCP could not verify the response or its claims: the certificate in HCP is not the provider’s, or the email address is missing.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'invalid_request: IdP-Initiated login is not enabled for connection …',
      meaning: 'The login was started from authentik. Start it from the HCP portal instead.',
    },
    {
      message: 'Something went wrong. (SAML)',
      meaning: 'The ACS URL is not the SSO Sign-On URL HCP shows, including its ?connection= part.',
      checkId: 'acs-url',
    },
  ],
};
