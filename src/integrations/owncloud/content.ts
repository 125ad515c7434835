/** ownCloud prose: the config blocks, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const config = `<?php
$CONFIG = [
  'http.cookie.samesite' => 'None',
  'openid-connect' => [
    'provider-url' => '{issuer}',
    'client-id' => '{client_id}',
    'client-secret' => '{client_secret}',
    'loginButtonName' => 'Log in with authentik',
    'mode' => 'userid',
    'search-attribute' => 'preferred_username',
  ],
];`;

export const provisioning = `    'auto-provision' => [
      'enabled' => true,
      'email-claim' => 'email',
      'display-name-claim' => 'name',
      'update' => [
        'enabled' => true,
      ],
    ],`;

export const help = {
  url: 'The address ownCloud runs at (overwrite.cli.url). You can paste any ownCloud page; the wizard keeps only the base address.',
  samesite: 'The login comes back from authentik on another site; with a stricter SameSite cookie ownCloud loses the session.',
  search: 'ownCloud user IDs are the authentik usernames. Remove mode and search-attribute to use the email address as the user ID instead.',
};

export const notes = {
  app: {
    tone: 'info',
    text: 'First enable the OpenID Connect app from the Market ({url}/apps/market/#/). The app has no settings page; it reads this file (or the same JSON stored with occ config:app:set openidconnect openid-connect).',
  },
  cache: {
    tone: 'warning',
    text: 'The app needs a distributed memory cache (Redis or memcached) in config.php; without one ownCloud stops with “A real distributed mem cache setup is required”.',
  },
  logout: {
    tone: 'info',
    text: 'Optional, in authentik: on the provider, Advanced protocol settings › Logout URI {url}/index.php/apps/openidconnect/logout with Logout Method Front-channel.',
  },
  clients: {
    tone: 'info',
    text: 'Desktop, Android and iOS clients use their own fixed client IDs and redirect URIs: they need three more providers made by hand from the guide’s table, the same signing key, and a rewrite of {url}/.well-known/openid-configuration to {url}/index.php/apps/openidconnect/config (not a redirect). Keep autoRedirectOnLoginPage off until a login works.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'The app sends ownCloud’s address followed by /index.php/apps/openidconnect/redirect; authentik refuses any other string with “Redirect URI Error”.',
  username:
    'ownCloud finds the user by preferred_username, the authentik username; a renamed user would arrive as someone else. Turn off “Allow users to change username” in authentik.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart ownCloud and open its login page in a private window.',
    'Click “Log in with authentik” and sign in at authentik.',
    'Check in ownCloud’s Users page that you are signed in as the user with your authentik username.',
  ],
  success: 'You land in ownCloud’s Files, signed in as the ownCloud user whose ID is your authentik username.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'ownCloud sent another address: check overwrite.cli.url and the proxy headers, or a missing /index.php.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Error in OpenIdConnect:… / Configuration issue in openidconnect app',
      meaning: 'The app cannot read the discovery document or verify the ID token: check provider-url, the client secret and the signing key.',
      checkId: 'discovery',
    },
    {
      message: 'Auto provisioning is disabled.',
      meaning: 'No ownCloud user has your authentik username; create it, or add the auto-provision block.',
    },
    {
      message: 'Required provisioning attribute is not found.',
      meaning: 'The userinfo answer lacks the email or name claim auto-provisioning reads.',
      checkId: 'email-claim',
    },
    { message: 'A real distributed mem cache setup is required', meaning: 'ownCloud has no Redis or memcached configured.' },
  ],
};
