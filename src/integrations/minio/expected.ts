/**
 * MinIO: values copied from https://integrations.goauthentik.io/infrastructure/minio/ (sections "Create an
 * application and provider in authentik" and "MinIO configuration", tabs "Environment variables" and "Web
 * interface"), from the guide's earlier revision (section "Creating the scope mapping": scope `minio`,
 * expression returning {"policy": "readwrite"}) and from MinIO's
 * https://docs.min.io/community/minio-object-store/reference/minio-server/settings/iam/openid.html
 * ("Config URL", "Claim Name": defaults to `policy`, "Scopes") with
 * https://min.io/docs/minio/linux/administration/identity-access-management/oidc-access-management.html
 * ("MinIO by default looks for a policy claim"; a user with no matching policy gets no access), for the
 * example inputs below.
 * Where they disagree: the current guide sets MINIO_IDENTITY_OPENID_CLAIM_NAME="policy" but no longer
 * creates a mapping that sends that claim, and its scopes are `openid,profile,email`. MinIO refuses to
 * generate credentials without the claim, so the earlier guide's `minio` scope is followed and added to
 * the scopes.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/minio/',
    vendor: 'https://docs.min.io/community/minio-object-store/reference/minio-server/settings/iam/openid.html',
    followed:
      'vendor (and the guide’s earlier revision) for the policy claim: MinIO needs a `policy` claim, which only a custom `minio` scope mapping sends, so `minio` is added to the scopes the current guide lists',
  },
  inputs: { url: 'https://minio.company' },
  launchUrl: 'https://minio.company',
  oidc: {
    redirectUris: [{ url: 'https://minio.company/oauth_callback' }],
    scopes: ['openid', 'profile', 'email', 'minio'],
    signing: 'any',
    claims: ['policy'],
  },
  appSide: {
    MINIO_IDENTITY_OPENID_CONFIG_URL: 'https://authentik.company/application/o/minio/.well-known/openid-configuration',
    MINIO_IDENTITY_OPENID_DISPLAY_NAME: 'authentik',
    MINIO_IDENTITY_OPENID_CLAIM_NAME: 'policy',
    MINIO_IDENTITY_OPENID_SCOPES: 'openid,profile,email,minio',
    'Config URL': 'https://authentik.company/application/o/minio/.well-known/openid-configuration',
    'Redirect URI': 'https://minio.company/oauth_callback',
  },
});
