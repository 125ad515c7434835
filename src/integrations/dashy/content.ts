/** Dashy prose: the conf.yml block, help texts, notes and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `appConfig:
  auth:
    enableOidc: true
    oidc:
      endpoint: {issuer}
      clientId: "{client_id}"
      scope: openid profile email
      adminGroup: Dashy Admins
  disableConfigurationForNonAdmin: true`;

export const help = {
  url: 'The address Dashy is opened at (scheme and host): Dashy returns to exactly this origin. You can paste any Dashy page; the wizard keeps only the address.',
  endpoint: 'The issuer, with its trailing slash.',
  admin: 'The exact name of the authentik group whose members are Dashy admins; remove it (and the next line) if you use none.',
};

export const notes = {
  ui: {
    tone: 'info',
    text: 'The same settings are under Config › Edit Config › App Config › Auth (Enable OIDC?, OIDC Endpoint, OIDC Client Id, OIDC Scope, Admin Group). Restart Dashy after changing them.',
  },
  public: { tone: 'info', text: 'Dashy runs in the browser and holds no client secret: the provider is a public client.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: ['Restart Dashy and open it in a private window: it redirects to authentik.', 'Sign in at authentik.'],
  success: 'Dashy opens signed in; members of the admin group can edit the configuration.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Dashy is opened at another origin (host, port or http://) than the one given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Client authentication failed / invalid_client',
      meaning: 'The provider is confidential: Dashy sends no secret, so it must be Public.',
    },
    {
      message: 'Signed in but the configuration cannot be edited',
      meaning: 'The user is not in the Admin Group, or the group name differs (case counts).',
    },
  ],
};
