/**
 * Productive signs users in through SAML SSO (Settings › SSO and SCIM). Productive shows its Single
 * Sign-On URL (the ACS URL) and Audience URI on that page before SSO is enabled, so the admin pastes
 * both here; Productive then reads authentik's metadata. Productive wants signed responses, an email
 * NameID, and first_name and last_name attributes, which authentik does not ship.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { MAPPINGS, help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/productive/',
    vendor: 'https://help.productive.io/en/articles/4362408-single-sign-on-sso-options-overview',
  },
  inputs: {
    acs: {
      type: 'text',
      label: 'Single Sign-On URL',
      help: help.acs,
      example: 'https://api.productive.io/…',
      pattern: '^https:\\/\\/[^\\s/?#]+[^\\s]*$',
      message: help.acsRule,
    },
    entity: {
      type: 'text',
      label: 'Audience URI',
      help: help.entity,
      example: 'https://api.productive.io/…',
      pattern: '^\\S+$',
      message: help.entityRule,
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{acs}',
    audience: '{entity}',
    signResponse: true,
    signingKey: 'any',
    nameId: 'email',
    mappings: [],
    customMappings: MAPPINGS,
  },
  screen: [
    {
      title: 'SSO and SCIM',
      location: 'Productive › Settings › SSO and SCIM',
      fields: [
        { label: 'Metadata URL', value: '{metadata_url}' },
        { label: 'Identity Provider Single Sign-On URL', value: '{saml_url}' },
      ],
      notes: [notes.plan, notes.scim],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is Productive’s Single Sign-On URL',
      why: 'Productive receives the response only at the Single Sign-On URL it shows.',
    },
    audience: { why: 'Productive accepts only assertions addressed to its Audience URI.' },
    'saml-signing': {
      title: 'Responses are signed',
      why: 'Productive expects a signed SAML response, as the guide’s “Sign responses” setting sends it.',
    },
    'metadata-entity-id': { why: 'Productive takes authentik’s issuer from the Metadata URL and rejects responses with another one.' },
    'metadata-certificate': { why: 'Productive checks each signature against the certificate in authentik’s metadata.' },
    'certificate-expiry': { why: 'An expired signing certificate fails every Productive login until Productive reads the renewed metadata.' },
    'custom-mappings': {
      title: 'The Productive attributes are on the provider',
      why: 'Productive fills a new user’s name from first_name and last_name.',
    },
    'public-authentik': { why: 'Productive’s servers fetch authentik’s metadata from the Metadata URL over the internet.' },
  },
  manualTest,
  /**
   * Productive: values copied from https://integrations.goauthentik.io/platforms/productive/ ("Create property mappings" —
   * first_name, last_name —, "Create an application and provider" — Sign responses on, NameID authentik default SAML
   * Mapping: Email —, "Configure SAML SSO" — copy Single Sign-On URL and Audience URI —, "Update the authentik provider"
   * and "Enable SSO": Metadata URL …/application/saml/<application_slug>/metadata/, Identity Provider Single Sign-On URL
   * …/application/saml/<application_slug>/) and Productive's
   * https://help.productive.io/en/articles/4362408-single-sign-on-sso-options-overview (SSO on all plans, enforcement and
   * SCIM on Ultimate) with its Entra ID article 5148311 (the Single Sign-On URL and Audience URI shown on the SSO page go
   * into the IdP). The input values are illustrative (per workspace). Where they disagree: the guide creates the provider
   * with https://temp.temp and writes the values back; Productive shows them first, so they are asked for first.
   */
  expected: {
    sources: {
      followed:
        'guide for every value; the Single Sign-On URL and Audience URI are asked for first instead of the guide’s temporary https://temp.temp',
    },
    inputs: { acs: 'https://api.productive.io/api/v2/saml/company/consume', entity: 'https://api.productive.io/api/v2/saml/company/metadata' },
    saml: {
      acsUrl: 'https://api.productive.io/api/v2/saml/company/consume',
      audience: 'https://api.productive.io/api/v2/saml/company/metadata',
      binding: 'post',
      nameId: 'email',
      attributes: ['first_name', 'last_name'],
      signResponse: true,
    },
    appSide: {
      'Metadata URL': 'https://authentik.company/application/saml/productive/metadata/',
      'Identity Provider Single Sign-On URL': 'https://authentik.company/application/saml/productive/',
    },
  },
});
