/** GlitchTip prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const settings = '{"server_url": "{issuer}"}';

export const help = {
  url: 'The address of GlitchTip (its GLITCHTIP_DOMAIN). You can paste any GlitchTip page; the wizard keeps only the address.',
  pid: 'The social application’s Provider ID; it becomes part of the callback (…/accounts/oidc/<Provider ID>/login/callback/). Keep authentik unless you already use that ID.',
  name: 'Shown on GlitchTip’s login button.',
  settings: 'JSON; server_url is the issuer. allauth reads the discovery document below it.',
};

export const notes = {
  superuser: {
    tone: 'info',
    text: 'Django Admin needs a GlitchTip superuser. Create one with ./manage.py createsuperuser in the web container (e.g. docker exec -it glitchtip-web-1 ./manage.py createsuperuser).',
  },
  link: {
    tone: 'info',
    text: 'Existing GlitchTip users link authentik once: sign in with the password, open Profile and click Add Account under Social Auth Accounts.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'allauth sends GlitchTip’s address followed by /accounts/oidc/<Provider ID>/login/callback/; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: ['Log out of GlitchTip and open its login page.', 'Click the authentik button and sign in at authentik.'],
  success: 'You land in GlitchTip, signed in; a new user is created on the first login.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The Provider ID or GlitchTip’s address differs from the registered callback.',
      checkId: 'redirect-errors',
    },
    {
      message: 'There is no authentik button on the login page',
      meaning: 'The social application was not saved, or its Provider is not OpenID Connect.',
    },
    {
      message: 'Third-Party Login Failure',
      meaning: 'allauth could not finish the login: check the Client id, Secret key and the server_url in Settings.',
      checkId: 'discovery',
    },
  ],
};
