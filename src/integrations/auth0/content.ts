/** Auth0 prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  domain:
    'The domain of your Auth0 tenant, e.g. company.auth0.com or company.eu.auth0.com, or its custom domain. Auth0 calls back to https://<domain>/login/callback.',
  name: 'Cannot be changed later. Users see it on the Universal Login button.',
  discovery: 'Auth0 reads authentik’s endpoints and keys from this discovery document.',
  channel: 'Back Channel: Auth0 exchanges the code with the Client Secret, server to server.',
};

export const notes = {
  apps: {
    tone: 'info',
    text: 'Then open the connection’s Applications tab and enable it for each Auth0 application that should offer “Continue with authentik”.',
  },
  saml: {
    tone: 'info',
    text: 'The authentik guide also has a SAML variant (signed, encrypted assertions with Auth0’s tenant certificate); this wizard sets up the OpenID Connect one, the guide’s default.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In the Auth0 Dashboard open Authentication › Enterprise › Open ID Connect and click the Try arrow next to the authentik connection.',
    'Sign in at authentik.',
  ],
  success: 'Auth0 shows its “It works!” page with the profile it received from authentik (your email and name).',
  errors: [
    { message: 'the connection is not enabled', meaning: 'The connection is enabled for no Auth0 application: enable it on its Applications tab.' },
    {
      message: 'Redirect URI Error (at authentik)',
      meaning: 'Auth0 called back to another address than https://<tenant domain>/login/callback, e.g. because it uses a custom domain.',
      checkId: 'redirect-uri',
    },
    {
      message: 'invalid_client or a failed code exchange in Auth0’s logs',
      meaning: 'The Client Secret in Auth0 is not the provider’s, or the Communication Channel is not Back Channel.',
      checkId: 'grant-types',
    },
    {
      message: 'Auth0 reports an invalid ID token signature',
      meaning: 'The provider signs with a key Auth0 does not take; Auth0 needs an RSA key (RS256).',
      checkId: 'signing-key',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Auth0 application.',
      checkId: 'application-access',
    },
  ],
};
