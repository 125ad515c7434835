/** JFrog Artifactory prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address of the JFrog Platform: your own host, or <server-name>.jfrog.io on JFrog Cloud. You can paste any platform page; the wizard keeps only the base address.',
  name: 'The Display Name of the SAML configuration in JFrog. It is the last part of the ACS URL, so it must be the same in both places.',
  base: 'Self-hosted only: the platform builds its SAML addresses from this base URL.',
  spName: 'JFrog’s SP entity ID (“Platform name in SAML federation”). It must equal the provider’s Audience when Verify Audience Restriction is on.',
  issuer: 'Newer releases show this field; it must equal authentik’s issuer.',
  cert: 'The whole PEM of authentik’s signing certificate.',
  groups: 'Optional: JFrog adds users only to groups that already exist in JFrog under the same name.',
};

export const notes = {
  license: {
    tone: 'info',
    text: 'SAML SSO needs a Pro X, Enterprise X or Enterprise+ license (self-hosted), or Enterprise X / Enterprise+ on JFrog Cloud.',
  },
  enable: { tone: 'info', text: 'Click Save, and make sure the “Enable SAML SSO” switch above the list of SAML configurations is on.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'JFrog receives the response at /ui/api/v1/auth/saml/loginResponse/<Display Name>; with another last segment it finds no matching SAML configuration.',
  audience: 'With Verify Audience Restriction on, JFrog rejects a response whose Audience is not its SAML Service Provider Name.',
  signing: 'The guide has authentik sign the response as well as the assertion; JFrog verifies them with the certificate it was given.',
  keys: 'JFrog verifies SAML signatures made with RSA (or DSA) keys.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of the JFrog Platform and open its login page.',
    'Click “SSO login” and sign in at authentik.',
    'If it fails, come back here and click Check again.',
  ],
  success: 'You are signed in to the JFrog Platform; with Auto Create Artifactory Users on, a user named after your authentik username exists.',
  errors: [
    { message: 'There is no “SSO login” on the login page', meaning: 'The SAML configuration or the global “Enable SAML SSO” switch is off.' },
    {
      message: 'An error page from JFrog right after authentik',
      meaning: 'Usually the Display Name differs from the last segment of the ACS URL, or the Audience differs from the SAML Service Provider Name.',
      checkId: 'acs-url',
    },
    {
      message: 'Signed in, but without the expected permissions',
      meaning: 'Groups are associated only when Auto Associate Groups is on and a JFrog group with the same name exists.',
    },
    {
      message: 'authentik shows “Permission denied” or “Access denied”',
      meaning: 'authentik’s policies do not allow this user to open the application.',
      checkId: 'application-access',
    },
  ],
};
