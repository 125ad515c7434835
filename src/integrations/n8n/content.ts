/** n8n prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The public address of the n8n editor (N8N_EDITOR_BASE_URL if you set it), with a sub-path if n8n runs under one. You can paste any n8n page; the wizard keeps only the base address.',
  redirect: 'n8n shows this value read-only. It must read exactly as here; if it shows an internal address, set N8N_EDITOR_BASE_URL first.',
};

export const notes = {
  activate: {
    tone: 'info',
    text: 'Click Save settings, then set OIDC to Activated. Keep a browser session with the owner account open until a test login works.',
  },
  baseUrl: {
    tone: 'warning',
    text: 'Behind a reverse proxy or load balancer, n8n builds the Redirect URL from N8N_EDITOR_BASE_URL. Set it to {url} and restart n8n, or the callback points to an internal address.',
  },
  plan: { tone: 'info', text: 'OIDC single sign-on needs an n8n Enterprise licence and the instance owner (or an admin) to configure it.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'n8n sends its instance base URL followed by /rest/sso/oidc/callback; any other string gets “Redirect URI Error”.',
  email:
    'n8n fetches authentik’s userinfo and refuses the login with “An email is required” when it has no email address; it links existing users by that address.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of n8n (or open a private window) and choose the SSO login on the sign-in page.',
    'Sign in at authentik.',
    'As the owner, check Settings › Users for the account.',
  ],
  success:
    'You land in n8n signed in; a first login creates a member account with your authentik email address, or links the existing account with that address.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'n8n sent another Redirect URL: N8N_EDITOR_BASE_URL is unset or differs from the address given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'An email is required',
      meaning: 'authentik’s userinfo carried no email address: the provider lacks the email scope mapping, or the user has no email.',
      checkId: 'email-claim',
    },
    {
      message: 'Failed to discover OIDC metadata, based on the provided configuration',
      meaning: 'n8n could not read the Discovery Endpoint: wrong URL, or n8n cannot reach or trust authentik’s certificate.',
      checkId: 'discovery',
    },
    {
      message: 'Invalid authorization code',
      meaning: 'The token exchange failed: check the Client Secret, and that the provider allows the authorization code grant.',
      checkId: 'grant-types',
    },
  ],
};
