/** Grafana prose: the grafana.ini block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/**
 * The vendor's JMESPath form (groups[*]); the guide's contains(groups, …) evaluates the same.
 * `{admins}` and `{editors}` are the role groups chosen on the review, quoted for '…'.
 */
export const ROLES = "contains(groups[*], '{admins}') && 'Admin' || contains(groups[*], '{editors}') && 'Editor' || 'Viewer'";

export const snippet = `[server]
root_url = {url}

[auth]
signout_redirect_url = {end_session_url}

[auth.generic_oauth]
enabled = true
name = authentik
client_id = {client_id}
client_secret = {client_secret}
scopes = openid email profile
auth_url = {authorize_url}
token_url = {token_url}
api_url = {userinfo_url}
role_attribute_path = ${ROLES}`;

export const help = {
  url: 'Grafana’s public address, exactly as root_url will say, with a sub-path such as /grafana if it has one. You can paste any Grafana page; the wizard keeps only the base address.',
  rootUrl: 'Grafana builds its callback from root_url; unset, it sends http://localhost:3000/login/generic_oauth.',
  roles: 'Members of the admin group get Grafana’s Admin role, members of the editor group Editor; everyone else is a Viewer.',
};

export const notes = {
  env: {
    tone: 'info',
    text: 'In Docker, every key is also an environment variable: GF_<SECTION>_<KEY>, e.g. GF_AUTH_GENERIC_OAUTH_CLIENT_ID. Auto-login is auto_login = true under [auth.generic_oauth] (the guide’s older oauth_auto_login is superseded).',
  },
  org: { tone: 'info', text: 'If the first login says “user does not belong to org”, set auto_assign_org = true under [users].' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'Restart Grafana and open its login page (/login).',
    'Click “Sign in with authentik” and sign in at authentik.',
    'Check Administration › Users: the role should follow the user’s authentik groups.',
  ],
  success: 'You land on the Grafana home page, signed in with the role your groups give.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Grafana sent another callback: root_url is unset (localhost) or differs from the address given here.',
      checkId: 'redirect-errors',
    },
    { message: 'user does not belong to org', meaning: 'Grafana has no organisation to put the new user in. Set auto_assign_org under [users].' },
    { message: 'Login failed: sign up is disabled', meaning: 'allow_sign_up is false and the user does not exist in Grafana yet.' },
  ],
};
