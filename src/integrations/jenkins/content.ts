/** Jenkins prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The Jenkins URL set under Manage Jenkins › System, with a sub-path such as /jenkins if it has one. You can paste any Jenkins page; the wizard keeps only the base address.',
  scopes: 'Under the advanced settings of the Well-known configuration endpoint.',
  logout: 'After a logout at authentik, the browser returns here; authentik accepts it as a post-logout redirect URI.',
};

export const notes = {
  plugin: {
    tone: 'info',
    text: 'Install the plugin “OpenID Connect Authentication” (ID oic-auth) under Manage Jenkins › Plugins › Available plugins and restart Jenkins first.',
  },
  escape: {
    tone: 'warning',
    text: 'Before saving, set up the plugin’s escape hatch (a local user name and password) so you can get back in if authentik is unreachable or misconfigured.',
  },
  rootUrl: {
    tone: 'info',
    text: 'The plugin builds the callback from the Jenkins URL (Manage Jenkins › System): it must be {url}/, not http:// or an internal host name.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Jenkins sends its Jenkins URL followed by securityRealm/finishLogin; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Keep your current Jenkins session open, then open Jenkins in a private window.',
    'Jenkins redirects to authentik; sign in.',
    'Open your user page in Jenkins and check the name, email and groups.',
    'Log out: Jenkins logs you out at authentik and returns to /OicLogout.',
  ],
  success: 'You are in Jenkins as your authentik username; authentik groups appear as Jenkins groups for the authorization strategy.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The Jenkins URL under Manage Jenkins › System differs from the address given here (http, internal host, missing sub-path).',
      checkId: 'redirect-errors',
    },
    {
      message: 'After Log out, authentik shows an error instead of returning to Jenkins',
      meaning:
        'The provider lacks the Post Logout redirect URI …/OicLogout, or the Post logout redirect URL in Jenkins differs from it. authentik before 2026.5 has no Post Logout type: leave Logout from OpenID Provider off there.',
    },
    {
      message: 'A Jenkins error page after authentik, mentioning the ID token or its signature',
      meaning: 'The provider has no signing key or uses an encryption key, or the discovery document could not be read.',
      checkId: 'signing-key',
    },
    {
      message: 'Access denied: <user> is missing the Overall/Read permission',
      meaning: 'Login worked; the authorization strategy gives this user or its groups no rights. Grant them under Manage Jenkins › Security.',
    },
  ],
};
