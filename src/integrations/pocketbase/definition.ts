/**
 * PocketBase signs the records of an auth collection (usually `users`) in through the OAuth2 provider
 * "OIDC" in the collection's options. Its apps call back to <PocketBase>/api/oauth2-redirect; it reads
 * the user from the userinfo endpoint and keeps the email address only when it is marked verified.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/pocketbase/',
    vendor: 'https://pocketbase.io/docs/authentication/#authenticate-with-oauth2',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'PocketBase URL',
      help: 'The address of your PocketBase server (its dashboard is this address followed by /_/). You can paste any PocketBase page; the wizard keeps only the base address.',
      example: 'https://pocketbase.company',
      pages: ['_', 'api'],
    },
  },
  launchUrl: '{url}/_/',
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/api/oauth2-redirect'],
    scopes: ['openid', 'profile'],
    customScopes: ['email-verified'],
    signingKey: 'any',
  },
  screen: [
    {
      title: 'OAuth2 › OIDC',
      location: 'Dashboard ({url}/_/) › Collections › users › gear icon › Options › OAuth2 › Add provider › OIDC',
      fields: [
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Display name', value: 'authentik' },
        { label: 'Auth URL', value: '{authorize_url}' },
        { label: 'Token URL', value: '{token_url}' },
        { label: 'Fetch user info from', value: 'User info URL', choice: true },
        { label: 'User info URL', value: '{userinfo_url}' },
      ],
      notes: [
        {
          tone: 'info',
          text: 'Click Set provider config, then Save changes. If the collection controls are locked, first turn off Settings › Application › Hide/Lock collection and record controls.',
        },
        {
          tone: 'info',
          text: 'The wizard gives the email scope a mapping that marks the address verified: PocketBase ignores an unverified email address and would create a record without one.',
        },
      ],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is PocketBase’s /api/oauth2-redirect',
      why: 'PocketBase’s SDKs send its address followed by /api/oauth2-redirect; any other string gets “Redirect URI Error”.',
    },
    'email-claim': {
      source: 'userinfo',
      why: 'PocketBase matches records by the email address from userinfo, and only when email_verified is true.',
    },
    discovery: { why: 'The Auth, Token and User info URLs in PocketBase must be the ones authentik announces.' },
  },
  manualTest: {
    steps: [
      'From your app (or the PocketBase JS SDK: pb.collection("users").authWithOAuth2({ provider: "oidc" })), start the login with authentik.',
      'Sign in at authentik in the popup.',
      'In the dashboard, open the users collection: the record is linked to the OIDC provider.',
    ],
    success: 'The app is signed in; the users collection has a record with your authentik email address.',
    errors: [
      [
        'Redirect URI Error (on an authentik page)',
        'PocketBase sent another redirect: its public address differs from the one given here.',
        'redirect-errors',
      ],
      [
        'Failed to authenticate. (OAuth2 record without email / duplicate account)',
        'authentik sent the email address unverified, so PocketBase could not match the existing record.',
        'email-claim',
      ],
      ['The provider is not configured or enabled. (400)', 'The OIDC provider was not saved on this collection, or the SDK names another provider.'],
    ],
  },
  /**
   * PocketBase: values copied from https://integrations.goauthentik.io/platforms/pocketbase/ (sections
   * "Create an application and provider in authentik": redirect https://pocketbase.company/api/oauth2-redirect;
   * "PocketBase configuration": Auth, Token and User info URLs, Display name authentik) and
   * https://pocketbase.io/docs/authentication/#authenticate-with-oauth2 with its source tools/auth/oidc.go
   * (the OIDC provider reads the userinfo endpoint and drops an email address whose email_verified is not
   * true), for the input below. The guide leaves authentik's default email mapping, which sends
   * email_verified false since 2025.10; the vendor's rule is followed with a verified-email mapping.
   */
  expected: {
    sources: {
      followed: 'vendor: PocketBase keeps only a verified email address, so the email scope marks it verified (the guide keeps the default mapping)',
    },
    inputs: { url: 'https://pocketbase.company' },
    launchUrl: 'https://pocketbase.company/_/',
    oidc: {
      redirectUris: ['https://pocketbase.company/api/oauth2-redirect'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['email', 'email_verified'],
    },
    appSide: {
      'Display name': 'authentik',
      'Auth URL': 'https://authentik.company/application/o/authorize/',
      'Token URL': 'https://authentik.company/application/o/token/',
      'User info URL': 'https://authentik.company/application/o/userinfo/',
    },
  },
});
