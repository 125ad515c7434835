/** Docker prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  acs: 'Docker Home › your organization (or company) › Identity & auth › SSO and SCIM › Create Connection › SAML 2.0 shows it. Copy it exactly.',
  acsRule: 'Paste the ACS URL Docker shows: an https:// address without spaces.',
  entity: 'Shown next to the ACS URL in the same Docker page. Copy it exactly.',
  entityRule: 'Paste the Entity ID Docker shows, without spaces.',
  certificate: 'The whole PEM, with the BEGIN and END lines.',
};

export const notes = {
  open: {
    tone: 'info',
    text: 'Keep Docker’s Create Connection page open from the step where you copied the Entity ID and ACS URL; paste these values there, select the verified domain (and a default team if needed), then click Create connection.',
  },
  plan: {
    tone: 'warning',
    text: 'Docker SSO needs a Docker Business subscription and an organization owner. Each user’s authentik email must be their Docker account email on a verified domain; Docker adds users to the organization on their first SSO login.',
  },
  enforce: {
    tone: 'warning',
    text: 'Test with an organization owner before Enable enforcement: after it, the Docker CLI and CI pipelines need personal or organization access tokens instead of passwords.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In a private window open https://hub.docker.com/ and sign in with an email address on the verified domain.',
    'Docker sends you to authentik: sign in there.',
  ],
  success: 'Docker Hub opens as the Docker account with your authentik email address, in your organization.',
  errors: [
    {
      message: 'Docker does not send you to authentik',
      meaning: 'The connection is not created yet, or the email domain is not the verified domain selected for it.',
    },
    {
      message: 'Docker reports that the SAML response is invalid',
      meaning: 'The ACS URL or Entity ID in authentik is not what Docker showed, or the x509 Certificate in Docker is not authentik’s.',
      checkId: 'audience',
    },
    {
      message: 'Docker signs you in to another account or cannot find one',
      meaning: 'The NameID (the authentik email) is not the Docker account email.',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Docker application.',
      checkId: 'application-access',
    },
  ],
};
