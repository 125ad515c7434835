/** Semaphore prose: the config.json block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `{
    "oidc_providers": {
        "{name}": {
            "display_name": "Sign in with authentik",
            "provider_url": "{issuer}",
            "client_id": "{client_id}",
            "client_secret": "{client_secret}",
            "redirect_url": "{redirect_uri}",
            "username_claim": "preferred_username",
            "name_claim": "preferred_username",
            "email_claim": "email",
            "scopes": ["openid", "profile", "email"]
        }
    }
}`;

export const help = {
  url: 'The address Semaphore UI runs at (its web_host), with a sub-path if it has one. You can paste any Semaphore page; the wizard keeps only the base address.',
  name: 'The key of the entry under oidc_providers. Semaphore puts it into the callback URL, so it must match exactly (case counts).',
  providerUrl: 'The issuer: Semaphore appends /.well-known/openid-configuration itself.',
};

export const notes = {
  webRoot: { tone: 'info', text: 'If Semaphore shows “Not Found” after the login, set web_root to / (SEMAPHORE_WEB_ROOT=/).' },
  permissions: { tone: 'info', text: 'Users are created on their first login without permissions; the local administrator adds them to projects.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'Semaphore sends the redirect_url of the entry, its address followed by /api/auth/oidc/<key>/redirect/; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Semaphore and open its login page in a private window.',
    'Click “Sign in with authentik” and sign in at authentik.',
    'As the local administrator, add the new user to a project.',
  ],
  success: 'You land in Semaphore signed in as your authentik username; a first login creates the user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'redirect_url, the provider key or the Semaphore address differs from the ones given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Not Found after returning from authentik',
      meaning: 'Semaphore’s web_root is wrong for this address: set SEMAPHORE_WEB_ROOT=/ (semaphoreui/semaphore issue 2681).',
    },
    {
      message: 'There is no “Sign in with authentik” button',
      meaning: 'config.json is not the file Semaphore reads, the JSON is invalid, or Semaphore was not restarted.',
    },
  ],
};
