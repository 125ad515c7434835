/** AFFiNE prose: the JSON block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `{
    "args": {},
    "issuer": "{ak}/application/o/{slug}",
    "clientId": "{client_id}",
    "clientSecret": "{client_secret}"
}`;

export const help = {
  url: 'AFFiNE’s server external URL (AFFINE_SERVER_EXTERNAL_URL): AFFiNE builds its callback from it. You can paste any AFFiNE page; the wizard keeps only the base address.',
  issuer: 'Without the trailing slash: AFFiNE appends /.well-known/openid-configuration itself and compares the issuer without trailing slashes.',
};

export const notes = {
  externalUrl: {
    tone: 'warning',
    text: 'AFFiNE sends {url}/oauth/callback only if its server external URL is exactly {url}; behind a proxy without it, AFFiNE sends a localhost address.',
  },
  save: {
    tone: 'info',
    text: 'Save the settings. The sign-in page then shows “Continue with OIDC”. args may carry scope and claim_id, claim_email, claim_name; the defaults (openid profile email; sub, email, name) fit authentik.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'AFFiNE sends its server external URL followed by /oauth/callback; any other string gets “Redirect URI Error”.',
  email:
    'AFFiNE creates and finds accounts by the email address in the userinfo answer; without one the login fails with “Missing required claim for email”.',
  verified:
    'AFFiNE stops with “Email for this account is not verified” when email_verified is false, which authentik’s default email mapping sends since 2025.10.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of AFFiNE and open its sign-in page.',
    'Click “Continue with OIDC” and sign in at authentik.',
    'Check that you are back in AFFiNE with the account of your authentik email address.',
  ],
  success: 'You are back in AFFiNE, signed in; on the first login AFFiNE creates the account for your email address.',
  errors: [
    {
      message: 'There is no “Continue with OIDC” button',
      meaning:
        'AFFiNE could not load the provider: the issuer is wrong (a trailing slash, another slug) or AFFiNE cannot reach authentik. Its log says “OIDC issuer mismatch” or “Invalid OIDC issuer”.',
      checkId: 'discovery',
    },
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'AFFiNE’s server external URL differs from the address the provider lists.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Email for this account is not verified',
      meaning: 'The login says email_verified false: authentik’s default email mapping is on the provider instead of the verified one.',
      checkId: 'custom-mappings',
    },
    {
      message: 'Missing required claim for email',
      meaning: 'The provider sends no email scope, or the user has no email address in authentik.',
      checkId: 'email-claim',
    },
    {
      message: 'Invalid auth state',
      meaning: 'The ID token could not be verified (no signing key, or a different issuer) or the login took too long; start again.',
      checkId: 'signing-key',
    },
  ],
};
