/**
 * Slack: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/slack/
 * (sections "Create property mappings", "Create an application and provider in authentik" and
 * "Configure SAML SSO") and Slack's https://slack.com/help/articles/205168057-Custom-SAML-single-sign-on
 * (sections "Parameters" and "Settings to include": ACS https://yourdomain.slack.com/sso/saml,
 * Entity ID https://slack.com, HTTP POST only, NameID persistent and pseudo-random, User.Email
 * required; User.Username, first_name and last_name optional; the SAML response must be signed), for
 * the workspace company.slack.com. With a persistent NameID policy and no NameID mapping authentik
 * sends the user's hashed uid, which is what Slack asks for. The guide and the vendor agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/slack/',
    vendor: 'https://slack.com/help/articles/205168057-Custom-SAML-single-sign-on',
  },
  inputs: { ws: 'company' },
  launchUrl: 'https://company.slack.com',
  saml: {
    acsUrl: 'https://company.slack.com/sso/saml',
    audience: 'https://slack.com',
    binding: 'post',
    nameId: 'hashed_uid',
    nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    attributes: ['User.Email'],
    signAssertion: true,
    signResponse: true,
  },
  appSide: {
    'SAML 2.0 Endpoint URL': 'https://authentik.company/application/saml/slack/',
    'Identity Provider Issuer URL': 'https://authentik.company/application/saml/slack/metadata/',
    'Service Provider Issuer': 'https://slack.com',
  },
});
