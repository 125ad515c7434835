/**
 * Atlassian Cloud: values copied from https://integrations.goauthentik.io/platforms/atlassian/
 * (sections "Create an application and provider in authentik", "Atlassian Cloud configuration" and
 * "Reconfigure authentik provider", whose e.g. values are the round trip below) and Atlassian's
 * https://support.atlassian.com/security-and-access-policies/docs/configure-saml-single-sign-on-with-an-identity-provider/
 * with its KB "Atlassian Guard - Attribute mappings for SAML SSO and SCIM user provisioning"
 * (https://confluence.atlassian.com/cloudkb/atlassian-guard-attribute-mappings-for-saml-sso-and-scim-user-provisioning-1455423571.html:
 * NameID carries user.email). The shapes match Microsoft's Atlassian Cloud tutorial
 * (Identifier https://auth.atlassian.com/saml/<unique ID>, Reply URL
 * https://auth.atlassian.com/login/callback?connection=saml-<unique ID>).
 * Where they disagree: the guide types "authentik" as Identity provider Entity ID, the pre-2026.5
 * default issuer; since 2026.5 authentik's issuer is .../application/saml/<application_slug>/metadata/
 * (the guides' "SAML provider changes in authentik 2026.5" warning) and Atlassian must receive that
 * issuer, so this block follows 2026.5. The guide sets no NameID mapping; Atlassian needs the email.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/platforms/atlassian/',
    vendor: 'https://support.atlassian.com/security-and-access-policies/docs/configure-saml-single-sign-on-with-an-identity-provider/',
    followed:
      'Entity ID: authentik 2026.5 issuer (metadata URL) instead of the guide’s literal "authentik"; NameID: Atlassian’s email, which the guide does not map.',
  },
  inputs: { domain: 'company.com' },
  roundTrip: {
    entity: 'https://auth.atlassian.com/saml/example',
    acs: 'https://auth.atlassian.com/login/callback?connection=saml-example',
  },
  saml: {
    acsUrl: 'https://auth.atlassian.com/login/callback?connection=saml-example',
    audience: 'https://auth.atlassian.com/saml/example',
    binding: 'post',
    nameId: 'email',
  },
  appSide: {
    'Identity provider Entity ID': 'https://authentik.company/application/saml/atlassian/metadata/',
    'Identity provider SSO URL': 'https://authentik.company/application/saml/atlassian/sso/binding/redirect/',
  },
});
