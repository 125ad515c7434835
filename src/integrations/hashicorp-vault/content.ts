/** HashiCorp Vault prose and CLI commands: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address users open Vault at (VAULT_ADDR), with the port if they type one, for example :8200: the callback must match it exactly.',
  mount: 'The path the OIDC auth method is enabled at; oidc unless you run more than one. It is part of the UI callback.',
  policy: 'The Vault policy the role grants; the role gets the same name. Create the policy in Vault first.',
  discovery: 'The issuer without .well-known/openid-configuration: Vault adds that itself. Keep the trailing slash.',
};

export const snippet = [
  'vault auth enable -path={mount} oidc',
  '',
  'vault write auth/{mount}/config \\',
  '    oidc_discovery_url="{issuer}" \\',
  '    oidc_client_id="{client_id}" \\',
  '    oidc_client_secret="{client_secret}" \\',
  '    default_role="{policy}"',
  '',
  'vault write auth/{mount}/role/{policy} \\',
  '    bound_audiences="{client_id}" \\',
  '    allowed_redirect_uris="{redirect_uri}" \\',
  '    allowed_redirect_uris="http://localhost:8250/oidc/callback" \\',
  '    user_claim="sub" \\',
  '    token_policies="{policy}"',
  '',
].join('\n');

export const notes = {
  policy: {
    tone: 'info',
    text: 'The role’s name is the policy’s. Users of the CLI run vault login -method=oidc -path={mount}; a different port= needs its own redirect URI in authentik and in allowed_redirect_uris.',
  },
  namespace: {
    tone: 'warning',
    text: 'Vault Enterprise namespaces: add -namespace=<ns> to each command. The UI then calls back with ?namespace=<ns>, which the redirect URI in authentik must contain too.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'The Vault UI sends its address followed by /ui/vault/auth/<mount>/oidc/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open the Vault UI, choose the method OIDC and leave Role empty (the default role).',
    'Click “Sign in with OIDC Provider” and sign in at authentik in the pop-up.',
    'In a shell, run vault login -method=oidc -path=<mount> and sign in in the browser that opens.',
  ],
  success: 'Vault shows its dashboard; in the shell it prints “Success! You are now authenticated.” and vault token lookup lists the policy.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Vault sent another callback: a different port, mount path or namespace, or 127.0.0.1 instead of localhost.',
      checkId: 'redirect-errors',
    },
    {
      message: 'redirect_uri … is not allowed (from Vault)',
      meaning: 'The role’s allowed_redirect_uris lack the address; run the role command again with both URIs.',
    },
    {
      message: 'error checking oidc discovery URL',
      meaning: 'The oidc_discovery_url is wrong (.well-known appended, no trailing slash) or Vault cannot reach authentik over https.',
      checkId: 'discovery',
    },
    { message: 'role “…” could not be found', meaning: 'The role or mount path in the login differs from the ones the commands created.' },
  ],
};
