/**
 * pgAdmin: values copied from https://integrations.goauthentik.io/infrastructure/pgadmin/ (sections "Create an
 * application and provider", "Configure with config_local.py" and "Configure with environment variables")
 * and pgAdmin's https://www.pgadmin.org/docs/pgadmin4/latest/oauth2.html ("Enabling OAUTH2 and OIDC
 * Authentication": OAUTH2_TOKEN_URL, OAUTH2_AUTHORIZATION_URL, OAUTH2_API_BASE_URL,
 * OAUTH2_USERINFO_ENDPOINT, OAUTH2_SERVER_METADATA_URL, OAUTH2_SCOPE) with its source
 * (github.com/pgadmin-org/pgadmin4, web/pgadmin/authenticate/oauth2.py: the blueprint `oauth2` serves
 * `/authorize`, used as redirect_uri via url_for(..., _external=True); the profile is read from
 * OAUTH2_USERINFO_ENDPOINT and the username is its `email`), for the example inputs below.
 * Where they disagree: the guide sets only OAUTH2_SERVER_METADATA_URL; the vendor documents the endpoint
 * keys, and pgAdmin releases whose oauth2.py reads OAUTH2_USERINFO_ENDPOINT unconditionally fail without
 * it. The vendor's full key set is followed (it works on old and new releases).
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/pgadmin/',
    vendor: 'https://www.pgadmin.org/docs/pgadmin4/latest/oauth2.html',
    followed: 'vendor for the endpoint keys: older pgAdmin reads OAUTH2_USERINFO_ENDPOINT even when OAUTH2_SERVER_METADATA_URL is set, so the guide’s metadata-only block fails there',
  },
  inputs: { url: 'https://pgadmin.company' },
  launchUrl: 'https://pgadmin.company',
  oidc: {
    redirectUris: [{ url: 'https://pgadmin.company/oauth2/authorize' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email'],
  },
  appSide: {
    OAUTH2_NAME: 'authentik',
    OAUTH2_DISPLAY_NAME: 'authentik',
    OAUTH2_TOKEN_URL: 'https://authentik.company/application/o/token/',
    OAUTH2_AUTHORIZATION_URL: 'https://authentik.company/application/o/authorize/',
    OAUTH2_USERINFO_ENDPOINT: 'https://authentik.company/application/o/userinfo/',
    OAUTH2_SERVER_METADATA_URL: 'https://authentik.company/application/o/pgadmin/.well-known/openid-configuration',
    OAUTH2_SCOPE: 'openid email profile',
    PGADMIN_CONFIG_AUTHENTICATION_SOURCES: "['oauth2', 'internal']",
  },
});
