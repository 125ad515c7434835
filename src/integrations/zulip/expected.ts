/**
 * Zulip: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/zulip/
 * ("Create property mappings": Zulip email → attribute email, Zulip full name → attribute full_name;
 * "Create an application and provider": ACS URL https://zulip.company/complete/saml/, Audience
 * https://zulip.company, NameID Property Mapping "Zulip email"; "Zulip configuration": the
 * SOCIAL_AUTH_SAML_ENABLED_IDPS entry "authentik" with entity_id …/metadata/, url, attr_* and display_name,
 * certificate at /etc/zulip/saml/idps/authentik.crt) and the vendor:
 * https://zulip.readthedocs.io/en/stable/production/authentication-methods.html#saml (ACS
 * https://zulip.example.com/complete/saml/, SP entity ID defaulting to https:// + EXTERNAL_HOST, IdP
 * certificate at /etc/zulip/saml/idps/{idp_name}.crt, attr_* keys naming the SAML attributes), for the
 * example inputs below.
 * Where they disagree: only the IdP "url": the guide's unified `…/application/saml/<slug>/` is served only
 * by newer authentik releases; the redirect-binding SSO URL (python3-saml sends its AuthnRequest by
 * redirect) is followed.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/zulip/',
    vendor: 'https://zulip.readthedocs.io/en/stable/production/authentication-methods.html#saml',
    followed: 'guide for every value except the IdP url: the redirect-binding endpoint, served by every supported release, instead of the unified one',
  },
  inputs: { url: 'https://zulip.company' },
  launchUrl: 'https://zulip.company',
  saml: {
    acsUrl: 'https://zulip.company/complete/saml/',
    audience: 'https://zulip.company',
    binding: 'post',
    nameId: 'custom',
    attributes: ['email', 'full_name'],
  },
  appSide: {
    entity_id: 'https://authentik.company/application/saml/zulip/metadata/',
    url: 'https://authentik.company/application/saml/zulip/sso/binding/redirect/',
    attr_user_permanent_id: 'email',
    attr_username: 'email',
    attr_email: 'email',
    attr_full_name: 'full_name',
    display_name: 'authentik SAML',
  },
});
