/** Stirling PDF prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The public https address of Stirling PDF (its system.backendUrl). You can paste any Stirling PDF page; the wizard keeps only the base address.',
  backend: 'Stirling PDF builds its callback from this address; without it the callback may point to an internal host or to http.',
  login: 'Keeps the username/password form next to the SSO button until an SSO user has been made admin; oauth2 later hides the form.',
  scopes: 'Comma separated, as Stirling PDF expects. Quote the value in a .env file.',
  provider: 'The last segment of the callback: /login/oauth2/code/authentik. Another name needs another redirect URI.',
  create: 'Creates the Stirling PDF account on the first SSO login (with the standard user role).',
};

export const notes = {
  licence: {
    tone: 'warning',
    text: 'OAuth2 login needs a Stirling PDF Server or Enterprise licence and security.enableLogin. Keep a local admin account: SSO users start with the standard user role, and an admin promotes them under Settings › User Management.',
  },
  restart: {
    tone: 'info',
    text: 'The same keys exist in settings.yml under security.oauth2 (issuer, clientId, clientSecret, scopes, provider, autoCreateUser). Restart Stirling PDF afterwards.',
  },
  older: {
    tone: 'info',
    text: 'Releases before the fix of Stirling-PDF issue #5141 always sent …/login/oauth2/code/oidc as the callback, whatever the provider name. If authentik reports that Redirect URI, update Stirling PDF.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'Stirling PDF sends its backend URL followed by /login/oauth2/code/ and the provider name (authentik); another string gets “Redirect URI Error”.',
  signing: 'Stirling PDF is a Spring Security client, which verifies ID tokens as RS256 unless told otherwise: an EC (ES256) key fails every login.',
  email: 'Stirling PDF names the account after the email claim (useAsUsername defaults to email); without it the login fails.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Stirling PDF and open it in a private window.',
    'Click “Sign in with Authentik” and sign in at authentik.',
    'As the local admin, check Settings › User Management for the new account and give it the role it needs.',
  ],
  success: 'You are back in Stirling PDF, signed in; on the first login the account is created with the standard user role.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning:
        'Stirling PDF sent another callback: SYSTEM_BACKENDURL is missing or differs, SECURITY_OAUTH2_PROVIDER is not authentik, or an older release sends …/login/oauth2/code/oidc.',
      checkId: 'redirect-errors',
    },
    {
      message:
        '[invalid_id_token] An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found',
      meaning: 'The provider signs with an EC key; Stirling PDF (Spring Security) expects RS256.',
      checkId: 'signing-key',
    },
    {
      message: 'There is no “Sign in with Authentik” button',
      meaning: 'SECURITY_ENABLELOGIN or SECURITY_OAUTH2_ENABLED is not true, the login method is normal, or no valid licence is active.',
    },
    {
      message: 'Stirling PDF does not start: At least one OAuth2 provider must be configured.',
      meaning: 'The issuer, client ID or client secret is empty, or the issuer cannot be reached from the Stirling PDF host.',
    },
  ],
};
