/** Zoom prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  vanity: 'The approved vanity name of your Zoom account: company for company.zoom.us. You can paste the vanity URL.',
  certificate: 'The certificate text without the BEGIN CERTIFICATE and END CERTIFICATE lines, as Zoom asks.',
  spEntity: 'Your vanity host without https://; it must equal the provider’s Audience.',
  binding:
    'How Zoom sends its sign-in request. HTTP-Redirect matches the Sign-in page URL above; the guide’s HTTP-POST works only with authentik’s POST or unified endpoint.',
  sign: 'Zoom signs its requests; authentik accepts them without a verification certificate.',
};

export const notes = {
  plan: {
    tone: 'warning',
    text: 'SAML needs a Zoom Business, Education or Enterprise account with an approved vanity URL. ZoomGov accounts (agency.zoomgov.com) are not covered by this entry.',
  },
  slo: {
    tone: 'info',
    text: 'Single logout is optional and not set up by the wizard: in the authentik provider set SLS URL https://<vanity>.zoom.us/saml/SingleLogout, SLS Binding Redirect and Logout Method Front-channel (Native).',
  },
  save: {
    tone: 'info',
    text: 'Click Save Changes. Under SAML Response Mapping you can map the email and name attributes authentik sends (http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress and …/claims/name).',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'Zoom accepts SAML responses only at https://<vanity>.zoom.us/saml/SSO.',
  audience: 'Zoom’s SP entity ID is the bare vanity host (company.zoom.us, without https://); a response for another audience is refused.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open https://<vanity>.zoom.us in a private window and click Sign in.',
    'Sign in at authentik.',
    'In the Zoom app, choose Sign in with SSO and enter the vanity name.',
  ],
  success: 'You are signed in to Zoom; on the first sign-in Zoom creates the user from the NameID (your authentik email address).',
  errors: [
    {
      message: 'Zoom shows “Error code: 1001” (the user does not belong to this account) after authentik',
      meaning:
        'Zoom could not match or provision the user: the email address differs, the domain is not an associated domain, or the user is in another account.',
    },
    {
      message: 'An error about the signature or the certificate',
      meaning: 'The Identity Provider Certificate in Zoom is not the certificate authentik signs with.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'An error about the issuer',
      meaning: 'Issuer (IDP Entity ID) in Zoom differs from authentik’s issuer.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'An error about the audience or the destination',
      meaning: 'The provider’s Audience is not <vanity>.zoom.us or its ACS URL is not …/saml/SSO.',
      checkId: 'audience',
    },
  ],
};
