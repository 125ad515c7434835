/** Headscale prose: the config.yaml block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `server_url: {url}

oidc:
  issuer: "{issuer}"
  client_id: "{client_id}"
  client_secret: "{client_secret}"
  scope: ["openid", "profile", "email"]
  pkce:
    enabled: true`;

export const help = {
  url: 'Headscale’s public address, exactly as server_url in config.yaml says (the address clients use with --login-server). You can paste any Headscale address; the wizard keeps only the base.',
  serverUrl: 'Headscale builds its callback from server_url: server_url followed by /oidc/callback.',
  issuer: 'The issuer with its trailing slash: Headscale compares it with the issuer in authentik’s discovery document.',
  secret: 'Or leave it out and use client_secret_path, or the HEADSCALE_OIDC_CLIENT_SECRET environment variable.',
};

export const notes = {
  restart: {
    tone: 'info',
    text: 'Restart Headscale after saving config.yaml. Optional filters (allowed_domains, allowed_groups, allowed_users) go under oidc: as well.',
  },
  names: { tone: 'info', text: 'Headscale names a new user after preferred_username and keeps the link by the issuer and sub claims.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Headscale sends server_url followed by /oidc/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'On a client, run tailscale up --login-server followed by your Headscale address.',
    'Open the link the client prints, and sign in at authentik.',
    'On the server, run headscale nodes list: the node belongs to the new user.',
  ],
  success: 'The browser shows Headscale’s success page and the client connects to the tailnet.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'server_url in config.yaml differs from the address given here, so Headscale sent another callback.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Headscale does not start and its log names the OIDC issuer',
      meaning:
        'The issuer is wrong (a missing trailing slash, another slug) or Headscale cannot reach authentik; with only_start_if_oidc_is_available it refuses to start.',
      checkId: 'discovery',
    },
    {
      message: 'An error page from Headscale after signing in at authentik',
      meaning:
        'Either an optional filter (allowed_domains, allowed_groups, allowed_users) refuses the user, or the ID token could not be verified: the provider needs a signing key and no encryption key.',
      checkId: 'signing-key',
    },
  ],
};
