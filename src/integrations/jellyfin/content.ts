/** Jellyfin prose: help texts, the login button, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'Jellyfin’s public address, with its Base URL (for example /jellyfin) if it has one. You can paste any Jellyfin page; the wizard keeps only the base address.',
  name: 'The plugin’s “Name of OpenID Provider”. It ends both callback URLs, so type it in the plugin exactly as here, including upper and lower case.',
  endpoint: 'The plugin needs an https discovery URL unless “Disable OpenID HTTPS Discovery” is ticked; leave that off.',
  scheme: 'Set it to https when a reverse proxy terminates TLS, or the plugin sends an http:// callback.',
  roles: 'Optional: authentik group names allowed in (Roles) or made administrators (Admin Roles), read from the groups claim.',
};

export const button = `<form action="{url}/sso/OID/start/{name}">
  <button class="raised block emby-button button-submit">Sign in with authentik</button>
</form>`;

export const notes = {
  plugin: {
    tone: 'info',
    text: 'Add the repository https://raw.githubusercontent.com/9p4/jellyfin-plugin-sso/manifest-release/manifest.json under Dashboard › Plugins › Repositories, install “SSO Authentication” and restart Jellyfin.',
  },
  collision: {
    tone: 'warning',
    text: 'A user who signs in with the same username as an existing Jellyfin user takes that account over, including an administrator’s.',
  },
  restart: { tone: 'info', text: 'Click Save, then restart Jellyfin once more.' },
  apps: { tone: 'info', text: 'SSO works in the web client; native apps sign in with Quick Connect.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'Started from /sso/OID/start/<name>, the plugin returns to /sso/OID/redirect/<name>; the /r/ form serves the /p/ start path. Anything else gets “Redirect URI Error”.',
  signing: 'The plugin validates the ID token against the keys authentik publishes.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Jellyfin and click “Sign in with authentik” under the login form.',
    'Sign in at authentik.',
    'Check Dashboard › Users for the new user and its library access.',
  ],
  success: 'You are back in Jellyfin, signed in under your authentik username.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The provider name, the path or the scheme (http behind a proxy) differs from the registered callbacks.',
      checkId: 'redirect-errors',
    },
    {
      message: 'No matching provider found',
      meaning: 'The name in the button or callback differs from the plugin’s provider name (case counts), or the provider is disabled.',
    },
    { message: 'Error. Check permissions.', meaning: 'Roles are set, but the user is in none of those authentik groups.' },
    {
      message: 'Error processing request. (log: Endpoint belongs to different authority)',
      meaning: 'The OpenID Endpoint is not this provider’s discovery URL.',
      checkId: 'discovery',
    },
  ],
};
