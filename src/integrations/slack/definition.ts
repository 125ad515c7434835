/**
 * Slack (paid plans) signs users in through custom SAML single sign-on. Slack sends users to
 * authentik's SAML 2.0 endpoint, accepts only form-posted responses that are signed (response and
 * assertion) with the certificate it was given, links accounts by a persistent NameID, and reads
 * the email address from the attribute User.Email, which authentik does not ship.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/slack/',
    vendor: 'https://slack.com/help/articles/205168057-Custom-SAML-single-sign-on',
  },
  inputs: {
    ws: {
      type: 'subdomain',
      domain: 'slack.com',
      label: 'Workspace',
      help: help.ws,
      example: 'company',
      where: 'your workspace URL (the part before .slack.com)',
    },
  },
  launchUrl: 'https://{ws}.slack.com',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://{ws}.slack.com/sso/saml',
    // Slack's default Service Provider Issuer.
    audience: 'https://slack.com',
    signAssertion: true,
    signResponse: true,
    signingKey: 'any',
    // Slack wants a persistent, pseudo-random NameID that never changes: no mapping, so authentik
    // sends its hashed user id, as the guide sets it up.
    nameId: 'persistent',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    mappings: [],
    customMappings: [{ name: 'Slack: User.Email', attribute: 'User.Email', expression: 'return request.user.email' }],
  },
  screen: [
    {
      title: 'Configure SAML authentication',
      location:
        'Admin › Workspace settings › Security › SSO & authentication › Configure SAML (Enterprise Grid: Organization settings › Security › SSO Settings)',
      fields: [
        { label: 'SAML 2.0 Endpoint URL', value: '{saml_url}' },
        { label: 'Identity Provider Issuer URL', value: '{entity_id}' },
        {
          label: 'Public Certificate',
          value: '{cert_pem}',
          help: 'Older Slack screens: “x.509 Certificate”. The whole PEM, with the BEGIN and END lines.',
        },
        { label: 'Responses Signed', value: 'On', choice: true, help: 'Under Advanced Options, like the next two.' },
        { label: 'Assertions Signed', value: 'On', choice: true },
        { label: 'Service Provider Issuer', value: '{audience}', help: 'Slack’s default; it must equal the provider’s Audience.' },
      ],
      notes: [notes.test, notes.plan],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is your workspace’s /sso/saml', why: why.acs },
    audience: { why: 'Slack rejects a response that “does not contain the correct audience”: it must be the Service Provider Issuer.' },
    'sp-binding': { why: 'Slack only supports the HTTP POST binding.' },
    'saml-signing': {
      title: 'Responses and assertions are signed',
      why: 'Slack refuses responses that are not signed: “The SAML response is not signed”.',
    },
    'metadata-entity-id': { title: 'authentik’s issuer equals the Identity Provider Issuer URL on the configuration screen', why: why.entityId },
    'certificate-expiry': { why: 'An expired signing certificate fails every Slack login, and a renewed one must be pasted into Slack again.' },
    'relay-state': { why: 'Slack reads the relay state as the page to return to; a foreign one ends on an error.' },
  },
  manualTest,
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
  expected: {
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
  },
});
