/**
 * GitLab (SAML): values copied from https://integrations.goauthentik.io/development/gitlab/ (tab
 * "SAML", sections "Create an Application and Provider in authentik" and "GitLab configuration")
 * and https://docs.gitlab.com/integration/saml/ (sections "General Setup", "Notes on configuring
 * your identity provider" and "Assertions"), for GitLab at https://gitlab.company.
 * GitLab's gitlab.rb sets name_identifier_format persistent, so authentik (no NameID mapping)
 * answers with the user's hashed uid; the attribute names are those of the guide's
 * attribute_statements. Where they disagree: GitLab's IdP table says "Sign SAML response: Required"
 * ("Sign SAML assertion: Optional") while the guide only picks a signing certificate (authentik then
 * signs the assertion alone); this block follows GitLab, which owns the check.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/development/gitlab/',
    vendor: 'https://docs.gitlab.com/integration/saml/',
    followed:
      'GitLab for signing: its IdP table lists "Sign SAML response | Required"; the guide does not enable Sign responses.',
  },
  inputs: { url: 'https://gitlab.company' },
  saml: {
    acsUrl: 'https://gitlab.company/users/auth/saml/callback',
    audience: 'https://gitlab.company',
    binding: 'post',
    nameId: 'hashed_uid',
    nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    attributes: [
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
      'http://schemas.goauthentik.io/2021/02/saml/username',
    ],
    signResponse: true,
  },
  appSide: {
    assertion_consumer_service_url: 'https://gitlab.company/users/auth/saml/callback',
    idp_sso_target_url: 'https://authentik.company/application/saml/gitlab-saml/sso/binding/redirect/',
    issuer: 'https://gitlab.company',
  },
});
