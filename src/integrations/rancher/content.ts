/** Rancher prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'Rancher’s server-url, the address people open Rancher at. You can paste any Rancher page; the wizard keeps only the base address.',
  rancherUrl: 'Rancher’s callback: its address followed by /verify-auth.',
  issuer: 'With the trailing slash; Rancher reads the discovery document below it and fills in the endpoints.',
};

export const notes = {
  enable: {
    tone: 'info',
    text: 'Click Enable: Rancher sends you to authentik once to test the configuration, and the user you sign in with becomes linked to your current admin account.',
  },
  subject: {
    tone: 'warning',
    text: 'Rancher identifies users by the sub claim. Do not change the provider’s subject mode once users have signed in, or they arrive as new Rancher users without their permissions.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Rancher sends the Rancher URL, its address followed by /verify-auth; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Rancher and open it in a private window.',
    'Choose “Log in with Generic OIDC” (or authentik) and sign in at authentik.',
    'As an administrator, check Users & Authentication › Users and grant roles to the new user or its groups.',
  ],
  success: 'Rancher opens signed in as your authentik user; groups from authentik can be given roles.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The Rancher URL field or Rancher’s server-url differs from the address given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Enable fails with an error about the issuer or the discovery document',
      meaning: 'Rancher cannot read {issuer}.well-known/openid-configuration: wrong issuer, no trailing slash, or an untrusted certificate.',
      checkId: 'discovery',
    },
    {
      message: 'You land in Rancher without any clusters or permissions',
      meaning: 'Login worked; the user or its groups have no global or cluster roles yet.',
    },
  ],
};
