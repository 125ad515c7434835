/** Icinga Web 2 prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address of Icinga Web 2 including its base path, usually /icingaweb2. You can paste any Icinga Web 2 page; the wizard keeps only the base address.',
  name: 'The Name of the provider in the OIDC module. The module puts it into the callback (…/oidc/authentication/realm?name=<Name>), so enter it there exactly as here.',
  url2: 'The issuer, with its trailing slash: the module reads /.well-known/openid-configuration under it.',
  groups: 'Comma-separated; wildcards work. Restrict it to the groups you use for Icinga roles, e.g. icinga-admins, icinga-users.',
  required: 'Optional: only members of one of these groups may sign in. Leave empty to allow every user authentik lets through.',
  https: 'On when Icinga Web 2 runs behind an HTTPS-terminating reverse proxy; otherwise the module sends an http:// callback.',
};

export const notes = {
  module: {
    tone: 'info',
    text: 'Needs the oidc module from RISE-GmbH installed, enabled and given a database resource (see its installation guide).',
  },
  roles: {
    tone: 'warning',
    text: 'A first login creates the user (and the synced groups) without any permission. Grant access under Configuration › Authentication › Roles.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'The module sends its base path followed by /oidc/authentication/realm?name=<Name>; another Name, path or scheme gets “Redirect URI Error”.',
  username:
    'With Custom Username preferred_username, Icinga Web 2 knows the user by the authentik username; a renamed user arrives as a new Icinga user.',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of Icinga Web 2 and open its login page.',
    'Click the new button (its Caption, e.g. “Sign in with authentik”) and sign in at authentik.',
    'If you see the dashboard without any menu, grant the user or a synced group a role.',
  ],
  success: 'You land on the Icinga Web 2 dashboard, signed in with your authentik username.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning:
        'The Name differs from the one in the redirect URI, the base path differs, or the module sent http:// (turn on Enforce Https on redirect urls behind a proxy).',
      checkId: 'redirect-errors',
    },
    {
      message: 'OIDC: Something went wrong!',
      meaning:
        'The token exchange or userinfo call failed: check Url (issuer with trailing slash), Appname (client ID) and Secret; the Icinga Web 2 log has the details.',
    },
    { message: 'Provider not found / Provider not enabled', meaning: 'No provider with that Name exists, or its Enabled switch is off.' },
    {
      message: 'User has not any required group for this provider',
      meaning: 'Required Groups is set and the user is in none of them (authentik sends groups in the profile scope).',
    },
  ],
};
