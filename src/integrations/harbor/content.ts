/** Harbor prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'Harbor’s external URL (external_url or hostname in harbor.yml). You can paste any Harbor page; the wizard keeps only the base address.',
  endpoint: 'The issuer, with its trailing slash. Harbor appends /.well-known/openid-configuration itself.',
  admin: 'Optional: the authentik group whose members become Harbor system administrators.',
  scope: 'Comma-separated. offline_access lets Harbor keep a refresh token, which CLI secrets need.',
};

export const notes = {
  test: {
    tone: 'info',
    text: 'Click Test OIDC Server, then Save. Afterwards the local admin signs in with LOGIN VIA LOCAL DB (or at {url}/account/sign-in).',
  },
  users: { tone: 'warning', text: 'Harbor allows switching Auth Mode to OIDC only while no local users other than admin exist.' },
  externalUrl: {
    tone: 'info',
    text: 'Harbor builds the callback from external_url (or hostname) in harbor.yml. After changing it, run ./prepare and restart Harbor.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Harbor sends its external URL followed by /c/oidc/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open Harbor in a private window and click LOGIN WITH AUTHENTIK.',
    'Sign in at authentik; on the first login Harbor onboards the user with the preferred_username.',
    'For docker login, copy the CLI secret from User Profile and use it as the password.',
  ],
  success: 'Harbor opens signed in as your authentik user; members of the OIDC Admin Group are system administrators.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'external_url or hostname in harbor.yml differs from the address given here, so Harbor sent another callback.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Test OIDC Server fails',
      meaning:
        'Harbor cannot read the discovery document under the OIDC Endpoint: wrong issuer, no trailing slash, or an untrusted certificate (turn off Verify Certificate only for a self-signed test setup).',
      checkId: 'discovery',
    },
    {
      message: 'Failed to verify token / the login ends on an error page after authentik',
      meaning: 'The ID token could not be verified: the provider has no signing key, or uses an encryption key.',
      checkId: 'signing-key',
    },
    {
      message: 'docker login fails with the authentik password',
      meaning: 'Docker and Helm cannot do a browser login: use the CLI secret from User Profile as the password.',
    },
  ],
};
