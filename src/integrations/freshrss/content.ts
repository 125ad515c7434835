/** FreshRSS prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The https address of FreshRSS, without a port (the wizard adds the :443 variant). You can paste any FreshRSS page; the wizard keeps only the address.',
  metadata: 'The full discovery URL, not the issuer.',
  crypto: 'Any long random string, e.g. the output of openssl rand -hex 32; mod_auth_openidc encrypts its session with it.',
  forwarded: 'Needed behind a reverse proxy, so the callback carries the public host, scheme and port.',
  scopes: 'FreshRSS’s default is openid only; profile carries preferred_username, which becomes the FreshRSS username.',
  method: 'Only after a user that exists in both FreshRSS and authentik has signed in through OIDC.',
};

export const notes = {
  image: {
    tone: 'warning',
    text: 'OIDC works only in the Debian-based FreshRSS image on x86_64, or behind Apache with mod_auth_openidc; the Alpine image has no OIDC.',
  },
  admin: {
    tone: 'warning',
    text: 'Before restarting with OIDC, make sure a FreshRSS admin has exactly the username (preferred_username) of an authentik user, or you lock yourself out.',
  },
  port: {
    tone: 'info',
    text: 'mod_auth_openidc may put the port into the callback, so the provider lists both {url}/i/oidc/ and the :443 form. If FreshRSS is published on another port, change the second one in authentik.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'mod_auth_openidc sends FreshRSS’s address followed by /i/oidc/ (sometimes with :443); any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart FreshRSS and open it in a private window: it sends you to authentik straight away.',
    'Sign in at authentik with a user whose username exists in FreshRSS.',
    'In Settings › Authentication, check that the method reads HTTP with REMOTE_USER set to your username.',
  ],
  success: 'FreshRSS opens your feeds as the FreshRSS user with your authentik username.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The callback FreshRSS sent has another host, scheme or port: set OIDC_X_FORWARDED_HEADERS behind a proxy, or add the port variant.',
      checkId: 'redirect-errors',
    },
    {
      message: 'An Apache error page (500) instead of authentik',
      meaning: 'mod_auth_openidc cannot read OIDC_PROVIDER_METADATA_URL or the image has no OIDC module (Alpine).',
      checkId: 'discovery',
    },
    {
      message: 'FreshRSS shows a login or “forbidden” page after authentik',
      meaning: 'No FreshRSS user has your preferred_username, or Authentication method is not HTTP yet.',
    },
  ],
};
