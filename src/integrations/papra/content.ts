/** Papra prose: the provider JSON, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** One line: docker compose's .env parser takes no multi-line values. */
export const PROVIDERS = `[{"providerId": "authentik","providerName": "authentik","providerIconUrl": "{ak}/static/dist/assets/icons/icon.png","clientId": "{client_id}","clientSecret": "{client_secret}","type": "oidc","discoveryUrl": "{discovery_url}","scopes": ["openid", "profile", "email"]}]`;

export const help = {
  url: 'The public address of Papra (its base URL). You can paste any Papra page; the wizard keeps only the base address.',
  providers: 'providerId "authentik" is part of the callback URL, so keep it; providerName is the text on the login button.',
};

export const notes = {
  oneLine: { tone: 'info', text: 'Keep the JSON on one line, exactly as shown.' },
  baseUrl: {
    tone: 'warning',
    text: 'Papra builds the callback from its configured base URL (APP_BASE_URL): it must be {url}, or authentik receives another address.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Papra sends its base URL followed by /api/auth/oauth2/callback/authentik; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: ['Restart Papra, sign out and open the login page.', 'Click “Log in with authentik” and sign in at authentik.'],
  success: 'You land on the Papra dashboard, signed in with the account of your authentik email address.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Papra’s base URL or the providerId differs from the registered callback.',
      checkId: 'redirect-errors',
    },
    {
      message: 'There is no “Log in with authentik” button',
      meaning: 'AUTH_PROVIDERS_CUSTOMS is missing or not valid one-line JSON; Papra’s log says why.',
    },
    {
      message: 'Back on the login page with an error after authentik',
      meaning: 'The token exchange failed (client secret, discoveryUrl), or sign-ups are disabled in Papra and no account has this email address.',
      checkId: 'discovery',
    },
  ],
};
