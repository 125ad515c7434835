/**
 * PostHog: values copied from https://integrations.goauthentik.io/monitoring/posthog/ (sections "Create
 * property mappings in authentik", "Create an application and provider" and "PostHog configuration")
 * and PostHog's source https://github.com/PostHog/posthog/blob/master/ee/api/authentication.py
 * (MultitenantSAMLAuth: the user id is the attribute name_id / NAME_ID / nameId; email from email or
 * http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress; first_name, last_name
 * optional; the RelayState carries the authentication domain id) with https://posthog.com/docs/settings/sso,
 * for the example inputs below.
 * Where they disagree: the guide shows the unified SSO endpoint `…/application/saml/posthog/`; the
 * redirect-binding SSO URL is followed because every supported authentik release serves it.
 * The NameID is the custom `PostHog name_id` mapping (the user's uid), as the guide sets it.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/monitoring/posthog/',
    vendor: 'https://github.com/PostHog/posthog/blob/master/ee/api/authentication.py',
    followed: 'Redirect-binding SSO URL (…/application/saml/posthog/sso/binding/redirect/) instead of the guide’s unified endpoint: served by every supported authentik release.',
  },
  inputs: { url: 'https://posthog.company' },
  launchUrl: 'https://posthog.company',
  saml: {
    acsUrl: 'https://posthog.company/complete/saml/',
    audience: 'https://posthog.company',
    binding: 'post',
    nameId: 'custom',
    attributes: ['name_id', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'first_name', 'last_name'],
  },
  appSide: {
    'SAML ACS URL': 'https://authentik.company/application/saml/posthog/sso/binding/redirect/',
    'SAML Entity ID': 'https://authentik.company/application/saml/posthog/metadata/',
  },
});
