/** Proxmox VE prose: help texts, the pveum command, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The address in the browser when you open the Proxmox web UI, with its port (usually :8006; none behind a proxy on 443). Paste any Proxmox page; the wizard keeps only scheme, host and port.',
  realm: 'The realm ID shown on the Proxmox login screen. Users arrive as <username>@<realm>, groups as <group>-<realm>.',
  issuer: 'Keep the trailing slash: it must equal the issuer authentik puts in every token.',
  claim: 'Proxmox sets it only when the realm is created; username takes the authentik username.',
};

export const command = `pveum realm add {realm} --type openid --issuer-url {issuer} --client-id "{client_id}" --client-key "{client_secret}" --username-claim username --autocreate 1`;

export const notes = {
  roles: {
    tone: 'warning',
    text: 'New users start without permissions: give them roles under Datacenter › Permissions › Add (user <username>@{realm}).',
  },
  nodes: {
    tone: 'info',
    text: 'Each cluster node opened by its own name needs its own redirect URI (its origin) in the provider; only {url} is registered.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'Proxmox sends the browser’s origin (scheme, host and port, no path and no slash) as the redirect URI; anything else gets “Redirect URI Error”.',
  signing: 'Proxmox verifies the ID token with the keys authentik publishes.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of Proxmox VE and pick the new realm on the login screen (it has no password field).',
    'Click Login and sign in at authentik.',
    'As root, check Datacenter › Permissions › Users for the new <username>@<realm> user and give it a role.',
  ],
  success: 'You are back in the Proxmox web UI, signed in as <username>@<realm>.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Proxmox was opened at another origin than the registered one: another host name, an IP, a missing port or a trailing slash.',
      checkId: 'redirect-errors',
    },
    {
      message: 'An OpenID error after returning to Proxmox',
      meaning: 'The Issuer URL lost its trailing slash, or the ID token is signed with a key authentik does not publish.',
      checkId: 'signing-key',
    },
    { message: 'user …@<realm> does not exist', meaning: 'Autocreate Users is off and the user was not created in Proxmox beforehand.' },
  ],
};
