/** Planka prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'Planka’s BASE_URL: the address people open Planka at. You can paste any Planka page; the wizard keeps only the address.',
  admins:
    'Optional: members of this authentik group (sent in the groups claim) become Planka administrators. Create the group in authentik first, or leave the variable out.',
  enforced: 'true hides Planka’s own login form, so everyone must sign in with authentik.',
};

export const notes = {
  baseUrl: { tone: 'warning', text: 'Planka builds the callback from BASE_URL; it must be {url}.' },
  rsa: {
    tone: 'info',
    text: 'Planka checks the ID token as RS256 unless OIDC_ID_TOKEN_SIGNED_RESPONSE_ALG is set (e.g. ES256 for an EC key); the provider here signs with an RSA key.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Planka sends BASE_URL followed by /oidc-callback; authentik refuses any other string with “Redirect URI Error”.',
  rsa: 'Planka (openid-client) expects RS256 ID tokens unless configured otherwise; a token signed with an EC key fails with “unexpected JWT alg received”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Planka and open its login page in a private window.',
    'Click “Log in with SSO” and sign in at authentik.',
    'If you set OIDC_ADMIN_ROLES, check that members of that group see the administration settings.',
  ],
  success: 'You land on Planka’s dashboard, signed in; the first login creates the account.',
  errors: [
    { message: 'Redirect URI Error (on an authentik page)', meaning: 'BASE_URL differs from the address given here.', checkId: 'redirect-errors' },
    {
      message: 'There is no “Log in with SSO” button',
      meaning: 'OIDC_ISSUER is unset, or Planka could not read the discovery document (see its log: “Error while initializing OIDC client”).',
      checkId: 'discovery',
    },
    {
      message: 'Back on the login page with an error; the Planka log says “unexpected JWT alg received, expected RS256, got: ES256”',
      meaning: 'authentik signs with an EC key: use an RSA key, or set OIDC_ID_TOKEN_SIGNED_RESPONSE_ALG=ES256.',
      checkId: 'signing-key',
    },
    {
      message: 'Planka reports missing values (email or name) after authentik',
      meaning: 'userinfo carries no email address or name: the user has none, or the email/profile scopes are missing.',
      checkId: 'email-claim',
    },
  ],
};
