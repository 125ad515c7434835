/**
 * ChatGPT (the guide's default tab, OpenID Connect) signs workspace members in through Custom OIDC
 * single sign-on. Its wizard shows the Login redirect URI before it asks for the IdP's values, so
 * the admin pastes it here; ChatGPT then reads authentik's discovery endpoint and the sub, email,
 * given_name and family_name claims.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/chatgpt/',
    vendor: 'https://help.openai.com/en/articles/9534785-configuring-sso-for-chatgpt',
  },
  inputs: {
    redirect: {
      type: 'text',
      label: 'Login redirect URI',
      help: help.redirect,
      example: 'https://auth.openai.com/…',
      pattern: '^https:\\/\\/[^\\s/?#]+[^\\s]*$',
      message: help.redirectRule,
    },
  },
  launchUrl: 'https://chatgpt.com',
  provider: { protocol: 'oidc', redirectUris: ['{redirect}'], signingKey: 'any' },
  screen: [
    {
      title: 'Custom OIDC',
      location: 'ChatGPT › Admin › Identity & Access › Identity Management › Manage SSO › Custom OIDC',
      fields: [
        { label: 'Identity Provider Name', value: 'authentik' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Discovery endpoint', value: '{discovery_url}', help: help.discovery },
      ],
      notes: [notes.domain, notes.claims, notes.link],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is ChatGPT’s Login redirect URI',
      why: 'ChatGPT calls back to the Login redirect URI its wizard shows; authentik refuses any other string with “Redirect URI Error”.',
    },
    'email-claim': { source: 'id_token', why: 'ChatGPT requires the email claim and matches members by it.' },
    discovery: { why: 'ChatGPT reads every endpoint and the signing keys from the Discovery endpoint.' },
  },
  manualTest,
  /**
   * ChatGPT (OIDC tab, the guide's default): values copied from
   * https://integrations.goauthentik.io/chat-communication-collaboration/chatgpt/ ("Create an application and provider in
   * authentik" — Strict redirect URI, any signing key —, "ChatGPT configuration" — Identity Provider Name authentik, copy
   * the Login redirect URI, claims sub/email/given_name/family_name from the email and profile scopes, Client ID, Client
   * Secret, Discovery endpoint …/application/o/<application_slug>/.well-known/openid-configuration — and "Reconfigure
   * authentik provider") and OpenAI's https://help.openai.com/en/articles/9534785-configuring-sso-for-chatgpt (Manage SSO
   * after domain verification; Custom OIDC). The redirect input is illustrative (ChatGPT shows it per workspace).
   * Where they disagree: the guide creates the provider with https://temp.temp and writes the Login redirect URI back
   * later; the wizard shows it before it asks for the client values, so it is asked for first.
   */
  expected: {
    sources: { followed: 'guide for every value; the Login redirect URI is asked for first instead of the guide’s temporary https://temp.temp' },
    inputs: { redirect: 'https://auth.openai.com/sso/callback/example-connection' },
    launchUrl: 'https://chatgpt.com',
    oidc: {
      redirectUris: ['https://auth.openai.com/sso/callback/example-connection'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['sub', 'email', 'given_name', 'family_name'],
    },
    appSide: {
      'Identity Provider Name': 'authentik',
      'Discovery endpoint': 'https://authentik.company/application/o/chatgpt/.well-known/openid-configuration',
    },
  },
});
