/** Oracle Cloud's prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  domain:
    'The first part of the identity domain URL shown on the domain’s Details page (Domain information › Domain URL), for example idcs-0123…. You can paste the whole URL.',
  tenant: 'The cloud account (tenancy) name you type on the Oracle Cloud sign-in page. The authentik tile then opens the sign-in page for it.',
  discovery: 'Oracle reads authentik’s endpoints and keys from this address.',
  jit: 'Creates the Oracle user on the first sign-in with authentik.',
};

export const notes = {
  activate: { tone: 'warning', text: 'After Add, the identity provider is inactive: open its ⋮ menu, choose Activate IdP and confirm.' },
  policy: {
    tone: 'warning',
    text: 'Oracle shows the authentik button only where an IdP policy offers it: in the domain’s Identity provider policies (or Security › IdP policies), edit the rule of your policy (or the Default Identity Provider Policy) and add authentik under Assign identity providers.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'Open the Oracle Cloud tile in authentik (or https://cloud.oracle.com and enter the cloud account name).',
    'On the Oracle sign-in page of the identity domain, click authentik.',
    'Sign in at authentik.',
    'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
  ],
  success: 'The Oracle Cloud console opens, signed in as the user with the authentik email address.',
  errors: [
    {
      message: 'There is no authentik button on the Oracle sign-in page',
      meaning: 'The identity provider is not activated, or no IdP policy rule assigns it.',
    },
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Oracle sent its callback on another domain URL than the provider lists: check the identity domain part.',
      checkId: 'redirect-errors',
    },
    {
      message: 'An Oracle error page saying the user could not be found or linked',
      meaning: 'Enable Just-In-Time (JIT) provisioning is off and no Oracle user has the email address authentik sent.',
      checkId: 'email-claim',
    },
  ],
};
