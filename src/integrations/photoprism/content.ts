/** PhotoPrism prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The https address people open PhotoPrism at; it becomes PHOTOPRISM_SITE_URL. You can paste any PhotoPrism page; the wizard keeps only the address.',
  site: 'PhotoPrism builds the redirect URL from the host of the site URL; it must be the same https host users open.',
  uri: 'The issuer, with its trailing slash: PhotoPrism reads the discovery document below it.',
  scopes: 'PhotoPrism’s default also asks for address, which authentik does not offer; set exactly these three.',
  register: 'Lets authentik users without a PhotoPrism account get one on their first login. Leave it out to allow existing accounts only.',
};

export const notes = {
  https: { tone: 'warning', text: 'PhotoPrism enables single sign-on only over HTTPS with a valid certificate, on both PhotoPrism and authentik.' },
  restart: {
    tone: 'info',
    text: 'Restart PhotoPrism afterwards. PHOTOPRISM_OIDC_REDIRECT=true sends users straight to authentik instead of the login page.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'PhotoPrism sends the site URL’s host followed by /api/v1/oidc/redirect; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open PhotoPrism in a private window and click the authentik button under the login form.',
    'Sign in at authentik.',
    'As an admin, check Settings › Users for the account.',
  ],
  success: 'You are back in PhotoPrism’s library, signed in as your authentik user.',
  errors: [
    {
      message: 'There is no authentik button on the login page',
      meaning:
        'PhotoPrism disabled single sign-on: the site URL or authentik is not served over HTTPS with a valid certificate, or PHOTOPRISM_OIDC_URI is wrong.',
      checkId: 'discovery',
    },
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'PHOTOPRISM_SITE_URL has another host than the address given here.',
      checkId: 'redirect-errors',
    },
    { message: 'PhotoPrism refuses the login after authentik', meaning: 'No PhotoPrism account matches and PHOTOPRISM_OIDC_REGISTER is not true.' },
  ],
};
