/** Sentry prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const ATTRS = {
  uid: 'http://schemas.goauthentik.io/2021/02/saml/uid',
  email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
  name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
};

export const help = {
  url: 'The address of your Sentry installation; for Sentry SaaS, https://sentry.io. You can paste any Sentry page; the wizard keeps only the address.',
  org: 'The organization slug from Organization Settings › General Settings (in Sentry’s own URLs after /organizations/). Self-hosted Sentry’s first organization is often “sentry”.',
  metadata: 'Sentry fetches everything it needs (entity ID, SSO URL, certificate) from this address.',
  uid: 'A stable id for each authentik user; Sentry links accounts by it.',
  firstName: 'authentik sends the full name; Sentry shows it as the member’s name. Leave Last Name empty.',
};

export const notes = {
  plan: { tone: 'warning', text: 'Custom SAML2 needs an organization Owner, and on Sentry SaaS a Business plan or higher.' },
  flow: {
    tone: 'info',
    text: 'After you save, Sentry sends you to authentik once to test the configuration and then shows the Auth page with SAML2 active. Existing members get an email to link their accounts.',
  },
  scim: {
    tone: 'info',
    text: 'SCIM provisioning of users and teams is optional and not set up by the wizard (it needs a separate SCIM provider in authentik).',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'Sentry receives SAML responses only at /saml/acs/<organization slug>/, by HTTP POST.',
  audience: 'Sentry’s SP entity ID is its metadata address, /saml/metadata/<organization slug>/; a response for another audience is rejected.',
};

export const manualTest: ManualTest = {
  steps: [
    'In Sentry, open Settings › Auth, click Configure next to SAML2 and save the Metadata URL and attribute mapping.',
    'Sign in at authentik when Sentry sends you there to test.',
    'Later, open Sentry in a private window, choose single sign-on with your organization and sign in at authentik.',
  ],
  success: 'Sentry confirms the SAML settings and shows SAML2 as the active provider; later logins land in your organization.',
  errors: [
    {
      message: 'The provider did not return a valid user identity.',
      meaning: 'The attribute mapping does not match what authentik sends: IdP User ID and User Email must be the attribute names shown here.',
    },
    {
      message: 'Redirected back to Sentry with an SSO error after authentik',
      meaning: 'The ACS URL or Audience names another organization slug or host.',
      checkId: 'acs-url',
    },
    {
      message: 'Sentry cannot load the metadata URL',
      meaning: 'Sentry’s servers cannot reach authentik (Sentry SaaS needs a public authentik), or the provider is not assigned to the application.',
    },
  ],
};
