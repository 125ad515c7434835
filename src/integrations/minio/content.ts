/** MinIO prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/** The earlier authentik guide's mapping: every user gets MinIO's built-in readwrite policy. */
export const POLICY_EXPRESSION = 'return {"policy": "readwrite"}';

export const help = {
  url: 'The address of the MinIO Console (the web interface, often on port 9001 or its own host name), not the S3 API address. You can paste any Console page; the wizard keeps only the base address.',
  config: 'The full discovery URL, ending in /.well-known/openid-configuration.',
  claim: 'MinIO reads the policies to grant from this claim; the “minio” scope sends it.',
  scopes: 'Comma-separated. “minio” is the custom scope that carries the policy claim.',
  browser: 'The Console’s public address. MinIO appends /oauth_callback to it, so it must be exactly this address.',
};

export const notes = {
  edition: {
    tone: 'warning',
    text: 'The community MinIO server is in maintenance mode and recent community Console builds no longer offer SSO; MinIO AIStor (including AIStor Free) does. Check that your Console shows an SSO button option before going further.',
  },
  policy: {
    tone: 'info',
    text: 'The wizard’s “minio” scope grants every user the readwrite policy. To grant per group, edit the scope mapping in authentik (Customization › Property Mappings), e.g. return {"policy": "consoleAdmin"} for members of an admin group; the policy names must exist in MinIO.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'The Console sends MINIO_BROWSER_REDIRECT_URL (or its own address) followed by /oauth_callback; any other string gets “Redirect URI Error”.',
  policy:
    'MinIO grants only the policies named in the policy claim; without the “minio” scope mapping the claim is missing and MinIO refuses to generate credentials.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart MinIO, open the Console login page in a private window and click the authentik (SSO) button.',
    'Sign in at authentik.',
    'Check that you can list the buckets your policy allows.',
  ],
  success: 'You are in the MinIO Console as the authentik user, with the rights of the readwrite policy (or the policies your mapping returns).',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'MINIO_BROWSER_REDIRECT_URL is unset or differs from the Console address given here, so MinIO sent another callback.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Claim missing from the JWT token, credentials will not be generated',
      meaning:
        'The ID token has no policy claim: the “minio” scope mapping is not on the provider, or “minio” is missing from MINIO_IDENTITY_OPENID_SCOPES.',
      checkId: 'custom-mappings',
    },
    {
      message: 'None of the given policies (`…`) are defined, credentials will not be generated',
      meaning: 'The policy claim names a policy that does not exist in MinIO. Create it, or change the scope mapping.',
    },
    {
      message: 'There is no SSO button on the Console login page',
      meaning: 'MinIO did not load the OpenID configuration (restart it) or the Console build has no SSO (see the edition note).',
    },
  ],
};
