/** Arcane prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address Arcane runs at (its APP_URL). You can paste any Arcane page; the wizard keeps only the address.',
  issuer: 'authentik’s issuer; Arcane reads the discovery document below it.',
  redirect: 'Shown by Arcane, built from APP_URL: it must read exactly like this.',
  merging:
    'Links an OIDC login to an existing Arcane account with the same email address. Arcane refuses it while authentik sends email_verified: false, so leave it off unless the provider uses a verified email mapping.',
  appUrl: 'Arcane builds the redirect URI from it.',
};

export const notes = {
  ui: {
    tone: 'info',
    text: 'Save, then use the connection test. Instead of the web interface, the environment variables below set the same values (restart Arcane afterwards).',
  },
  roles: {
    tone: 'info',
    text: 'Optional role mapping: add the entitlements scope to the provider, set Scopes to openid email profile entitlements and OIDC Groups Claim to roles, then map each application entitlement to an Arcane role under OIDC Mappings.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Arcane sends APP_URL followed by /auth/oidc/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: ['Log out of Arcane and click “Sign in with authentik” on the login page.', 'Sign in at authentik.'],
  success: 'You land on Arcane’s dashboard, signed in as your authentik user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'APP_URL differs from the address given here, so Arcane sent another Redirect URI.',
      checkId: 'redirect-errors',
    },
    {
      message: 'failed to discover OIDC endpoints …',
      meaning: 'The OIDC Issuer URL is wrong or Arcane cannot reach authentik.',
      checkId: 'discovery',
    },
    {
      message: 'An OIDC account merge is refused',
      meaning:
        'An Arcane account already has this email address and authentik sent email_verified: false. Use a verified email mapping, or merge manually.',
    },
  ],
};
