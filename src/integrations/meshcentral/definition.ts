/**
 * MeshCentral signs users in through the `oidc` entry of a domain's authStrategies in config.json.
 * It discovers authentik's endpoints from the issuer, calls back to <its address>/auth-oidc-callback
 * (the default when no redirect_uri is set) and verifies the ID token with openid-client.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

const snippet = `{
    "domains": {
        "": {
            "authStrategies": {
                "oidc": {
                    "issuer": "{issuer}",
                    "client": {
                        "client_id": "{client_id}",
                        "client_secret": "{client_secret}",
                        "redirect_uri": "{redirect_uri}"
                    }
                }
            }
        }
    }
}`;

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/device-management/meshcentral/',
    vendor: 'https://docs.meshcentral.com/meshcentral/openidConnectStrategy/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'MeshCentral URL',
      help: 'The address of your MeshCentral server (the default domain). You can paste any MeshCentral page; the wizard keeps only the base address.',
      example: 'https://meshcentral.company',
      pages: ['login', 'auth-oidc', 'auth-oidc-callback', 'player', 'sharing', 'messenger', 'terms', '*.htm', '*.ashx'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/auth-oidc-callback'], signingKey: 'rsa' },
  screen: [
    {
      title: 'config.json',
      location: 'meshcentral-data/config.json (Docker: the host folder mapped to /opt/meshcentral/meshcentral-data), then restart MeshCentral',
      format: 'file',
      snippet,
      fields: [
        { label: 'issuer', value: '{issuer}', help: 'MeshCentral reads authentik’s endpoints from {issuer}.well-known/openid-configuration.' },
        { label: 'client_id', value: '{client_id}' },
        { label: 'client_secret', value: '{client_secret}', secret: true },
        { label: 'redirect_uri', value: '{redirect_uri}', help: 'MeshCentral’s default; written out so a proxy or another port cannot change it.' },
      ],
      notes: [
        {
          tone: 'info',
          text: 'Merge the block into your existing config.json: keep the other keys of the "" domain (cert, etc.). For another domain, add it under that domain’s key, and its callback gains the domain’s path.',
        },
        {
          tone: 'warning',
          text: 'MeshCentral needs the cert setting of the default domain (its public host name) to build the callback; without it the redirect URI it sends does not match.',
        },
      ],
    },
  ],
  checks: {
    'redirect-uri': {
      title: 'The redirect URI is MeshCentral’s /auth-oidc-callback',
      why: 'MeshCentral sends its address followed by /auth-oidc-callback; the redirect endpoint must match exactly or authentik answers “Redirect URI Error”.',
    },
    'signing-key': {
      why: 'MeshCentral verifies the ID token with openid-client, which expects RS256 unless told otherwise: an EC key fails every login.',
    },
    discovery: { why: 'MeshCentral reads every endpoint from the issuer’s discovery document; the issuer must be this provider’s.' },
  },
  manualTest: {
    steps: [
      'Restart MeshCentral and open its login page in a private window.',
      'Click the OpenID Connect sign-in button below the login form and sign in at authentik.',
    ],
    success: 'MeshCentral shows its device list, signed in as the new (or linked) authentik user.',
    errors: [
      [
        'Redirect URI Error (on an authentik page)',
        'MeshCentral sent another callback: its cert host name, a port or a domain path differs.',
        'redirect-errors',
      ],
      [
        'There is no OpenID Connect button on the login page',
        'The oidc entry is in the wrong domain, config.json is invalid JSON, or MeshCentral was not restarted.',
      ],
      [
        'unexpected JWT alg received, expected RS256 (in MeshCentral’s log)',
        'The provider signs with an EC key; choose an RSA signing key.',
        'signing-key',
      ],
    ],
  },
  /**
   * MeshCentral: values copied from https://integrations.goauthentik.io/device-management/meshcentral/
   * (sections "Create an application and provider": redirect https://meshcentral.company/auth-oidc-callback,
   * "MeshCentral configuration": issuer https://authentik.company/application/o/<application_slug>/) and
   * https://docs.meshcentral.com/meshcentral/openidConnectStrategy/ (default callback
   * https://mesh.your.domain/auth-oidc-callback; default scopes openid profile email), for the input below.
   * The guide allows any signing key; MeshCentral's openid-client expects RS256 by default, which is
   * followed (an RSA key).
   */
  expected: {
    sources: { followed: 'vendor for the signing key: openid-client defaults to RS256, so an RSA key rather than any key' },
    inputs: { url: 'https://meshcentral.company' },
    launchUrl: 'https://meshcentral.company',
    oidc: { redirectUris: ['https://meshcentral.company/auth-oidc-callback'], scopes: ['openid', 'profile', 'email'], signing: 'RS256' },
    appSide: { issuer: 'https://authentik.company/application/o/meshcentral/', redirect_uri: 'https://meshcentral.company/auth-oidc-callback' },
  },
});
