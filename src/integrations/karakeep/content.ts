/** Karakeep prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'Karakeep’s NEXTAUTH_URL: the address people open Karakeep at. You can paste any Karakeep page; the wizard keeps only the address.',
};

export const notes = {
  linking: {
    tone: 'info',
    text: 'Existing local accounts with the same email address are not linked unless OAUTH_ALLOW_DANGEROUS_EMAIL_ACCOUNT_LINKING=true; set it only if you trust authentik’s email addresses.',
  },
  only: { tone: 'info', text: 'To make authentik the only way in: DISABLE_PASSWORD_AUTH=true, DISABLE_SIGNUPS=true and OAUTH_AUTO_REDIRECT=true.' },
  rsa: {
    tone: 'info',
    text: 'Karakeep checks the ID token as RS256 unless OAUTH_ID_TOKEN_SIGNED_RESPONSE_ALG is set (e.g. ES256 for an EC key); the provider here signs with an RSA key.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Karakeep sends NEXTAUTH_URL followed by /api/auth/callback/custom; authentik refuses any other string with “Redirect URI Error”.',
  rsa: 'Karakeep (NextAuth with openid-client) expects RS256 ID tokens unless configured otherwise; an EC-signed token fails with “unexpected JWT alg received”.',
};

export const manualTest: ManualTest = {
  steps: ['Restart Karakeep and open its sign-in page in a private window.', 'Click “Sign in with authentik” and sign in at authentik.'],
  success: 'You land on Karakeep’s home page, signed in; the first login creates the account (the very first user becomes administrator).',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'NEXTAUTH_URL differs from the address given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Back on the sign-in page with an error; the Karakeep log says “unexpected JWT alg received, expected RS256, got: ES256”',
      meaning: 'authentik signs with an EC key: use an RSA key, or set OAUTH_ID_TOKEN_SIGNED_RESPONSE_ALG=ES256.',
      checkId: 'signing-key',
    },
    {
      message: 'Back on the sign-in page with the error OAuthAccountNotLinked',
      meaning: 'A local account already has this email address; enable OAUTH_ALLOW_DANGEROUS_EMAIL_ACCOUNT_LINKING or remove it.',
    },
    {
      message: 'There is no “Sign in with authentik” button',
      meaning: 'OAUTH_WELLKNOWN_URL is not set in the web container, or Karakeep was not restarted.',
    },
  ],
};
