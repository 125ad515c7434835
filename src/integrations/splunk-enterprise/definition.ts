/**
 * Splunk Enterprise signs users in through SAML (Settings › Users and authentication ›
 * Authentication methods › SAML). It posts the login to <its address>/saml/acs, sends the Entity
 * ID the admin typed as the issuer, and reads the roles from the `role` attribute, the email from
 * `mail` and the full name from `realName`, which authentik does not ship: three custom mappings.
 * Roles come from the application's entitlements, so Splunk permissions stay on this application.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/splunk-enterprise/',
    vendor:
      'https://help.splunk.com/en/splunk-enterprise/administer/manage-users-and-security/10.4/use-saml-as-an-authentication-scheme-for-single-sign-on/configure-saml-sso-for-other-idps',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Splunk Web URL',
      help: 'The address people open Splunk Web at (through the load balancer, with its port if not 443). You can paste any Splunk page; the wizard keeps only the base address.',
      example: 'https://splunk.company',
      pages: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'ko-KR', 'zh-CN', 'zh-TW', 'app', 'manager', 'account', 'saml'],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/saml/acs',
    audience: '{url}',
    signAssertion: true,
    signResponse: true,
    signingKey: 'rsa',
    nameId: 'email',
    mappings: [],
    customMappings: [
      {
        name: 'Splunk: role',
        attribute: 'role',
        expression: 'return [entitlement.name for entitlement in request.user.app_entitlements(provider.application)]',
      },
      { name: 'Splunk: mail', attribute: 'mail', expression: 'return request.user.email' },
      { name: 'Splunk: realName', attribute: 'realName', expression: 'return request.user.name' },
    ],
  },
  screen: [
    {
      title: 'SAML Configuration',
      location: 'Settings › Users and authentication › Authentication methods › SAML › Configure Splunk to use SAML › SAML Configuration',
      fields: [
        {
          label: 'Metadata contents',
          value: '{metadata_url}',
          help: 'Download the metadata from this address and drop the file into Splunk, or paste its contents.',
        },
        { label: 'Single Sign On (SSO) URL', value: '{sso_url}', help: 'Filled in from the metadata.' },
        {
          label: 'IdP certificate chains',
          value: '{cert_pem}',
          help: 'Only if Splunk does not take the certificate from the metadata: the whole PEM, with the BEGIN and END lines.',
        },
        { label: 'Entity ID', value: '{audience}', help: 'Must equal the provider’s Audience.' },
        {
          label: 'FQDN - Host Name or IP address of the load balancer',
          value: '{url}',
          help: 'Under Advanced Settings: the address people use. The guide enters the bare host name; Splunk accepts it with https:// too (authentication.conf fqdn), which keeps the scheme right behind a TLS-terminating load balancer.',
        },
        { label: 'Redirect port - load balancer port', value: '443', help: 'Under Advanced Settings: the browser-facing HTTPS port.' },
      ],
      notes: [
        {
          tone: 'warning',
          text: 'Keep a local Splunk administrator: a broken SAML setup locks everyone else out. The local login stays at {url}/en-US/account/login?loginType=Splunk.',
        },
        {
          tone: 'warning',
          text: 'Splunk can refuse certificates issued by authentik’s internal CA. If the login fails on the certificate, import a self-signed RSA certificate under System › Certificates and choose it as this provider’s signing certificate.',
        },
      ],
    },
    {
      title: 'SAML Groups',
      location: 'Settings › Users and authentication › Authentication methods › SAML › New Group',
      fields: [
        {
          label: 'Group name',
          value: 'splunk-user',
          help: 'The name of an application entitlement in authentik; create one per Splunk role and bind users or groups to it.',
        },
        { label: 'Splunk roles', value: 'user' },
      ],
      notes: [
        {
          tone: 'info',
          text: 'Create the entitlements on the application’s Application entitlements tab in authentik; the role attribute carries their names.',
        },
      ],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is Splunk’s /saml/acs',
      why: 'Splunk only accepts the response at the browser-facing address followed by /saml/acs, built from the load-balancer FQDN and port.',
    },
    audience: { why: 'Splunk refuses an assertion whose audience is not the Entity ID in its SAML configuration.' },
    'saml-signing': {
      title: 'Responses and assertions are signed',
      why: 'Splunk verifies the signature of the response and of the assertion against the IdP certificate chain.',
    },
    'metadata-certificate': {
      why: 'Splunk checks each signature against the certificate from the metadata it was given; another certificate fails with a signature error.',
    },
    'username-changes': {
      title: 'Users are matched by email',
      why: 'Splunk names the user after the NameID, which is the email address; a changed address arrives as a new Splunk user.',
    },
  },
  manualTest: {
    steps: [
      'Bind yourself to an application entitlement that a SAML group in Splunk maps to a role.',
      'Open Splunk Web in a private window: it sends you to authentik; sign in.',
      'Also try the Splunk Enterprise tile in the authentik user interface.',
    ],
    success: 'Splunk Web opens with the roles of your entitlements; Settings › Users shows you as a SAML user.',
    errors: [
      [
        'Saml response does not contain group information.',
        'The role attribute is empty: the user has no entitlement on this application, or the role mapping is missing.',
        'custom-mappings',
      ],
      [
        'Verification of SAML assertion using the IDP’s certificate provided failed',
        'Splunk does not trust the signing certificate: use a self-signed certificate, or paste the provider’s certificate into IdP certificate chains.',
        'metadata-certificate',
      ],
      ['No valid Splunk role found in local mapping.', 'The entitlement names do not match a SAML group in Splunk.'],
      [
        'The login ends on http://…:8000/saml/acs or another port',
        'The load-balancer FQDN or redirect port in Splunk differ from the address people use.',
        'acs-url',
      ],
    ],
  },
  /**
   * Splunk Enterprise: values copied from https://integrations.goauthentik.io/monitoring/splunk-enterprise/
   * (sections "Create property mappings": role, mail, realName; "Create an application and provider":
   * ACS https://splunk.company/saml/acs, Audience https://splunk.company, sign assertions and responses,
   * NameID Email; "Configure SAML": Entity ID https://splunk.company, load balancer FQDN and port 443)
   * and Splunk's "Configure SAML SSO for other IdPs" (role, realName and mail attributes; ACS at
   * /saml/acs on the Splunk Web address; the response must be signed), for the input below.
   * The guide also sets the SLS URL https://splunk.company/saml/logout, which only single logout uses;
   * the wizard leaves it out, as login works without it. The guide imports a self-signed certificate;
   * the wizard takes an RSA key and says so in a note.
   */
  expected: {
    inputs: { url: 'https://splunk.company' },
    launchUrl: 'https://splunk.company',
    saml: {
      acsUrl: 'https://splunk.company/saml/acs',
      audience: 'https://splunk.company',
      binding: 'post',
      nameId: 'email',
      attributes: ['role', 'mail', 'realName'],
      signAssertion: true,
      signResponse: true,
      keyType: 'rsa',
    },
    appSide: { 'Entity ID': 'https://splunk.company', 'Redirect port - load balancer port': '443', 'Group name': 'splunk-user' },
  },
});
