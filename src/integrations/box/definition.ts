/**
 * Box (Business or Enterprise) signs managed users in through SAML single sign-on. Box's service
 * provider is the same for every company (ACS https://sso.services.box.net/sp/ACS.saml2, entity ID
 * box.net); Box support sets the connection up from authentik's metadata and attribute names
 * submitted through a support form. Box matches users by an email NameID and reads email,
 * firstName and lastName, which authentik does not ship.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { MAPPINGS, help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/box/',
    vendor: 'https://support.box.com/hc/en-us/articles/360043696514-Setting-Up-Single-Sign-On-SSO-for-Your-Organization',
  },
  inputs: {},
  launchUrl: 'https://account.box.com/login',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://sso.services.box.net/sp/ACS.saml2',
    audience: 'box.net',
    signingKey: 'any',
    nameId: 'email',
    mappings: [],
    customMappings: MAPPINGS,
  },
  screen: [
    {
      title: 'Box SSO Setup Support Form',
      location: 'Admin Console › Enterprise Settings › User Settings › Configure Single Sign-On (SSO) for All Users › Configure',
      fields: [
        { label: 'Metadata', value: '{metadata_url}', help: help.metadata },
        { label: 'Entity ID', value: '{entity_id}', help: help.entityId },
        { label: 'Redirect URL', value: '{saml_url}', help: help.redirect },
        { label: 'Public Certificate', value: '{cert_pem}', help: 'The whole PEM, with the BEGIN and END lines.' },
        { label: 'Email attribute', value: 'email' },
        { label: 'First name attribute', value: 'firstName' },
        { label: 'Last name attribute', value: 'lastName' },
      ],
      notes: [notes.form, notes.plan],
    },
    {
      title: 'Enable Single Sign-On (SSO) for All Users',
      location: 'Admin Console › Enterprise Settings › User Settings',
      fields: [
        { label: 'SSO Test Mode', value: 'On', choice: true, help: 'Until a test login worked.' },
        { label: 'SSO Required', value: 'On', choice: true, help: 'Only after the test; then turn SSO Test Mode off.' },
      ],
      notes: [notes.required],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is Box’s https://sso.services.box.net/sp/ACS.saml2',
      why: 'Box receives SAML responses for every company only at this address.',
    },
    audience: { why: 'Box accepts only assertions addressed to its entity ID, box.net.' },
    'sp-binding': { why: 'Box’s ACS URL takes the SAML response as a form post.' },
    'saml-signing': { why: 'Box only accepts responses signed with the certificate given to Box support.' },
    'metadata-entity-id': {
      title: 'authentik’s issuer equals the Entity ID given to Box',
      why: 'Box rejects responses whose issuer differs from the Entity ID (Connection ID) it was given.',
    },
    'certificate-expiry': { why: 'An expired signing certificate fails every Box login, and a renewed one must be sent to Box support again.' },
    'relay-state': { why: 'Box reads the relay state as the page to open after login; a foreign one ends on an error.' },
    'custom-mappings': {
      title: 'The Box attributes are on the provider',
      why: 'Box reads the email address and, to create accounts on the fly, firstName and lastName.',
    },
  },
  manualTest,
  /**
   * Box: values copied from https://integrations.goauthentik.io/platforms/box/ (sections "Create property
   * mappings" — email, firstName, lastName —, "Create an application and provider in authentik" — ACS URL
   * https://sso.services.box.net/sp/ACS.saml2, Audience box.net, NameID authentik default SAML Mapping:
   * Email — and "Box configuration": Entity ID …/application/saml/<application_slug>/metadata/, Redirect URL
   * …/application/saml/<application_slug>/, attribute names) and Box's
   * https://support.box.com/hc/en-us/articles/360043696514 (SSO set up by Box support from the IdP
   * metadata through the support form; SSO Test Mode, SSO Required; Business or Enterprise), whose SP
   * values the IdP catalogues of Ping (docs.pingidentity.com, "Box Connection Configuration": ACS URL
   * https://sso.services.box.net/sp/ACS.saml2, Entity ID box.net) repeat. No example inputs. The guide and
   * the vendor agree.
   */
  expected: {
    inputs: {},
    saml: {
      acsUrl: 'https://sso.services.box.net/sp/ACS.saml2',
      audience: 'box.net',
      binding: 'post',
      nameId: 'email',
      attributes: ['email', 'firstName', 'lastName'],
    },
    appSide: {
      'Entity ID': 'https://authentik.company/application/saml/box/metadata/',
      'Redirect URL': 'https://authentik.company/application/saml/box/',
      'Email attribute': 'email',
      'First name attribute': 'firstName',
      'Last name attribute': 'lastName',
    },
  },
});
