/** OpenObserve prose: the dex-config.yml block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `staticClients:
  - id: openobserve
    name: OpenObserve
    secret: <a secret shared with OpenObserve>
    redirectURIs:
      - {url}/config/redirect

connectors:
  - type: oidc
    id: authentik
    name: authentik
    config:
      issuer: {issuer}
      clientID: {client_id}
      clientSecret: {client_secret}
      redirectURI: {dex}/callback
      insecureEnableGroups: true
      insecureSkipEmailVerified: true
      scopes:
        - openid
        - profile
        - email
      userNameKey: preferred_username`;

export const help = {
  url: 'The address of OpenObserve (Enterprise). You can paste any OpenObserve page; the wizard keeps only the address.',
  dex: 'Dex’s issuer, exactly as issuer: in dex-config.yml says, e.g. https://dex.company/dex. authentik sends users back to it followed by /callback.',
  skip: 'Required: authentik’s default email mapping sends email_verified: false, and Dex would refuse the login.',
  groups: 'Dex passes authentik’s groups claim (in the profile scope) on to OpenObserve.',
  shared: 'The same string as secret: under staticClients in dex-config.yml, sent verbatim (not base64).',
};

export const notes = {
  dex: {
    tone: 'info',
    text: 'OpenObserve does not talk to authentik itself: it signs users in through Dex, and Dex is authentik’s client. Keep the rest of dex-config.yml (issuer, storage, web, oauth2) as in the Dex setup, then restart Dex.',
  },
  enterprise: {
    tone: 'warning',
    text: 'Single sign-on exists only in OpenObserve Enterprise. After restarting it, the login page shows “Login with SSO”.',
  },
  roles: {
    tone: 'info',
    text: 'Optional: with OpenFGA (O2_OPENFGA_ENABLED=true, O2_MAP_GROUP_TO_ROLE=true) each authentik group becomes an OpenObserve role on the first login.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Dex sends its issuer followed by /callback to authentik; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Dex and OpenObserve, open OpenObserve in a private window and click “Login with SSO”.',
    'Sign in at authentik.',
    'As an admin, check IAM › Users: the user appears as an external user.',
  ],
  success: 'You land on OpenObserve’s home page, signed in through Dex.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'redirectURI in the Dex connector differs from Dex’s issuer followed by /callback.',
      checkId: 'redirect-errors',
    },
    { message: 'email not verified (on a Dex page)', meaning: 'insecureSkipEmailVerified: true is missing from the Dex connector.' },
    {
      message: 'A Dex error page after signing in at authentik',
      meaning:
        'Dex could not exchange or verify the token: check clientID, clientSecret and that issuer is authentik’s issuer with its trailing slash.',
      checkId: 'signing-key',
    },
    {
      message: 'An OpenObserve error after Dex (invalid client or redirect)',
      meaning: 'O2_DEX_CLIENT_ID / O2_DEX_CLIENT_SECRET / O2_DEX_REDIRECT_URL differ from the Dex static client.',
    },
  ],
};
