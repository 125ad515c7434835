/** pgAdmin prose: the configuration blocks, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const configLocal = `AUTHENTICATION_SOURCES = ["oauth2", "internal"]
OAUTH2_CONFIG = [
    {
        "OAUTH2_NAME": "authentik",
        "OAUTH2_DISPLAY_NAME": "authentik",
        "OAUTH2_CLIENT_ID": "{client_id}",
        "OAUTH2_CLIENT_SECRET": "{client_secret}",
        "OAUTH2_TOKEN_URL": "{token_url}",
        "OAUTH2_AUTHORIZATION_URL": "{authorize_url}",
        "OAUTH2_API_BASE_URL": "{ak}/application/o/",
        "OAUTH2_USERINFO_ENDPOINT": "{userinfo_url}",
        "OAUTH2_SERVER_METADATA_URL": "{discovery_url}",
        "OAUTH2_SCOPE": "openid email profile",
    }
]`;

export const envConfig = `PGADMIN_CONFIG_AUTHENTICATION_SOURCES="['oauth2', 'internal']"
PGADMIN_CONFIG_OAUTH2_CONFIG="[{'OAUTH2_NAME':'authentik','OAUTH2_DISPLAY_NAME':'authentik','OAUTH2_CLIENT_ID':'{client_id}','OAUTH2_CLIENT_SECRET':'{client_secret}','OAUTH2_TOKEN_URL':'{token_url}','OAUTH2_AUTHORIZATION_URL':'{authorize_url}','OAUTH2_API_BASE_URL':'{ak}/application/o/','OAUTH2_USERINFO_ENDPOINT':'{userinfo_url}','OAUTH2_SERVER_METADATA_URL':'{discovery_url}','OAUTH2_SCOPE':'openid email profile'}]"`;

export const help = {
  url: 'The address pgAdmin (server mode) runs at, with a sub-path such as /pgadmin4 if it has one. You can paste any pgAdmin page; the wizard keeps only the base address.',
  apiBase: 'Base for relative API calls; every endpoint here is absolute, so authentik’s /application/o/ is enough.',
  userinfo: 'pgAdmin reads the user’s email address from here. Releases before the metadata-only setup need it; it does no harm on newer ones.',
};

export const notes = {
  container: {
    tone: 'info',
    text: 'In the official container, config_local.py lives in /pgadmin4/. The environment form below sets the same values; use one or the other.',
  },
  internal: {
    tone: 'warning',
    text: 'Keep "internal" in AUTHENTICATION_SOURCES until an authentik user has been given the Administrator role in pgAdmin; then you may remove it.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'pgAdmin sends its own address followed by /oauth2/authorize; behind a proxy that does not pass X-Forwarded-Proto it sends http://, which gets “Redirect URI Error”.',
  email: 'pgAdmin uses the email address from the userinfo answer as the username; without one it refuses the login.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart pgAdmin and open its login page in a private window.',
    'Click the authentik button and sign in at authentik.',
    'As a pgAdmin administrator, check Users: the new user is listed with source oauth2.',
  ],
  success: 'You land in pgAdmin signed in as your authentik email address; a first login creates the user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning:
        'pgAdmin sent http:// or an internal address: the reverse proxy must pass X-Forwarded-Proto and Host (or X-Script-Name for a sub-path).',
      checkId: 'redirect-errors',
    },
    {
      message:
        'An email id or OAUTH2_USERNAME_CLAIM is required to login into pgAdmin. Please update your OAuth2 profile for email id or set OAUTH2_USERNAME_CLAIM config parameter.',
      meaning: 'authentik’s userinfo carried no email address: the provider lacks the email scope, or the user has none.',
      checkId: 'email-claim',
    },
    {
      message: 'mismatching_state: CSRF Warning! State not equal in request and response.',
      meaning:
        'pgAdmin lost its session between the redirect and the callback: open pgAdmin at exactly its configured address, and check the proxy keeps cookies.',
    },
    {
      message: 'There is no authentik button on the login page',
      meaning: 'AUTHENTICATION_SOURCES does not contain "oauth2", or pgAdmin was not restarted.',
    },
  ],
};
