/**
 * Amazon Business signs users of a business account in through SAML single sign-on (System
 * integrations › Single Sign-On (SSO) › Other). Amazon hands out its SP metadata (ACS URL and entity ID
 * of the store's country) before it asks for the IdP, so the admin pastes both values here. Amazon
 * wants a signed response, an email NameID, and reads the email and name claims authentik ships.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/amazon-business/',
    vendor: 'https://static-assets.business.amazon.com/assets/global/documents/guides/Amazon-Business-SSO-Integration-Guide_2026.pdf',
  },
  inputs: {
    acs: {
      type: 'text',
      label: 'ACS URL',
      help: help.acs,
      example: 'https://www.amazon.com/bb/feature/sso/action/3p_redirect?idpId=…',
      pattern: '^https:\\/\\/[^\\s/?#]+[^\\s]*$',
      message: help.acsRule,
    },
    entity: { type: 'text', label: 'Entity ID', help: help.entity, example: 'https://www.amazon.com', pattern: '^\\S+$', message: help.entityRule },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{acs}',
    audience: '{entity}',
    signResponse: true,
    signingKey: 'any',
    nameId: 'email',
    mappings: ['name', 'email'],
  },
  screen: [
    {
      title: 'Connection data',
      location: 'Business Settings › System integrations › Single Sign-On (SSO) › Other',
      fields: [
        { label: 'Encrypted SAML assertions', value: 'Off', choice: true },
        { label: 'Connection data', value: '{metadata_url}', help: help.metadata },
      ],
      notes: [notes.jit],
    },
    {
      title: 'Attribute mapping',
      location: 'Same workflow › Attribute mapping (skip the attribute statement file)',
      fields: [
        { label: 'Email address', value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
        { label: 'Full Name', value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name' },
        { label: 'Unique identifier', value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
      ],
      notes: [notes.activate],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is the one in Amazon_SP_Metadata.xml',
      why: 'Amazon Business receives the response only at the AssertionConsumerService of its SP metadata.',
    },
    audience: { why: 'Amazon Business accepts only assertions addressed to the entityID of its SP metadata.' },
    'saml-signing': { title: 'Responses are signed', why: 'Amazon Business expects a signed SAML response (the guide’s “Sign responses”).' },
    'metadata-entity-id': { why: 'Amazon Business takes authentik’s issuer from the uploaded metadata and rejects responses with another one.' },
    'metadata-certificate': {
      why: 'Amazon Business checks each signature against the certificate in the uploaded metadata; after a certificate change, upload it again.',
    },
    'certificate-expiry': {
      why: 'An expired signing certificate fails every Amazon Business login, and a renewed one means uploading the metadata again.',
    },
    'relay-state': { why: 'Amazon Business reads the relay state as the page to open after login; a foreign one ends on an error.' },
  },
  manualTest,
  /**
   * Amazon Business: values copied from https://integrations.goauthentik.io/miscellaneous/amazon-business/ ("Download the
   * Amazon Business metadata file", "Create an application and provider" — SAML Provider from Metadata, Sign responses on,
   * only the Name and Email mappings, NameID authentik default SAML Mapping: Email — and "Amazon Business configuration":
   * Encrypted SAML assertions Off, the attribute names) and Amazon's Amazon Business SSO Integration guide (PDF, as linked
   * by the guide). The input values are illustrative, in the shape an admin's public OneLogin notes copied from Amazon's
   * SP metadata for the UK store (ACS https://www.amazon.co.uk/bb/feature/sso/action/3p_redirect?idpId=<id>, entity ID
   * https://www.amazon.co.uk). Where they disagree: the guide imports Amazon's metadata into a provider, which the wizard
   * cannot; the two values from it are pasted instead. Otherwise they agree.
   */
  expected: {
    sources: { followed: 'guide for every value; the ACS URL and entity ID from Amazon’s SP metadata are pasted instead of importing the file' },
    inputs: { acs: 'https://www.amazon.co.uk/bb/feature/sso/action/3p_redirect?idpId=1234', entity: 'https://www.amazon.co.uk' },
    saml: {
      acsUrl: 'https://www.amazon.co.uk/bb/feature/sso/action/3p_redirect?idpId=1234',
      audience: 'https://www.amazon.co.uk',
      binding: 'post',
      nameId: 'email',
      attributes: [
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
      ],
      signResponse: true,
    },
    appSide: {
      'Encrypted SAML assertions': 'Off',
      'Connection data': 'https://authentik.company/application/saml/amazon-business/metadata/',
      'Email address': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      'Full Name': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
      'Unique identifier': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    },
  },
});
