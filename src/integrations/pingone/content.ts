/** PingOne prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const REGIONS = [
  { value: 'com', label: 'North America (auth.pingone.com)' },
  { value: 'eu', label: 'Europe (auth.pingone.eu)' },
  { value: 'ca', label: 'Canada (auth.pingone.ca)' },
  { value: 'asia', label: 'Asia-Pacific (auth.pingone.asia)' },
  { value: 'com.au', label: 'Australia (auth.pingone.com.au)' },
] as const;

export const help = {
  region: 'The region of your PingOne environment: the domain of its auth.pingone.* addresses.',
  env: 'The ID of your PingOne environment (a UUID): Environment › Properties, or the part after auth.pingone.com/ in its addresses.',
  envRule: 'An environment ID is a UUID such as 3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b.',
  entityId: 'Must equal the provider’s Audience.',
  metadata:
    'Choose Import from URL and paste this: PingOne fills the SSO Endpoint, IdP Entity ID, SSO Binding, SLO Endpoint and Verification Certificate from it.',
};

export const notes = {
  policy: {
    tone: 'warning',
    text: 'PingOne shows external identity providers only when the authentication policy offers them: Authentication › Policies › Authentication › your policy (e.g. Single_Factor) › Login step › Presented Identity Providers › authentik.',
  },
  enable: { tone: 'info', text: 'After Save, turn the identity provider on with the toggle at the top of its details panel.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In a private window open the PingOne Application Portal, https://apps.pingone.com/<environment ID>/myapps/.',
    'Choose authentik on the PingOne sign-on screen and sign in at authentik.',
  ],
  success: 'PingOne shows its Application Portal as the signed-in user, linked by your authentik username.',
  errors: [
    {
      message: 'authentik is not offered on the PingOne sign-on screen',
      meaning: 'The identity provider is off, or the authentication policy’s Login step does not present it.',
    },
    {
      message: 'PingOne reports that the audience or recipient of the assertion is invalid',
      meaning: 'The provider’s Audience is not the PingOne (SP) Entity ID, or the ACS URL has another environment ID or region.',
      checkId: 'audience',
    },
    {
      message: 'PingOne reports an invalid signature',
      meaning: 'The Verification Certificate PingOne imported is not the one authentik signs with: import the metadata again.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the PingOne application.',
      checkId: 'application-access',
    },
  ],
};
