/** Linkwarden prose: help texts, notes and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address Linkwarden is opened at. You can paste any Linkwarden page; the wizard keeps only the address.',
  nextauth: 'Linkwarden’s address followed by /api/v1/auth: NextAuth builds the callback from it.',
  issuer: 'The issuer WITHOUT its trailing slash: Linkwarden appends /.well-known/openid-configuration itself.',
};

export const notes = {
  recreate: {
    tone: 'info',
    text: 'Recreate the Linkwarden containers to apply the .env. AUTHENTIK_CUSTOM_NAME changes the label of the login button.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: ['Open Linkwarden in a private window and click the authentik button.', 'Sign in at authentik.'],
  success: 'You are in Linkwarden as your authentik user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'NEXTAUTH_URL does not match the address given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Try signing in with a different account. (error=OAuthSignin)',
      meaning: 'NextAuth could not read the discovery document: AUTHENTIK_ISSUER has a trailing slash or a wrong slug.',
      checkId: 'discovery',
    },
  ],
};
