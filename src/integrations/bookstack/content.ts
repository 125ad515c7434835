/** BookStack prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'BookStack’s APP_URL, with a sub-path if it has one. You can paste any BookStack page; the wizard keeps only the base address.',
  auto: 'Set it to true to send users straight to authentik instead of showing BookStack’s login page.',
  issuer: 'With the trailing slash, exactly as shown: BookStack compares it with the issuer in authentik’s discovery document.',
  logout: 'true: logging out of BookStack also ends the authentik session.',
};

export const notes = {
  appUrl: { tone: 'warning', text: 'BookStack builds the callback from APP_URL; it must be {url}.' },
  issuer: {
    tone: 'warning',
    text: 'Some guides write OIDC_ISSUER without the trailing slash. BookStack then stops with “Unexpected issuer value found on discovery response”, because authentik’s issuer ends with a slash.',
  },
  saml: { tone: 'info', text: 'BookStack can also use SAML 2.0 (AUTH_METHOD=saml2, the guide’s other tab); this wizard sets up OpenID Connect.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'BookStack sends APP_URL followed by /oidc/callback; authentik refuses any other string with “Redirect URI Error”.',
  rsa: 'BookStack only accepts RS256 keys from authentik’s JWKS; with an EC key it finds none and every login fails.',
  discovery:
    'BookStack reads the endpoints and keys from OIDC_ISSUER + /.well-known/openid-configuration and refuses an issuer that differs from OIDC_ISSUER.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart BookStack and open its login page in a private window.',
    'Click “Login with authentik” and sign in at authentik.',
    'As an administrator, check Settings › Users: the account has an external authentication ID.',
  ],
  success: 'You land in BookStack, signed in; on the first login the account is created with the default registration role.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'APP_URL differs from the address given here (http, a sub-path, or another host).',
      checkId: 'redirect-errors',
    },
    {
      message: 'OIDC Discovery Error: Unexpected issuer value found on discovery response',
      meaning: 'OIDC_ISSUER is not exactly authentik’s issuer: the trailing slash or the slug differs.',
      checkId: 'discovery',
    },
    {
      message:
        'Missing required configuration "keys" value, or ID token validation failed with error: Token signature could not be validated using the provided keys',
      meaning: 'authentik signs with an EC key (or none): BookStack keeps only RS256 keys from the JWKS.',
      checkId: 'signing-key',
    },
    {
      message: 'Could not find an email address, for this user, in the data provided by the external authentication system',
      meaning: 'Neither the ID token nor userinfo carries an email: the user has none, or the email scope is missing.',
      checkId: 'email-claim',
    },
    {
      message: 'A user with the email … already exists but with different credentials',
      meaning: 'A local BookStack account has that email address; link it or remove it first.',
    },
  ],
};
