/**
 * Memos: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/memos/
 * ("Create an application and provider in authentik": Launch URL https://memos.company, Strict redirect
 * URI https://memos.company/auth/callback; "Memos configuration": Type OAUTH2, Template Custom, Provider ID
 * and Name authentik, Redirect URL https://memos.company/auth/callback, the three endpoints, Scopes
 * `openid profile email`, Identifier sub, Display Name name, Email email) and the vendor:
 * https://usememos.com/docs/configuration/authentication with Memos' web source (the SSO sign-in and the
 * identity-provider dialog use absolutifyLink("/auth/callback") as the redirect URI and show it as
 * "Redirect URL"), for the example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/memos/',
    vendor: 'https://usememos.com/docs/configuration/authentication',
  },
  inputs: { url: 'https://memos.company' },
  launchUrl: 'https://memos.company',
  oidc: {
    redirectUris: [{ url: 'https://memos.company/auth/callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['sub', 'name', 'email'],
  },
  appSide: {
    Type: 'OAUTH2',
    Template: 'Custom',
    'Provider ID': 'authentik',
    Name: 'authentik',
    'Redirect URL': 'https://memos.company/auth/callback',
    'Authorization endpoint': 'https://authentik.company/application/o/authorize/',
    'Token endpoint': 'https://authentik.company/application/o/token/',
    'User endpoint': 'https://authentik.company/application/o/userinfo/',
    Scopes: 'openid profile email',
    Identifier: 'sub',
    'Display Name': 'name',
    Email: 'email',
  },
});
