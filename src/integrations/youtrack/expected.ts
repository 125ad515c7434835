/**
 * YouTrack: values copied from https://integrations.goauthentik.io/documentation/youtrack/
 * (sections "Create an application and provider", "YouTrack configuration" and "Update the authentik
 * provider") and https://www.jetbrains.com/help/youtrack/server/saml-authentication-module.html
 * ("Enable SAML 2.0 Authentication": YouTrack shows the ACS URL and SP entity ID after Create), for
 * the example inputs below.
 * The round-trip values are illustrative: neither page prints their shape (YouTrack generates them per
 * auth module), so they use the shape given in the brief with a literal module id; acsUrl/audience
 * repeat them because the guide writes them back verbatim.
 * SAML SSO URL: the current guide gives the unified endpoint `…/application/saml/<application_slug>/`,
 * which only newer authentik releases serve; its earlier revision (website/integrations/services/
 * youtrack/index.md) gives `…/sso/binding/redirect/`, which every supported release serves (it is kept
 * as a legacy route). The earlier literal is followed so the value works from 2025.4 on.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/youtrack/',
    vendor: 'https://www.jetbrains.com/help/youtrack/server/saml-authentication-module.html',
    followed:
      'guide, earlier revision, for the SAML SSO URL: the redirect-binding endpoint exists on every supported authentik release; the unified `/application/saml/<slug>/` one only on newer releases',
  },
  inputs: { url: 'https://youtrack.company' },
  roundTrip: {
    acs: 'https://youtrack.company/hub/api/rest/auth/landing/saml2/8d9a1b2c-3e4f-4a5b-9c6d-7e8f9a0b1c2d',
    entity: 'https://youtrack.company/hub/api/rest/auth/saml2/8d9a1b2c-3e4f-4a5b-9c6d-7e8f9a0b1c2d',
  },
  saml: {
    acsUrl: 'https://youtrack.company/hub/api/rest/auth/landing/saml2/8d9a1b2c-3e4f-4a5b-9c6d-7e8f9a0b1c2d',
    audience: 'https://youtrack.company/hub/api/rest/auth/saml2/8d9a1b2c-3e4f-4a5b-9c6d-7e8f9a0b1c2d',
    binding: 'post',
    nameId: 'username',
    signAssertion: true,
  },
  appSide: {
    Name: 'authentik',
    'SAML SSO URL': 'https://authentik.company/application/saml/youtrack/sso/binding/redirect/',
    'IdP entity ID': 'https://authentik.company/application/saml/youtrack/metadata/',
  },
});
