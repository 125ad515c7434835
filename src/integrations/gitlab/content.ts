/** GitLab (OpenID Connect) prose and gitlab.rb: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'GitLab’s external_url from gitlab.rb. You can paste a GitLab page such as /users/sign_in; the wizard keeps only the base address.',
};

// send_scope_to_token_endpoint: the guide has 'true', GitLab's docs false; the vendor's value is used.
export const snippet = `gitlab_rails['omniauth_allow_single_sign_on'] = ['openid_connect']
gitlab_rails['omniauth_sync_email_from_provider'] = 'openid_connect'
gitlab_rails['omniauth_sync_profile_from_provider'] = ['openid_connect']
gitlab_rails['omniauth_sync_profile_attributes'] = ['email']
gitlab_rails['omniauth_block_auto_created_users'] = false
gitlab_rails['omniauth_auto_link_user'] = ['openid_connect']
gitlab_rails['omniauth_providers'] = [
  {
    name: 'openid_connect',
    label: 'authentik',
    args: {
      name: 'openid_connect',
      scope: ['openid', 'profile', 'email'],
      response_type: 'code',
      issuer: '{issuer}',
      discovery: true,
      client_auth_method: 'query',
      uid_field: 'preferred_username',
      send_scope_to_token_endpoint: false,
      pkce: true,
      client_options: { identifier: '{client_id}', secret: '{client_secret}', redirect_uri: '{redirect_uri}' }
    }
  }
]
`;

export const notes = {
  reconfigure: {
    tone: 'info',
    text: 'Then run gitlab-ctl reconfigure (or restart the container). GitLab must reach authentik over https with a trusted certificate to read the discovery document.',
  },
  breakGlass: {
    tone: 'warning',
    text: 'If you also set omniauth_auto_sign_in_with_provider, keep {url}/users/sign_in?auto_sign_in=false for the local login.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'GitLab sends its external_url followed by /users/auth/openid_connect/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open GitLab’s sign-in page in a private window and click the authentik button.',
    'Sign in at authentik.',
    'In GitLab, open your profile › Account and look for the authentik identity.',
  ],
  success: 'You are signed in to GitLab; a new user is created unblocked, or an existing one with the same email address is linked.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'GitLab’s external_url differs from the address entered here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Could not authenticate you from OpenIDConnect because “Invalid credentials”',
      meaning: 'The client secret in gitlab.rb is wrong. Copy it again.',
    },
    {
      message: 'A 500 error, or “… because Invalid issuer”',
      meaning: 'The issuer differs from authentik’s (trailing slash), or GitLab cannot read the discovery document.',
      checkId: 'discovery',
    },
    {
      message: 'A second account appears for someone who had one',
      meaning: 'The authentik username changed: GitLab links by preferred_username.',
      checkId: 'username-changes',
    },
  ],
};
