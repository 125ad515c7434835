/**
 * GitHub Enterprise Cloud (organization SAML): values copied from https://integrations.goauthentik.io/development/ghec/
 * (sections "Create an application and provider" and "GitHub Enterprise Cloud configuration") and from
 * the vendor: https://docs.github.com/en/enterprise-cloud@latest/admin/managing-iam/iam-configuration-reference/saml-configuration-reference
 * ("SAML metadata › Organizations": SP entity ID https://github.com/orgs/ORGANIZATION, ACS URL
 * https://github.com/orgs/ORGANIZATION/saml/consume, SSO URL https://github.com/orgs/ORGANIZATION/sso,
 * HTTP-POST binding; "SAML attributes": a persistent NameID is required; "SAML response requirements":
 * the assertion or the response must be signed) and "Enabling and testing SAML single sign-on for your
 * organization" (fields Sign on URL, Issuer, Public Certificate, Signature Method, Digest Method), for the
 * organization `foo` the guide uses. The guide and the vendor agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/development/ghec/',
    vendor: 'https://docs.github.com/en/enterprise-cloud@latest/admin/managing-iam/iam-configuration-reference/saml-configuration-reference',
  },
  inputs: { org: 'foo' },
  launchUrl: 'https://github.com/orgs/foo/sso',
  saml: {
    acsUrl: 'https://github.com/orgs/foo/saml/consume',
    audience: 'https://github.com/orgs/foo',
    binding: 'post',
    nameId: 'username',
    signAssertion: true,
  },
  appSide: {
    Issuer: 'https://authentik.company/application/saml/github-enterprise-cloud/metadata/',
  },
});
