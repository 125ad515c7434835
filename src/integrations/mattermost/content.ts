/** Mattermost prose: the read_user mapping, the config.json block, help texts, notes, reasons and the manual test. */
import type { CustomScopeSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** The GitLab-shaped user Mattermost reads from UserAPIEndpoint: `id` must be a non-zero number. */
export const READ_USER: CustomScopeSpec = {
  name: 'Mattermost: read_user',
  scope: 'read_user',
  description: 'Mattermost Team Edition user profile',
  expression: `username = request.user.username

return {
    "id": request.user.pk,
    "username": username,
    "login": username,
    "preferred_username": username,
    "email": request.user.email,
    "name": request.user.name or username,
}`,
};

export const snippet = `"GitLabSettings": {
    "Enable": true,
    "Secret": "{client_secret}",
    "Id": "{client_id}",
    "Scope": "",
    "AuthEndpoint": "{authorize_url}",
    "TokenEndpoint": "{token_url}",
    "UserAPIEndpoint": "{userinfo_url}",
    "ButtonText": "Log in with authentik"
}`;

export const help = {
  url: 'Mattermost’s Site URL (System Console › Environment › Web Server), with a sub-path if it has one. You can paste any Mattermost page; the wizard keeps only the base address.',
  scope: 'Leave it empty: Mattermost then sends no scope and authentik grants every scope of the provider, including read_user.',
};

export const notes = {
  siteUrl: {
    tone: 'warning',
    text: 'Mattermost builds the callback from its Site URL; it must be {url}. The System Console cannot set these endpoints in Team Edition: edit config.json (hosted Mattermost without file access cannot use this).',
  },
  env: {
    tone: 'info',
    text: 'Environment variables override config.json: MM_GITLABSETTINGS_ENABLE, MM_GITLABSETTINGS_ID, MM_GITLABSETTINGS_SECRET, MM_GITLABSETTINGS_AUTHENDPOINT, MM_GITLABSETTINGS_TOKENENDPOINT, MM_GITLABSETTINGS_USERAPIENDPOINT.',
  },
  signup: {
    tone: 'info',
    text: 'Mattermost creates accounts on the first login only if System Console › Authentication › Signup allows account creation; otherwise create the users first. The System Console calls this sign-in method GitLab. Enterprise Edition can use SAML instead (the guide’s other tab).',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'Mattermost sends its Site URL followed by /signup/gitlab/complete (older releases /login/gitlab/complete); authentik refuses any other string with “Redirect URI Error”.',
  email: 'Mattermost refuses a user without an email address (“user e-mail should not be empty”).',
  readUser:
    'Mattermost reads a GitLab-shaped user: a numeric id and an email address, which only the read_user mapping answers. Without it the login stops at “user id can’t be 0”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Mattermost and open its login page in a private window.',
    'Click “Log in with authentik” and sign in at authentik.',
    'As an administrator, check System Console › User Management › Users: the account’s sign-in method is GitLab.',
  ],
  success: 'You land in Mattermost, signed in; on the first login the account is created (or you are asked to join a team).',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Mattermost’s Site URL differs from the address given here, or is empty.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Back at Mattermost, an error page; the Mattermost log says “user id can’t be 0”',
      meaning: 'The userinfo answer has no numeric id: the read_user mapping is not on the provider.',
      checkId: 'custom-mappings',
    },
    {
      message: 'Back at Mattermost, an error page; the Mattermost log says “user e-mail should not be empty”',
      meaning: 'The authentik user has no email address, or the read_user mapping is missing.',
    },
    {
      message: 'Mattermost refuses to create the account, or says the email address is already in use',
      meaning:
        'Account creation is off under Authentication › Signup, or a local (email) account already has that address: Mattermost does not link it to the GitLab sign-in by itself.',
    },
  ],
};
