/** GitHub Enterprise Cloud (organization SAML) prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  org: 'The organization’s name as in github.com/orgs/<name> (letters, digits and hyphens). For an enterprise account or Enterprise Managed Users, the values differ: this entry covers one organization.',
  certificate: 'The whole PEM, with the BEGIN and END lines.',
  methods: 'Click the pencil next to the current methods. These match the RSA certificate the wizard picks for the provider.',
};

export const notes = {
  test: {
    tone: 'info',
    text: 'Click Test SAML configuration; GitHub enables Save only after a successful test. After saving, download and store the recovery codes.',
  },
  enforce: {
    tone: 'warning',
    text: 'Do not tick “Require SAML SSO authentication” yet: when SAML is enforced, GitHub removes members who have not signed in through authentik at least once.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'GitHub accepts responses only at its organization endpoint https://github.com/orgs/<org>/saml/consume, which is also the Recipient it checks.',
  audience: 'GitHub requires the Audience to be the organization’s SP entity ID, https://github.com/orgs/<org>.',
  entityId: 'If the Issuer field is filled, GitHub rejects responses from any other issuer.',
  nameId: 'GitHub links each member to the NameID it received first (the authentik username); a renamed user has to be linked again.',
};

export const manualTest: ManualTest = {
  steps: [
    'In the organization’s Authentication security settings, click Test SAML configuration.',
    'Sign in at authentik in the window GitHub opens.',
    'When the test passes, click Save and download the recovery codes.',
  ],
  success: 'GitHub reports a successful test, and members can authenticate at https://github.com/orgs/<org>/sso.',
  errors: [
    {
      message: 'Digest mismatch',
      meaning:
        'The Public certificate in GitHub is not the certificate authentik signs with (or it was renewed). Paste it again from the configuration screen.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'Current time is earlier than NotBefore condition',
      meaning: 'The clocks of authentik and GitHub disagree: fix the time (NTP) on the authentik host.',
    },
    {
      message: 'authentik shows “Permission denied” or “Access denied”',
      meaning: 'authentik’s policies do not allow this user to open the application.',
      checkId: 'application-access',
    },
    {
      message: 'An error about the issuer',
      meaning: 'The Issuer field in GitHub differs from authentik’s issuer. Copy it again, or leave the field empty.',
      checkId: 'metadata-entity-id',
    },
  ],
};
