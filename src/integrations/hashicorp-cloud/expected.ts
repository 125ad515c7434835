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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/cloud-providers/hashicorp-cloud/',
    vendor: 'https://developer.hashicorp.com/hcp/docs/hcp/iam/sso/setup/saml',
    followed: 'vendor for the email: HCP requires the NameID to be the email address; the guide’s extra custom email attribute (named by HCP) is left to a note',
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
  appSide: {
    'SAML IDP Single Sign-On URL': 'https://authentik.company/application/saml/hashicorp-cloud/sso/binding/redirect/',
  },
});
