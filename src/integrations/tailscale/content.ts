/** Tailscale prose and the WebFinger answer: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  email:
    'The address you sign up to Tailscale with. Its domain must be yours (not gmail.com or outlook.com): Tailscale looks up authentik through WebFinger on that domain, and all users of the tailnet share it.',
};

export const webfinger = [
  '{',
  '  "subject": "acct:{email}",',
  '  "links": [',
  '    { "rel": "http://openid.net/specs/connect/1.0/issuer", "href": "{issuer}" }',
  '  ]',
  '}',
  '',
].join('\n');

export const notes = {
  webfinger: {
    tone: 'warning',
    text: 'Prerequisite: serve this JSON over https at /.well-known/webfinger on the domain of {email} itself (not a subdomain), without a redirect, whatever query string Tailscale adds. Tailscale only reads it during sign-up. authentik’s own WebFinger helps only if authentik runs on that domain.',
  },
  signup: {
    tone: 'info',
    text: 'Click Sign up with OIDC and sign in at authentik as the user with the email {email}. Tailscale and authentik’s discovery document must be reachable from the internet.',
  },
  existing: { tone: 'warning', text: 'Signing up creates a new tailnet. Moving an existing tailnet to authentik needs Tailscale support.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Tailscale sends https://login.tailscale.com/a/oauth_response exactly; any other string gets “Redirect URI Error”.',
  signing: 'Tailscale verifies ID tokens only with RSA (2048 bits or more) or EC P-256 keys; HS256, P-384 and P-521 are refused.',
};

export const manualTest: ManualTest = {
  steps: [
    'Check WebFinger: curl "https://<your email domain>/.well-known/webfinger?resource=acct:<your email>" shows the issuer link.',
    'Open https://login.tailscale.com/start/oidc, enter your email, click Get OIDC Issuer, enter the client ID and secret, click Sign up with OIDC.',
    'Sign in at authentik as that user.',
  ],
  success:
    'The Tailscale admin console of the new tailnet opens; later logins at login.tailscale.com with addresses on your domain go through authentik.',
  errors: [
    {
      message: 'Get OIDC Issuer finds no issuer',
      meaning: 'WebFinger is missing, on another host, redirects or is not https; or its href is not the issuer exactly.',
      checkId: 'discovery',
    },
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The provider lacks https://login.tailscale.com/a/oauth_response exactly.',
      checkId: 'redirect-errors',
    },
    {
      message: 'A token or signature error after signing in at authentik',
      meaning: 'The signing key is an EC P-384/P-521 key, or the provider has none.',
      checkId: 'signing-key',
    },
    {
      message: 'Tailscale names another admin, or refuses the sign-up',
      meaning: 'You signed in at authentik as a user whose email is not the one entered at Tailscale.',
      checkId: 'email-claim',
    },
  ],
};
