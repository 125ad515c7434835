/** Komodo prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address you open Komodo at, exactly as KOMODO_HOST will say. You can paste any Komodo page; the wizard keeps only the base address.',
  host: 'Komodo builds its redirect URI from this value: KOMODO_HOST followed by /auth/oidc/callback.',
  provider:
    'The issuer, with the trailing slash. Komodo reads the discovery document below it and refuses an issuer that differs by a single character. Komodo Core must be able to reach this address.',
};

export const notes = {
  toml: {
    tone: 'info',
    text: 'Or set the same values in core.config.toml (host, oidc_enabled, oidc_provider, oidc_client_id, oidc_client_secret). Environment variables override the file. Redeploy Komodo Core afterwards.',
  },
  enable: {
    tone: 'warning',
    text: 'Komodo creates OIDC users disabled, except the very first user. After someone signs in for the first time, an admin enables them under Settings › Users (or set KOMODO_ENABLE_NEW_USERS=true).',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Komodo sends KOMODO_HOST followed by /auth/oidc/callback; authentik refuses any other string with “Redirect URI Error”.',
  signing: 'Komodo verifies the ID token with the keys and algorithms from authentik’s discovery document and rejects it otherwise.',
  discovery: 'Komodo reads every endpoint from the discovery document below KOMODO_OIDC_PROVIDER.',
};

export const manualTest: ManualTest = {
  steps: [
    'Redeploy Komodo Core with the new environment, then open Komodo’s login page.',
    'Click the OIDC login button and sign in at authentik.',
    'If Komodo says “User Not Enabled”, sign in with a local admin, open Settings › Users, open the new OIDC user and click Enable User.',
  ],
  success: 'You land on the Komodo dashboard, signed in as the OIDC user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'KOMODO_HOST differs from the address given here (http instead of https, another host or port), so Komodo sent another callback.',
      checkId: 'redirect-errors',
    },
    { message: 'User Not Enabled', meaning: 'The login worked; Komodo creates new OIDC users disabled. Enable the user under Settings › Users.' },
    {
      message: 'User registration is disabled',
      meaning: 'KOMODO_DISABLE_USER_REGISTRATION is true and this authentik user has never signed in to Komodo before.',
    },
    {
      message: 'Failed to get OIDC /.well-known/openid-configuration (in the Komodo Core log)',
      meaning: 'Komodo Core cannot reach KOMODO_OIDC_PROVIDER, or the issuer is wrong (a missing trailing slash, another slug).',
      checkId: 'discovery',
    },
    {
      message: 'Failed to verify token claims. This issue may be temporary (60 seconds max).',
      meaning:
        'The ID token did not verify: the provider has no signing key, or the keys changed less than a minute ago (Komodo caches the discovery data for 60 seconds).',
      checkId: 'signing-key',
    },
  ],
};
