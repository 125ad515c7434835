/** Datadog prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const SITES = [
  { value: 'app.datadoghq.com', label: 'US1 (app.datadoghq.com)' },
  { value: 'us3.datadoghq.com', label: 'US3 (us3.datadoghq.com)' },
  { value: 'us5.datadoghq.com', label: 'US5 (us5.datadoghq.com)' },
  { value: 'app.datadoghq.eu', label: 'EU1 (app.datadoghq.eu)' },
  { value: 'ap1.datadoghq.com', label: 'AP1 (ap1.datadoghq.com)' },
  { value: 'ap2.datadoghq.com', label: 'AP2 (ap2.datadoghq.com)' },
  { value: 'app.ddog-gov.com', label: 'US1-FED (app.ddog-gov.com)' },
] as const;

export const help = {
  site: 'The Datadog site of your organization: the host name you open Datadog at.',
  metadata: 'Upload the file this URL serves (save it as authentik.xml): Datadog reads authentik’s SSO URL, issuer and certificate from it.',
  idp: 'On if users should also open Datadog from the authentik dashboard.',
};

export const notes = {
  enable: { tone: 'info', text: 'If SAML is not offered under Login Methods, ask Datadog support to enable it for your organization.' },
  users: {
    tone: 'warning',
    text: 'Datadog matches users by the email address in the NameID: each user’s authentik email must be their Datadog login, or Just-in-Time provisioning must be on.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In a private window open your Datadog site and click Using Single Sign-On?.',
    'Enter your email address, click Next and sign in at authentik.',
    'If Datadog asks for a one-time code sent by email, enter it: Datadog does this on some SP-initiated logins.',
  ],
  success: 'Datadog opens as the user with your authentik email address.',
  errors: [
    {
      message: 'Datadog says SAML is not configured for your organization or email',
      meaning: 'The IdP metadata is not uploaded yet, or the email belongs to no user of the organization.',
    },
    {
      message: 'Datadog reports “Invalid SAML response” or an audience or destination error',
      meaning: 'The ACS URL or Audience is not the one of your Datadog site.',
      checkId: 'acs-url',
    },
    {
      message: 'Datadog reports an invalid signature',
      meaning: 'The metadata uploaded to Datadog is not this provider’s or the certificate changed: upload it again.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Datadog application.',
      checkId: 'application-access',
    },
  ],
};
