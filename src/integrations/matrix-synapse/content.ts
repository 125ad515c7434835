/** Matrix Synapse prose: the homeserver.yaml block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `oidc_providers:
  - idp_id: authentik
    idp_name: authentik
    discover: true
    issuer: "{issuer}"
    client_id: "{client_id}"
    client_secret: "{client_secret}"
    scopes:
      - "openid"
      - "profile"
      - "email"
    user_mapping_provider:
      config:
        localpart_template: "{{ user.preferred_username }}"
        display_name_template: "{{ user.preferred_username|capitalize }}"

jwt_config:
  enabled: true
  secret: "{client_secret}"
  algorithm: "RS256"`;

export const help = {
  url: 'Synapse’s public_baseurl: the address Matrix clients reach the homeserver at (not the Element web address). You can paste any /_matrix or /_synapse address; the wizard keeps only the base.',
  localpart: 'The Matrix user ID becomes @<authentik username>:<server_name>.',
  displayName: 'Use {{ user.name|capitalize }} if your authentik users have names.',
};

export const notes = {
  baseUrl: { tone: 'warning', text: 'Synapse builds the callback from public_baseurl; it must be {url}/.' },
  backchannel: {
    tone: 'info',
    text: 'Optional single logout, set by hand in the provider’s Advanced protocol settings: Logout URI {url}/_synapse/client/oidc/backchannel_logout with Logout Method Back-channel, then add backchannel_logout_enabled: true under the oidc_providers entry.',
  },
  extras: {
    tone: 'info',
    text: 'Synapse from a Python virtualenv needs the OIDC extras: pip install matrix-synapse[oidc] (Docker images and Debian packages have them).',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Synapse sends public_baseurl followed by _synapse/client/oidc/callback; authentik refuses any other string with “Redirect URI Error”.',
  rsa: 'Synapse’s documentation says RSA keys must be used for authentik; ECC keys do not work.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Synapse.',
    'In a Matrix client (e.g. Element), choose your homeserver and “Continue with authentik”.',
    'Sign in at authentik and confirm the return to the client.',
  ],
  success: 'The client is signed in as @<your authentik username>:<server_name>.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'public_baseurl differs from the address given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'The client offers no “Continue with authentik” button',
      meaning: 'Synapse did not load the oidc_providers entry: check the YAML indentation, the restart, and the OIDC extras.',
    },
    {
      message: 'An error page from Synapse right after authentik; the Synapse log blames the ID token (its signature or algorithm)',
      meaning: 'The ID token is signed with an EC key or encrypted; use an RSA signing key and no encryption key.',
      checkId: 'signing-key',
    },
    {
      message: 'An error page from Synapse about mapping the user; the Synapse log names the localpart template',
      meaning: 'preferred_username is missing or not a valid Matrix localpart: check the profile scope.',
      checkId: 'id-token-claims',
    },
  ],
};
