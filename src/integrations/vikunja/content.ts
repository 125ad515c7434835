/** Vikunja prose: the config.yml block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `auth:
  local:
    enabled: true
  openid:
    enabled: true
    providers:
      {provider}:
        name: "authentik Login"
        authurl: {issuer}
        clientid: {client_id}
        clientsecret: {client_secret}
        scope: openid email profile`;

export const help = {
  url: 'The address people open Vikunja at (its service.publicurl). You can paste any Vikunja page; the wizard keeps only the address.',
  key: 'The key of the provider under auth.openid.providers. It becomes the last path segment of the redirect URI.',
  authurl: 'authentik’s issuer, with the trailing slash: Vikunja discovers the endpoints from it and requires the issuer to match exactly.',
};

export const notes = {
  publicUrl: {
    tone: 'warning',
    text: 'Vikunja’s web app builds the redirect URI from the address it is opened at: open it as {url}, not through another host name or http.',
  },
  env: {
    tone: 'info',
    text: 'With environment variables instead: VIKUNJA_AUTH_OPENID_ENABLED=true and VIKUNJA_AUTH_OPENID_PROVIDERS_<KEY>_NAME, _AUTHURL, _CLIENTID, _CLIENTSECRET, _SCOPE (KEY in capitals), and declare the key in config.yml as auth: openid: providers: {provider}: {}. Versions before 1.0 use another syntax.',
  },
  desktop: {
    tone: 'info',
    text: 'For the Vikunja desktop app, add in authentik a Regex redirect URI ^http://127\\.0\\.0\\.1:[0-9]+/auth/openid/{provider}$ by hand. To allow only authentik logins, set auth.local.enabled: false.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Vikunja sends its own address followed by /auth/openid/<provider key>; another key or address gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart the Vikunja API and open Vikunja in a private window.',
    'Click “authentik Login” and sign in at authentik.',
    'Check the user settings: the account is linked to the OpenID provider.',
  ],
  success: 'You land on Vikunja’s overview, signed in; the first login creates the account.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Vikunja was opened at another address, or the provider key differs from the registered redirect URI.',
      checkId: 'redirect-errors',
    },
    {
      message: 'There is no “authentik Login” button',
      meaning:
        'auth.openid.enabled is false, the provider entry is not read (env variables without the key in config.yml), or the API was not restarted. Vikunja also hides a provider whose authurl it cannot reach.',
      checkId: 'discovery',
    },
    {
      message: 'An error after authentik about the issuer (“oidc: issuer did not match…”) in the Vikunja log',
      meaning: 'authurl is not exactly authentik’s issuer: the trailing slash or the slug differs.',
      checkId: 'discovery',
    },
  ],
};
