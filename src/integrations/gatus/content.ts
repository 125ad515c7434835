/** Gatus prose: the config.yaml block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `security:
  oidc:
    issuer-url: {issuer}
    client-id: {client_id}
    client-secret: {client_secret}
    redirect-url: {redirect_uri}
    scopes: [openid]`;

export const help = {
  url: 'The address of the Gatus status page. You can paste any Gatus page; the wizard keeps only the address.',
  issuer: 'authentik’s issuer with its trailing slash: Gatus checks that it equals the issuer in the discovery document.',
  redirect: 'Gatus refuses to start unless redirect-url ends with /authorization-code/callback.',
  secret:
    'Gatus expands environment variables in config.yaml: keep the secret in .env (OIDC_CLIENT_SECRET) and write the variable reference here instead.',
  scopes: 'Gatus needs only the sub claim, which openid carries.',
};

export const notes = {
  reload: { tone: 'info', text: 'Gatus reloads config.yaml about every 30 seconds; restart it if the change does not show.' },
  subjects: {
    tone: 'info',
    text: 'Everyone authentik lets in may see the status page. To limit it inside Gatus, list the allowed sub values under allowed-subjects, or bind a policy to the application in authentik.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Gatus sends redirect-url, its address followed by /authorization-code/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: ['Open Gatus in a private window and click “Login with SSO”.', 'Sign in at authentik.'],
  success: 'You land on the Gatus status page with your endpoints.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'redirect-url differs from the registered redirect URI.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Failed to verify id_token: …',
      meaning:
        'The ID token could not be verified: the provider needs a signing key and no encryption key, and issuer-url must be authentik’s issuer.',
      checkId: 'signing-key',
    },
    { message: 'state did not match / state not found', meaning: 'The state cookie was lost: open Gatus at exactly the address in redirect-url.' },
    { message: 'Back on the status page with error=access_denied', meaning: 'Your sub is not in allowed-subjects.' },
  ],
};
