/** Technitium DNS prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const ROLES = `return {
    "roles": [
        entitlement.name
        for entitlement in request.user.app_entitlements(provider.application)
    ],
}`;

export const help = {
  url: 'The address of the Technitium web console (often port 53443 for HTTPS). You can paste any console page; the wizard keeps only the address.',
  authority: 'The issuer, with its trailing slash.',
  signUp: 'Creates a Technitium user on the first SSO login.',
  mapped: 'Only users with at least one mapped Remote Group may sign up; then the Group Map needs an entry.',
  group: 'The name of an application entitlement in authentik (case counts), e.g. Technitium Admins, mapped to a local group such as Administrators.',
};

export const notes = {
  version: { tone: 'info', text: 'Needs Technitium DNS Server 15.0 or later. Click Save Config: the web service restarts by itself.' },
  entitlements: {
    tone: 'info',
    text: 'Create one application entitlement per Technitium group on the authentik application (Application entitlements tab) and bind users or groups to it: the roles claim carries their names.',
  },
  fallback: { tone: 'warning', text: 'Keep a local administrator: if DNS breaks, SSO (which needs DNS to reach authentik) breaks with it.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'Sign out of the Technitium console.',
    'On the login page click OpenID Connect and sign in at authentik.',
    'Check Administration › Users: the user is in the local groups mapped from its entitlements.',
  ],
  success: 'You land on the Technitium dashboard, signed in through authentik with the groups your entitlements map to.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The console is opened at another address (host, port or http://) than the one given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'The login is refused because sign up is not allowed',
      meaning: 'Allow New User Sign Up is off, or Allow Sign Up Only For Mapped Users is on and the user has no mapped entitlement.',
      checkId: 'custom-mappings',
    },
    { message: 'The user signs in but has no rights', meaning: 'No Group Map entry matches the user’s entitlement names exactly.' },
  ],
};
