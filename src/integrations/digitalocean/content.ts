/** DigitalOcean's prose: help texts, notes, reasons and the manual test. */
import type { CustomScopeSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/**
 * DigitalOcean reads the team role from a `team_role` array. The role is the name of one of the
 * application's entitlements the user holds: a predefined role first (in DigitalOcean's order of
 * rights), else the first custom role by name.
 */
export const TEAM_ROLE: CustomScopeSpec = {
  name: 'DigitalOcean: team_role',
  scope: 'profile',
  description: 'The DigitalOcean team role, from the application entitlements the user holds.',
  expression: [
    'held = sorted(e.name for e in request.user.app_entitlements(provider.application))',
    'order = ["Owner", "Biller", "Billing Viewer", "Modifier", "Member", "Resource Viewer"]',
    'role = next((name for name in order if name in held), held[0] if held else None)',
    'return {"team_role": [role]} if role else {}',
  ].join('\n'),
};

export const help = {
  provider: 'authentik’s issuer for this provider. DigitalOcean reads every endpoint from its discovery document.',
  only: 'Leave this off until a test login works, so you can still sign in with your password.',
};

export const notes = {
  entitlements: {
    tone: 'warning',
    text: 'Users get their team role from the application’s entitlements: open the application in authentik › Application entitlements, create one entitlement per role named exactly like the DigitalOcean role (Owner, Biller, Billing Viewer, Modifier, Member, Resource Viewer or a custom role of this team) and bind users or groups to it.',
  },
  launch: {
    tone: 'info',
    text: 'After Enable SSO, DigitalOcean shows an SSO sign-in URL (https://cloud.digitalocean.com/sessions/sso/…). Set it as the application’s Launch URL in authentik so the tile opens DigitalOcean’s SSO.',
  },
  test: { tone: 'info', text: 'Click “Test SSO config to continue”: DigitalOcean checks the provider URL before it shows the next page.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In a private window, open the SSO sign-in URL DigitalOcean showed after Enable SSO.',
    'Sign in at authentik with a user who holds a role entitlement.',
    'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
  ],
  success: 'The DigitalOcean control panel opens in the team, with the role of the user’s entitlement.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The provider does not list https://cloud.digitalocean.com/sessions/sso/callback exactly.',
      checkId: 'redirect-errors',
    },
    {
      message: '“Test SSO config” fails in DigitalOcean',
      meaning:
        'The OpenID provider URL is not this provider’s issuer, or authentik is not reachable from the internet with a publicly trusted certificate.',
      checkId: 'public-authentik',
    },
    {
      message: 'DigitalOcean refuses the login because of the role',
      meaning: 'The user holds no entitlement, or its name is not a role of this team; team_role arrived empty.',
      checkId: 'custom-mappings',
    },
  ],
};
