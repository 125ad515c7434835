/** Home Assistant prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address people open Home Assistant at, with the port if it has one (for example https://hass.company:8123). You can paste any Home Assistant page; the wizard keeps only the address.',
  discovery: 'Home Assistant fetches it before going on, so it must reach authentik from the Home Assistant host.',
  admins:
    'hass-oidc-auth makes members of the authentik group “admins” Home Assistant administrators. Create that group, or enter the name of an existing one here.',
  linking: 'Leave it off; turn it on only for a while to migrate existing Home Assistant users, because it bypasses their local MFA.',
};

export const notes = {
  install: { tone: 'info', text: 'Install “OpenID Connect/SSO Authentication” (hass-oidc-auth) from HACS and restart Home Assistant first.' },
  proxy: {
    tone: 'warning',
    text: 'Behind a TLS reverse proxy, Home Assistant must see X-Forwarded-Proto (use_x_forwarded_for, trusted_proxies) or set features.force_https: true; otherwise it sends an http:// callback.',
  },
  yaml: {
    tone: 'info',
    text: 'The same values fit configuration.yaml under auth_oidc: client_id, client_secret, discovery_url. The older hass-openid integration uses /auth/openid/callback instead; this provider is for hass-oidc-auth.',
  },
  fallback: { tone: 'info', text: 'Local sign-in stays reachable at {url}/?skip_oidc_redirect=true.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'hass-oidc-auth sends the Home Assistant address followed by /auth/oidc/callback; another scheme or port gets “Redirect URI Error”.',
  signing: 'hass-oidc-auth verifies the ID token with authentik’s keys and expects RS256 unless id_token_signing_alg is changed.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open Home Assistant in a private window and choose “OpenID Connect (SSO)” on the welcome screen.',
    'Sign in at authentik.',
    'As an administrator, check Settings › People for the new user and whether it is an administrator.',
  ],
  success: 'You are back in Home Assistant, signed in as the authentik user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Home Assistant sent another callback: http instead of https, a missing port, or the hass-openid path.',
      checkId: 'redirect-errors',
    },
    {
      message: '[SSL: CERTIFICATE_VERIFY_FAILED]',
      meaning: 'Home Assistant does not trust authentik’s certificate. Point network.tls_ca_path at your CA.',
    },
    {
      message: 'The Discovery URL step fails in the integration setup',
      meaning: 'Home Assistant cannot reach authentik, or the URL is wrong.',
      checkId: 'discovery',
    },
    {
      message: 'The login is refused after authentik',
      meaning: 'The ID token is not signed with RS256 (no or a non-RSA signing key), or roles.user excludes the user.',
      checkId: 'signing-key',
    },
  ],
};
