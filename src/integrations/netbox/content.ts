/** NetBox prose: the configuration.py block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const configPy = `REMOTE_AUTH_ENABLED = True
REMOTE_AUTH_BACKEND = "social_core.backends.open_id_connect.OpenIdConnectAuth"

SOCIAL_AUTH_OIDC_OIDC_ENDPOINT = "{issuer}"
SOCIAL_AUTH_OIDC_KEY = "{client_id}"
SOCIAL_AUTH_OIDC_SECRET = "{client_secret}"
SOCIAL_AUTH_OIDC_SCOPE = ["openid", "email", "profile"]
LOGOUT_REDIRECT_URL = "{end_session_url}"
SOCIAL_AUTH_BACKEND_ATTRS = {
    "oidc": ("authentik", "login"),
}`;

export const help = {
  url: 'The address NetBox runs at, with a sub-path (BASE_PATH) if it has one. You can paste any NetBox page; the wizard keeps only the base address.',
  endpoint: 'The issuer, without /.well-known/openid-configuration: python-social-auth appends it itself.',
  attrs: 'The label and icon of the login button: “authentik”.',
};

export const notes = {
  rsa: {
    tone: 'info',
    text: 'python-social-auth accepts only RS256 ID tokens by default, so the provider gets an RSA signing key. For an ES256 key you would have to set SOCIAL_AUTH_OIDC_JWT_ALGORITHMS in NetBox.',
  },
  groups: {
    tone: 'info',
    text: 'To sync authentik groups into NetBox groups and superuser status, add the guide’s custom pipeline (custom_pipeline.py and SOCIAL_AUTH_PIPELINE); authentik’s profile scope already sends “groups”.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'NetBox sends its address followed by /oauth/complete/oidc/ (with the trailing slash); any other string gets “Redirect URI Error”.',
  signing:
    'python-social-auth verifies the ID token with RS256 only, against the keys in authentik’s discovery document; an ES256 key fails every login.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart NetBox and open its login page in a private window.',
    'Click authentik and sign in at authentik.',
    'Check the user under Admin › Users; with the optional pipeline, check its groups.',
  ],
  success: 'NetBox opens signed in as your authentik username; a first login creates the user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning:
        'NetBox sent http:// or another host: the reverse proxy must pass X-Forwarded-Proto and Host, or the address differs from the one given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'An error page naming “Token error: Signature verification failed”',
      meaning: 'The provider signs with an EC key (or none): NetBox accepts RS256 only. Select an RSA signing key.',
      checkId: 'signing-key',
    },
    { message: 'An error page naming “Invalid audience”', meaning: 'SOCIAL_AUTH_OIDC_KEY is not this provider’s Client ID.' },
    {
      message: 'There is no authentik button on the login page',
      meaning: 'REMOTE_AUTH_BACKEND is not the OpenIdConnectAuth backend, or NetBox was not restarted.',
    },
  ],
};
