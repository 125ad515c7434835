/** AWX / Ansible Tower prose: snippets, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const keypair = 'openssl req -x509 -newkey rsa:4096 -keyout key.pem -out cert.pem -sha256 -days 3650 -nodes';

export const orgInfo = `{
    "en-US": {
        "name": "authentik",
        "url": "{ak}",
        "displayname": "authentik"
    }
}`;

export const contact = `{
    "givenName": "Admin Name",
    "emailAddress": "admin@company"
}`;

export const idps = `{
    "authentik": {
        "entity_id": "{entity_id}",
        "url": "{sso_url}",
        "x509cert": "{cert_body}",
        "attr_username": "http://schemas.goauthentik.io/2021/02/saml/username",
        "attr_user_permanent_id": "http://schemas.goauthentik.io/2021/02/saml/uid",
        "attr_email": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "attr_first_name": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"
    }
}`;

export const help = {
  url: 'The address of AWX or automation controller, exactly as its “Base URL of the service” says. You can paste any page; the wizard keeps only the base address.',
  baseUrl: 'AWX builds its ACS URL (…/sso/complete/saml/) from this setting.',
  spCert: 'The contents of cert.pem from the command above, with the BEGIN and END lines. This is AWX’s own certificate, not authentik’s.',
  spKey: 'The contents of key.pem, with the BEGIN and END lines.',
  contact: 'Use a real contact of your team; AWX refuses to save SAML settings without it.',
  idps: 'The key “authentik” is the identity provider’s name in AWX. x509cert is authentik’s certificate body on one line, without the BEGIN and END lines.',
};

export const notes = {
  keypair: { tone: 'info', text: 'AWX signs its own SAML requests with this key pair; it is separate from authentik’s signing certificate.' },
  aap: {
    tone: 'info',
    text: 'Red Hat Ansible Automation Platform 2.5 and newer configure SAML under Access Management › Authentication Methods instead, and show their ACS URL only after the method exists; this entry covers AWX and automation controller 2.4 and earlier.',
  },
  save: { tone: 'info', text: 'Click Save. The login page then shows a SAML button for the identity provider “authentik”.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'AWX receives SAML responses only at /sso/complete/saml/ below its Base URL of the service.',
  audience: 'AWX’s SP entity ID is the value of “SAML Service Provider Entity ID”; a response for another audience is rejected.',
  entityId: 'AWX rejects responses whose issuer differs from entity_id in SAML Enabled Identity Providers.',
};

export const manualTest: ManualTest = {
  steps: [
    'Log out of AWX and open its login page.',
    'Click the SAML button and sign in at authentik.',
    'If the login fails, read the AWX web container’s log for the SAML error.',
  ],
  success: 'You are signed in to AWX as a user named after your authentik username.',
  errors: [
    {
      message: 'There is no SAML button on the login page',
      meaning: 'SAML Enabled Identity Providers is empty or not valid JSON, or the settings were not saved.',
    },
    {
      message: 'AWX log: “… is not a valid audience for this Response”',
      meaning: 'The provider’s Audience differs from SAML Service Provider Entity ID.',
      checkId: 'audience',
    },
    {
      message: 'AWX log: “Invalid issuer in the Assertion/Response”',
      meaning: 'entity_id in SAML Enabled Identity Providers is not authentik’s issuer.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'AWX log: “Signature validation failed. SAML Response rejected”',
      meaning: 'x509cert is not the body of the certificate authentik signs with.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'authentik posts to an address that does not exist (404)',
      meaning: '“Base URL of the service” in AWX differs from the address here, so the ACS URL AWX expects differs too.',
      checkId: 'acs-url',
    },
  ],
};
