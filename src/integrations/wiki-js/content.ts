/** Wiki.js prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'Wiki.js’s Site URL (Administration › General), with a sub-path if it has one. You can paste any Wiki.js page; the wizard keeps only the base address.',
  key: 'Add the strategy in Wiki.js first (Administration › Authentication › Add Strategy › Generic OpenID Connect / OAuth2). Its Configuration Reference shows the Callback URL / Redirect URI …/login/<key>/callback: copy the key between /login/ and /callback.',
  issuer: 'With the trailing slash: Wiki.js refuses an ID token whose issuer differs.',
  register: 'Creates Wiki.js users on their first login. Off: create each user in Wiki.js first, with the same email address as in authentik.',
  group: 'The Wiki.js group new users get, e.g. Guests. In recent Wiki.js versions it takes precedence over Map Groups.',
};

export const notes = {
  callback: {
    tone: 'warning',
    text: 'The Callback URL Wiki.js shows for this strategy must be {url}/login/{strategy}/callback. If it shows another address, fix the Site URL (Administration › General) or the key entered here.',
  },
  certs: {
    tone: 'info',
    text: 'If authentik uses a certificate from a private CA, let Wiki.js trust it: NODE_EXTRA_CA_CERTS=/path/to/root-ca.pem in Wiki.js’s environment. Click Apply to save the strategy.',
  },
  groups: {
    tone: 'info',
    text: 'Optional: with an authentik scope mapping that sends the user’s application entitlements as wiki-groups, set Map Groups on and Groups Claim to wiki-groups. Wiki.js then also removes users from groups missing in the claim.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Wiki.js sends its Site URL followed by /login/<strategy key>/callback; another key or address gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open Wiki.js’s login page in a private window and choose the authentik strategy.',
    'Sign in at authentik.',
    'As an administrator, check Administration › Users: the account’s provider is the new strategy.',
  ],
  success: 'You are back in Wiki.js, signed in; with self-registration the account is created on the first login.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The strategy key or the Site URL differs from the registered callback.',
      checkId: 'redirect-errors',
    },
    {
      message: 'ID token not issued by expected OpenID provider.',
      meaning: 'The Issuer field is not exactly authentik’s issuer (the trailing slash or the slug differs).',
    },
    {
      message: 'Missing or invalid email address from profile.',
      meaning: 'authentik sent no email address: the user has none, or the email scope is missing.',
      checkId: 'email-claim',
    },
    {
      message: 'You are not authorized to login.',
      meaning: 'Self-registration is off and no Wiki.js user has this email address, or the email domain is not whitelisted.',
    },
  ],
};
