/** Zendesk prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  sub: 'The subdomain of your Zendesk account: company for company.zendesk.com. You can paste your Zendesk address.',
  scopes: 'Zendesk separates scopes with commas; openid is required.',
  issuer: 'With auto discovery on, Zendesk reads every endpoint from this issuer’s discovery document.',
  mode: 'PKCE, as the guide sets it. Keep the client secret in the configuration as well: the authentik provider is confidential.',
  button: 'The text of the sign-in button.',
  assign: 'Without this assignment the configuration exists but nobody signs in with it. End users: Security › End user authentication.',
};

export const notes = {
  saml: {
    tone: 'info',
    text: 'The authentik guide also has a SAML tab (ACS URL https://<subdomain>.zendesk.com/access/saml/, SHA-256 certificate fingerprint). The wizard follows its default tab, OpenID Connect.',
  },
  email: {
    tone: 'warning',
    text: 'Zendesk requires an email address for every user: authentik users without one cannot sign in. Keep a Zendesk admin who can still sign in with a password until the test succeeds.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Zendesk sends https://<subdomain>.zendesk.com/access/oidc/callback; authentik refuses any other string with “Redirect URI Error”.',
  email: 'Zendesk finds or creates the user by the email address in the ID token; without one the sign-in stops with an error.',
};

export const manualTest: ManualTest = {
  steps: [
    'In Admin Center › Account › Security › Team member authentication, choose External authentication and the authentik configuration, then Save.',
    'Open your Zendesk address in a private window and choose to sign in.',
    'Click the authentik button and sign in at authentik.',
  ],
  success: 'You land in Zendesk, signed in as the user with your authentik email address.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Zendesk used another address than https://<subdomain>.zendesk.com/access/oidc/callback (for example a host-mapped domain).',
      checkId: 'redirect-errors',
    },
    {
      message: 'invalid_scope or a scope error from authentik',
      meaning: 'The Scopes field is not openid,email,profile (for example a single word with spaces and commas mixed).',
    },
    {
      message: 'Zendesk reports that the user has no email address',
      meaning: 'The authentik user has no email, or the provider does not send the email scope.',
      checkId: 'email-claim',
    },
    { message: 'invalid_client when Zendesk exchanges the code', meaning: 'The client secret in Zendesk is missing or wrong.' },
  ],
};
