/** GitHub Enterprise Server prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address of your GitHub Enterprise Server instance (its hostname, https). You can paste any page of the instance; the wizard keeps only the base address.',
  certificate: 'Save this PEM as a file (for example authentik.pem) and choose it under “Verification certificate”.',
  methods: 'These match the RSA certificate the wizard picks for the provider.',
  username: 'Leave it empty: GitHub Enterprise Server then derives the username from the NameID, which authentik fills with the authentik username.',
};

export const notes = {
  apply: {
    tone: 'info',
    text: 'Click Save settings and wait until the configuration run finishes; the instance reloads. Test in a staging instance first if you have one.',
  },
  builtin: {
    tone: 'info',
    text: 'Tick “Allow creation of accounts with built-in authentication” if some users (for example a break-glass admin) must keep signing in without authentik.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'GitHub Enterprise Server checks that the Recipient of every response is its ACS URL, https://<host>/saml/consume.',
  audience: 'GitHub Enterprise Server rejects a response whose Audience is not its entity ID, the instance’s top-level URL: “Audience is invalid”.',
  entityId: 'When the Issuer field is set, GitHub Enterprise Server rejects responses from any other issuer.',
  nameId:
    'GitHub Enterprise Server maps the account to the NameID and its format; a renamed authentik user gets “Another user already owns the account”.',
};

export const manualTest: ManualTest = {
  steps: [
    'After the settings are applied, open the instance in a private browser window.',
    'GitHub Enterprise Server sends you to authentik; sign in there.',
    'If the login fails, enable SAML debugging (Enterprise settings › Policies › Options) and read the authentication log.',
  ],
  success: 'You are signed in to GitHub Enterprise Server with an account named after your authentik username.',
  errors: [
    {
      message: 'Another user already owns the account. Please have your administrator check the authentication log.',
      meaning:
        'The NameID (the authentik username) or its format changed since the account was linked, for example after a rename. Update the user’s SAML NameID in GitHub Enterprise Server.',
      checkId: 'username-changes',
    },
    {
      message: 'Recipient in the SAML response was not valid.',
      meaning: 'authentik sent the response to another ACS URL than https://<host>/saml/consume.',
      checkId: 'acs-url',
    },
    {
      message: 'SAML Response is not signed or has been modified.',
      meaning: 'The Verification certificate is not the one authentik signs with, or nothing is signed.',
      checkId: 'saml-signing',
    },
    {
      message: 'Audience is invalid. Audience attribute does not match https://…',
      meaning: 'The provider’s Audience is not the instance URL.',
      checkId: 'audience',
    },
  ],
};
