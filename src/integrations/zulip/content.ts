/** Zulip prose: the settings.py block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const settingsPy = `SOCIAL_AUTH_SAML_ORG_INFO = {
    "en-US": {
        "displayname": "authentik Zulip",
        "name": "zulip",
        "url": "{}{}".format("https://", EXTERNAL_HOST),
    },
}

SOCIAL_AUTH_SAML_ENABLED_IDPS: dict[str, Any] = {
    "authentik": {
        "entity_id": "{entity_id}",
        "url": "{sso_url}",
        "attr_user_permanent_id": "email",
        "attr_username": "email",
        "attr_email": "email",
        "attr_full_name": "full_name",
        "display_name": "authentik SAML",
    },
}`;

export const certCommands = `chown -R zulip.zulip /etc/zulip/saml/
find /etc/zulip/saml/ -type f -exec chmod 644 -- {} +`;

export const help = {
  url: 'Zulip’s EXTERNAL_HOST with https. You can paste any Zulip page; the wizard keeps only the base address.',
  display: 'The button reads “Log in with authentik SAML”.',
  cert: 'Save the whole PEM (with the BEGIN and END lines) as this file.',
};

export const notes = {
  backend: {
    tone: 'info',
    text: 'In /etc/zulip/settings.py uncomment zproject.backends.SAMLAuthBackend in AUTHENTICATION_BACKENDS, and edit the existing SAML section (settings.py files from older Zulip releases may lack parts of it).',
  },
  restart: { tone: 'info', text: 'Restart Zulip (/home/zulip/deployments/current/scripts/restart-server) after both files are in place.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'Zulip receives SAML responses only at /complete/saml/.',
  audience: 'Zulip’s SP entity ID defaults to https:// + EXTERNAL_HOST; a response for another audience is rejected.',
  mappings:
    'Zulip reads the attributes email and full_name (as named in settings.py) and keys accounts on the email; authentik sends neither name by default.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Zulip and open its login page in a private window.',
    'Click “Log in with authentik SAML” and sign in at authentik.',
    'Sign up if Zulip asks (new users), or land in your existing account.',
  ],
  success: 'You are signed in to Zulip as the user with your authentik email address.',
  errors: [
    {
      message: 'There is no “Log in with authentik SAML” button',
      meaning: 'SAMLAuthBackend is not enabled in AUTHENTICATION_BACKENDS, or Zulip was not restarted.',
    },
    {
      message: 'Zulip’s log: SAML response … invalid / Signature validation failed',
      meaning: 'authentik.crt is not the certificate authentik signs with, or the file is unreadable for the zulip user.',
      checkId: 'metadata-certificate',
    },
    { message: 'Zulip’s log: invalid issuer', meaning: 'entity_id in settings.py differs from authentik’s issuer.', checkId: 'metadata-entity-id' },
    {
      message: 'Zulip reports that the login did not carry an email address',
      meaning: 'The custom email mapping is missing from the provider, or the user has no email address.',
      checkId: 'custom-mappings',
    },
  ],
};
