/**
 * HashiCorp Cloud Platform signs an organization's users in through SAML SSO (Organization settings ›
 * SSO). HCP shows its SSO Sign-On URL (the ACS, with a ?connection= query) and Entity ID first, so the
 * admin copies both into the wizard. HCP requires the email address as NameID and supports only
 * logins started at HCP.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/cloud-providers/hashicorp-cloud/',
    vendor: 'https://developer.hashicorp.com/hcp/docs/hcp/iam/sso/setup/saml',
  },
  inputs: {
    acs: {
      type: 'text',
      label: 'HCP SSO Sign-On URL',
      help: help.acs,
      example: 'https://auth.hashicorp.com/login/callback?connection=HCP-SSO-11eb58f9-5983-1701-8c33-0242ac110016-samlp',
      pattern: '^https://\\S+$',
      message: 'Paste the whole SSO Sign-On URL HCP shows; it starts with https://.',
    },
    entity: {
      type: 'text',
      label: 'HCP Entity ID',
      help: help.entity,
      example: 'urn:auth0:hashicorp:HCP-SSO-11eb58f9-5983-1701-8c33-0242ac110016-samlp',
      pattern: '^\\S+$',
      message: 'The Entity ID has no spaces. Copy it again from HCP.',
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{acs}',
    audience: '{entity}',
    signingKey: 'any',
    nameId: 'email',
    // HCP's optional name attributes must carry an id that never changes, not the display name.
    mappings: ['email'],
  },
  screen: [
    {
      title: 'Set up SAML SSO',
      location: 'HCP Portal › Organization settings › SSO › Configure SSO › SAML',
      fields: [
        { label: 'SAML IDP Single Sign-On URL', value: '{sso_url}', help: help.sso },
        { label: 'SAML IDP Certificate', value: '{cert_pem}', help: help.cert },
        { label: 'Default role', value: 'Viewer', choice: true, help: help.role },
      ],
      notes: [notes.domain, notes.email, { tone: 'info', text: 'Click Save.' }, notes.portal],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is the SSO Sign-On URL HCP shows',
      why: 'HCP accepts the response only at its SSO Sign-On URL, with the connection of your organization.',
    },
    audience: { why: 'HCP denies access when the audience is not its Entity ID.' },
    'saml-signing': { why: 'HCP only accepts responses signed with the certificate it was given.' },
    'metadata-certificate': { why: 'HCP verifies each signature with the SAML IDP Certificate; another certificate fails every login.' },
    'relay-state': false,
  },
  manualTest,
  /**
   * HashiCorp Cloud Platform: values copied from
   * https://integrations.goauthentik.io/cloud-providers/hashicorp-cloud/ (sections "Preparation",
   * "Create an application and provider" and "HashiCorp Cloud Platform configuration") and from HCP:
   * https://developer.hashicorp.com/hcp/docs/hcp/iam/sso/setup/saml ("Initiate integration on HCP": SSO
   * Sign-On URL, Entity ID, Email Attribute Assertion Name) with
   * https://developer.hashicorp.com/hcp/docs/hcp/iam/sso ("SAML attributes": NameID = the user's email;
   * the optional name/upn attribute must be an id that never changes) and the troubleshooting page
   * (connection names HCP-SSO-<uuid>-samlp; IdP-initiated login not enabled), for the example inputs
   * below. The SSO Sign-On URL and Entity ID are copied by the admin, so they arrive verbatim; their
   * example shapes are illustrative.
   * Where they disagree: the guide attaches a custom mapping named after HCP's Email Attribute Assertion
   * Name; the vendor's attribute table requires only the NameID (email), which is followed, with
   * authentik's managed email attribute alongside. The guide's "SAML Endpoint" (the unified endpoint of
   * newer releases) is written as the redirect-binding SSO URL every supported release serves.
   */
  expected: {
    sources: {
      followed:
        'vendor for the email: HCP requires the NameID to be the email address; the guide’s extra custom email attribute (named by HCP) is left to a note',
    },
    inputs: {
      acs: 'https://auth.hashicorp.com/login/callback?connection=HCP-SSO-11eb58f9-5983-1701-8c33-0242ac110016-samlp',
      entity: 'urn:auth0:hashicorp:HCP-SSO-11eb58f9-5983-1701-8c33-0242ac110016-samlp',
    },
    saml: {
      acsUrl: 'https://auth.hashicorp.com/login/callback?connection=HCP-SSO-11eb58f9-5983-1701-8c33-0242ac110016-samlp',
      audience: 'urn:auth0:hashicorp:HCP-SSO-11eb58f9-5983-1701-8c33-0242ac110016-samlp',
      binding: 'post',
      nameId: 'email',
    },
    appSide: { 'SAML IDP Single Sign-On URL': 'https://authentik.company/application/saml/hashicorp-cloud/sso/binding/redirect/' },
  },
});
