/** Cloudflare Access prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  team: 'Your Zero Trust team name, shown in Cloudflare One under Settings › Team name (older dashboards: Settings › Custom Pages). You can also paste the team domain.',
  claims:
    "Add it to pass the user's authentik groups to Access policies. The profile scope also provides name and preferred_username; add each claim as its own entry.",
};

export const notes = {
  rename: {
    tone: 'info',
    text: 'authentik accepts logins only for {redirect_uri}. If you rename your Cloudflare team, change this redirect URI in the authentik provider too.',
  },
  test: {
    tone: 'info',
    text: 'Click Save, then Test next to the new identity provider. A working setup shows the identity Cloudflare received, including the email address.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Cloudflare sends https://<team>.cloudflareaccess.com/cdn-cgi/access/callback exactly; any other string gets “Redirect URI Error”.',
  signing: 'Cloudflare verifies the ID token with the keys at the Certificate URL and accepts RSA or EC signatures only.',
};

export const manualTest: ManualTest = {
  steps: [
    'In Cloudflare One, open Integrations › Identity providers.',
    'Click Test next to the authentik identity provider.',
    'Sign in at authentik in the window that opens.',
    'Whatever the outcome, come back here and click Check again: a refused login leaves traces the checks read.',
  ],
  success: 'Cloudflare shows a success page with the identity it received: your email address and, under oidc_fields, the claims authentik sent.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Cloudflare sent a callback URL the provider does not list, typically because of a trailing slash or a changed team name.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Failed to verify oidc token with fresh keys; undefined',
      meaning: 'Cloudflare cannot verify the ID token: it is encrypted, or signed with a key authentik does not publish.',
      checkId: 'encryption-key',
    },
    {
      message: 'Failed to fetch user/group information from the identity provider',
      meaning: 'The ID token carries no email address: claims are left out of the ID token, the email scope is missing, or the user has no email.',
      checkId: 'email-claim',
    },
    {
      message: 'Failed to exchange code for token. Make sure the client secret is correct.',
      meaning:
        'The client secret or Token URL in Cloudflare is wrong, or Cloudflare cannot reach authentik over the internet. Copy both again; the secret itself cannot be checked from here.',
      checkId: 'discovery',
    },
    {
      message: 'Invalid session. Please try logging in again',
      meaning: 'Cloudflare lost its own session cookie. Run the test again in one browser window; authentik is not involved.',
    },
  ],
};
