/**
 * WeKan: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/wekan/
 * ("Create an application and provider in authentik": Strict redirect URI https://wekan.company/_oauth/oidc;
 * "Wekan configuration", Docker tab: OAUTH2_ENABLED, OAUTH2_LOGIN_STYLE=redirect, OAUTH2_SERVER_URL
 * https://authentik.company, endpoint paths /application/o/authorize/, /application/o/userinfo/,
 * /application/o/token/, OAUTH2_ID_MAP=sub, OAUTH2_USERNAME_MAP=email, OAUTH2_FULLNAME_MAP=given_name,
 * OAUTH2_EMAIL_MAP=email) and the vendor's https://github.com/wekan/wekan/blob/main/docs/Login/OAuth2.md
 * (redirect URL https://wekan.example.com/_oauth/oidc, oauth2-request-permissions 'openid profile email';
 * Meteor's OAuth guide: the callback is $ROOT_URL/_oauth/<service>, not configurable), for the example
 * inputs below.
 * Where they disagree: the guide does not set OAUTH2_REQUEST_PERMISSIONS or ROOT_URL; WeKan's wiki sets
 * the former to "openid profile email" and Meteor builds the callback from the latter, so the vendor is
 * followed for both (same scopes as the guide's provider).
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/wekan/',
    vendor: 'https://github.com/wekan/wekan/blob/main/docs/Login/OAuth2.md',
    followed: 'vendor for ROOT_URL and OAUTH2_REQUEST_PERMISSIONS, which the guide leaves out; the guide for every other variable',
  },
  inputs: { url: 'https://wekan.company' },
  launchUrl: 'https://wekan.company',
  oidc: {
    redirectUris: [{ url: 'https://wekan.company/_oauth/oidc' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['sub', 'email', 'given_name'],
  },
  appSide: {
    ROOT_URL: 'https://wekan.company',
    OAUTH2_ENABLED: 'true',
    OAUTH2_LOGIN_STYLE: 'redirect',
    OAUTH2_SERVER_URL: 'https://authentik.company',
    OAUTH2_AUTH_ENDPOINT: '/application/o/authorize/',
    OAUTH2_USERINFO_ENDPOINT: '/application/o/userinfo/',
    OAUTH2_TOKEN_ENDPOINT: '/application/o/token/',
    OAUTH2_REQUEST_PERMISSIONS: 'openid profile email',
    OAUTH2_ID_MAP: 'sub',
    OAUTH2_USERNAME_MAP: 'email',
    OAUTH2_FULLNAME_MAP: 'given_name',
    OAUTH2_EMAIL_MAP: 'email',
  },
});
