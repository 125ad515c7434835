/**
 * YouTrack signs users in through a SAML 2.0 auth module. YouTrack shows its ACS URL and SP entity
 * ID only after the module exists, so the provider is created with a recognisable placeholder ACS
 * URL on the YouTrack host and an empty audience; the follow-up writes the real values back.
 */
import { z } from 'zod';
import type {
  ConfigNote,
  CreatedPair,
  FollowUp,
  SAMLProvider,
  SAMLProviderRequest,
} from '../../features/wizard/engine/types';
import { expectProtocol, mappingPks, parseHttpsBaseUrl, validatedText, type TextParse } from '../../features/wizard/engine/definition-helpers';
import { defineIntegration } from '../../features/wizard/engine/types';
import {
  applicationAccessCheck,
  certificateExpiryCheck,
  providerAssignedCheck,
  usernameChangeCheck,
} from '../../features/wizard/engine/checks/common';
import {
  acsUrlCheck,
  audienceCheck,
  metadataCertificateCheck,
  metadataEntityIdCheck,
  relayStateCheck,
  samlSigningCheck,
  spBindingCheck,
} from '../../features/wizard/engine/checks/saml';

const MODEL = 'authentik_providers_saml.samlprovider' as const;

const MAPPING_USERNAME = 'goauthentik.io/providers/saml/username';
const MAPPINGS = [
  MAPPING_USERNAME,
  'goauthentik.io/providers/saml/email',
  'goauthentik.io/providers/saml/name',
  'goauthentik.io/providers/saml/groups',
];

/**
 * Path of the placeholder ACS URL. It stays on the YouTrack host, so a login attempted before the
 * follow-up never sends an assertion to a third-party domain.
 */
const PLACEHOLDER_PATH = '/replace-with-the-acs-url-youtrack-shows';
/** Placeholders used by authentik's written guides (older pairs created by hand). */
const FOREIGN_PLACEHOLDER_HOSTS = new Set(['temp.temp', 'placeholder.com', 'www.placeholder.com']);

const URL_MISSING = 'Enter the address of your YouTrack, for example https://youtrack.company or https://acme.youtrack.cloud.';
/** YouTrack pages a pasted browser address may point at; everything from there on is dropped. */
const YOUTRACK_PAGES =
  /\/(?:admin|hub|issues?|dashboard|agiles|projects|articles|reports|users|login|oauth|api|newissue|timesheets|gantt-charts|knowledge-base)(?:\/.*)?$/i;

/** `youtrack.company`, `https://company.com/youtrack/issues?q=x` → `https://…[/youtrack]`. */
function parseYouTrackUrl(raw: string): TextParse {
  return parseHttpsBaseUrl(raw, {
    missing: URL_MISSING,
    example: 'https://youtrack.company',
    httpReason: 'Use the https:// address of YouTrack: authentik posts the signed login to it, which must not travel over plain http.',
    pages: [YOUTRACK_PAGES],
  });
}

const youtrackUrl = validatedText(URL_MISSING, parseYouTrackUrl);

function tryUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function isPlaceholderAcs(acs: string): boolean {
  const url = tryUrl(acs);
  if (!url) return acs.trim() === '';
  return url.pathname.endsWith(PLACEHOLDER_PATH) || FOREIGN_PLACEHOLDER_HOSTS.has(url.hostname);
}

/** The YouTrack host (with port) the pair belongs to: from the launch URL, else from our placeholder. */
function youtrackHost(pair: CreatedPair): string | null {
  const launch = tryUrl(pair.application.meta_launch_url);
  if (launch) return launch.host;
  if (pair.protocol !== 'saml') return null;
  const acs = tryUrl(pair.provider.acs_url);
  return acs && !FOREIGN_PLACEHOLDER_HOSTS.has(acs.hostname) ? acs.host : null;
}

/**
 * authentik reports `fingerprint_sha256` as lower-case hex pairs joined by colons. JetBrains only
 * documents "the SHA-256 fingerprint" (their docs point to SAML Tool, which prints colon-separated
 * pairs). We show upper-case colon-separated pairs (AB:CD:…), the form most tools display; whether
 * YouTrack also accepts other spellings is unconfirmed.
 */
function youtrackFingerprint(fingerprint: string | null | undefined): string {
  const hex = (fingerprint ?? '').replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.match(/.{2}/g)?.join(':') ?? '';
}

/** The read-only URLs are "-" while no application is attached. */
function served(value: string | undefined): string {
  return value && value !== '-' ? value : '';
}

/** The IdP entity ID YouTrack must be given: the Issuer authentik puts in every response. */
function idpEntityId(provider: SAMLProvider): string {
  return served(provider.url_issuer) || (provider.issuer_override ?? '');
}

function usernameNote(pair: CreatedPair): ConfigNote {
  const setting = pair.settings?.default_user_change_username;
  if (setting === true) {
    return {
      tone: 'warning',
      text: 'Users can change their username in authentik, which changes the NameID YouTrack matches accounts on: turn off System › Settings › Allow users to change username.',
    };
  }
  if (setting === false) {
    return { tone: 'info', text: 'Users cannot change their username in authentik, so the NameID YouTrack matches accounts on stays stable.' };
  }
  return {
    tone: 'info',
    text: 'Could not read whether users may change their username. YouTrack matches accounts on the username: make sure System › Settings › Allow users to change username is off.',
  };
}

function providerWarnings(provider: SAMLProvider, fingerprint: string, host: string | null): ConfigNote[] {
  const notes: ConfigNote[] = [];
  if (!provider.signing_kp || fingerprint === '') {
    notes.push({
      tone: 'warning',
      text: 'The provider has no signing certificate, so YouTrack cannot verify the login. Select a signing certificate in the provider and keep "Sign assertions" on.',
    });
  }
  if (provider.sp_binding !== 'post') {
    notes.push({ tone: 'warning', text: 'Set the provider\'s Service Provider Binding to Post: YouTrack expects the response as a form post.' });
  }
  const relayState = tryUrl(provider.default_relay_state);
  if ((provider.default_relay_state ?? '') !== '' && (relayState === null || relayState.host !== host)) {
    notes.push({
      tone: 'warning',
      text: 'The provider has a default relay state. YouTrack only accepts an empty one or a URL on its own host; otherwise users see "Can\'t restore state".',
    });
  }
  return notes;
}

type SpValues = { acs: string; entity: string };

const followUp: FollowUp<SpValues> = {
  title: "Copy YouTrack's SP values back into authentik",
  intro:
    'After you click Create, YouTrack shows the new auth module with its ACS URL and SP entity ID. Paste both here: they replace the placeholder ACS URL and fill the Audience of the authentik provider.',
  schema: (pair) => {
    const host = youtrackHost(pair);
    return z.object({
      acs: z
        .string({ error: 'Paste the ACS URL YouTrack shows for the auth module.' })
        .trim()
        .min(1, 'Paste the ACS URL YouTrack shows for the auth module.')
        .superRefine((value, ctx) => {
          const url = tryUrl(value);
          if (!url || /\s/.test(value)) {
            ctx.addIssue({ code: 'custom', message: 'This is not a URL. Copy the ACS URL from the YouTrack auth module page.' });
          } else if (url.protocol !== 'https:') {
            ctx.addIssue({ code: 'custom', message: 'The ACS URL must start with https://: authentik posts the signed login to it.' });
          } else if (isPlaceholderAcs(value)) {
            ctx.addIssue({ code: 'custom', message: 'This is the placeholder the wizard created. Paste the ACS URL that YouTrack shows.' });
          } else if (host !== null && url.host !== host) {
            ctx.addIssue({
              code: 'custom',
              message: `The ACS URL must be on your YouTrack host ${host}, but it points to ${url.host}. Copy it again from YouTrack.`,
            });
          }
        }),
      entity: z
        .string({ error: 'Paste the SP entity ID YouTrack shows for the auth module.' })
        .trim()
        .min(1, 'Paste the SP entity ID YouTrack shows for the auth module.')
        .regex(/^\S+$/, 'The SP entity ID contains no spaces. Copy it again from YouTrack.'),
    });
  },
  ui: {
    acs: {
      label: 'ACS URL',
      help: 'Shown by YouTrack on the auth module page after Create. Written into the provider\'s ACS URL.',
      example: 'https://youtrack.company/…',
    },
    entity: {
      label: 'SP entity ID',
      help: 'Shown next to the ACS URL. Written into the provider\'s Audience.',
      example: 'https://youtrack.company/…',
    },
  },
  current: (pair) => {
    if (pair.protocol !== 'saml') return {};
    const values: Partial<SpValues> = {};
    if (!isPlaceholderAcs(pair.provider.acs_url)) values.acs = pair.provider.acs_url;
    if (pair.provider.audience) values.entity = pair.provider.audience;
    return values;
  },
  isDone: (pair) => pair.protocol === 'saml' && !isPlaceholderAcs(pair.provider.acs_url) && (pair.provider.audience ?? '') !== '',
  patch: (values) => ({ acs_url: values.acs, audience: values.entity }),
};

export const youtrack = defineIntegration({
  id: 'youtrack',
  name: 'YouTrack',
  logo: '/logos/youtrack.svg',
  protocol: 'saml',
  providerModel: MODEL,
  summary: 'Sign in to YouTrack (Server or Cloud) with authentik through a SAML 2.0 auth module.',
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/youtrack/',
    vendor: 'https://www.jetbrains.com/help/youtrack/server/saml-authentication-module.html',
  },
  inputs: z.object({ url: youtrackUrl }),
  inputUi: {
    url: {
      label: 'YouTrack URL',
      help: 'The address YouTrack runs at, including a sub-path such as /youtrack if it has one. You can paste any YouTrack page; the wizard keeps only the base address.',
      example: 'https://youtrack.company',
      preview: (value) => {
        const result = parseYouTrackUrl(value);
        return result.ok ? `YouTrack: ${result.value}` : null;
      },
    },
  },
  identity: () => ({ name: 'YouTrack', slug: 'youtrack' }),
  errorOwners: { 'provider.acs_url': 'url', 'app.meta_launch_url': 'url' },
  discovery: { signingKey: 'required', samlMappings: MAPPINGS },
  build: ({ url }, identity, ctx) => {
    const key = ctx.signingKey;
    if (!key) {
      throw new Error(
        'YouTrack only accepts signed logins, so the provider needs a signing certificate. Create or import an RSA or EC certificate with a private key in authentik (System › Certificates), then try again.',
      );
    }
    if (key.key_type !== null && key.key_type !== 'rsa' && key.key_type !== 'ec') {
      throw new Error(`SAML signing here needs an RSA or EC key, and "${key.name}" is an ${key.key_type} key. Choose an RSA or EC keypair.`);
    }
    const provider: SAMLProviderRequest = {
      provider_model: MODEL,
      name: `Provider for ${identity.name}`,
      authorization_flow: ctx.authorizationFlow.pk,
      invalidation_flow: ctx.invalidationFlow.pk,
      acs_url: `${url}${PLACEHOLDER_PATH}`,
      audience: '',
      issuer_override: '',
      sp_binding: 'post',
      signing_kp: key.pk,
      sign_assertion: true,
      sign_response: false,
      digest_algorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
      signature_algorithm:
        key.key_type === 'ec' ? 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256' : 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      name_id_mapping: mappingPks(ctx.samlMappings, [MAPPING_USERNAME], 'SAML')[0]!,
      property_mappings: mappingPks(ctx.samlMappings, MAPPINGS, 'SAML'),
      default_relay_state: '',
    };
    return {
      app: {
        name: identity.name,
        slug: identity.slug,
        meta_launch_url: url,
        open_in_new_tab: false,
        policy_engine_mode: 'any',
      },
      provider_model: MODEL,
      provider,
    };
  },
  configure: (created) => {
    const pair = expectProtocol(created, 'saml', 'YouTrack');
    const { provider } = pair;
    const fingerprint = youtrackFingerprint(pair.signingKey?.fingerprint_sha256);
    const entityId = idpEntityId(provider);
    return [
      {
        title: 'SAML 2.0 auth module',
        location: 'Administration › Access Management › Auth Modules › New module › SAML 2.0',
        fields: [
          { label: 'Name', value: 'authentik', help: 'Shown on the YouTrack login button; any name works.' },
          { label: 'SAML SSO URL', value: served(provider.url_sso_redirect) },
          { label: 'IdP entity ID', value: entityId, help: 'Must equal the Issuer authentik puts in every response.' },
          {
            label: 'Certificate fingerprint',
            value: fingerprint,
            help: 'SHA-256 fingerprint of the signing certificate. Update it here whenever you renew or change that certificate.',
          },
        ],
        notes: [
          ...providerWarnings(provider, fingerprint, youtrackHost(pair)),
          usernameNote(pair),
          {
            tone: 'info',
            text: 'Click Create. YouTrack then shows the SP entity ID and the ACS URL: copy both into the next step, then enable the module and use Test login.',
          },
        ],
      },
      {
        title: 'Attribute names (if YouTrack asks)',
        fields: [
          { label: 'Email attribute', value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
          { label: 'Full name attribute', value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name' },
          { label: 'Groups attribute', value: 'http://schemas.xmlsoap.org/claims/Group' },
        ],
        notes: [{ tone: 'info', text: 'The username comes from the NameID, which authentik fills with the authentik username.' }],
      },
    ];
  },
  followUp,
  checks: () => [
    providerAssignedCheck(),
    applicationAccessCheck({ why: 'If authentik’s policies refuse you, YouTrack’s Test login ends on an authentik error page.' }),
    acsUrlCheck({
      title: 'The ACS URL is the one YouTrack shows',
      why: 'authentik posts the signed login to this address; while it is the placeholder, YouTrack never receives it.',
      isPlaceholder: isPlaceholderAcs,
      host: youtrackHost,
    }),
    audienceCheck({ why: 'The audience tells YouTrack the assertion is meant for it; it must be the SP entity ID YouTrack shows.' }),
    spBindingCheck({ why: 'YouTrack expects the SAML response as a form post.' }),
    samlSigningCheck({ why: 'YouTrack only accepts assertions signed with the certificate whose fingerprint it was given.' }),
    metadataEntityIdCheck({
      title: 'authentik’s issuer equals the IdP entity ID on the configuration screen',
      why: 'YouTrack rejects every response whose issuer differs from the IdP entity ID entered in the auth module.',
      expectedEntityId: (pair) => idpEntityId(pair.provider),
    }),
    metadataCertificateCheck({
      why: 'YouTrack checks each signature against the fingerprint entered in the auth module; another certificate fails every login.',
    }),
    certificateExpiryCheck({ why: 'An expired signing certificate makes YouTrack reject every login, and a renewed one needs a new fingerprint there.' }),
    relayStateCheck({
      why: 'YouTrack answers a relay state that points to another host with “Can’t restore state”.',
      host: youtrackHost,
    }),
    usernameChangeCheck({ why: 'YouTrack matches accounts on the NameID, which is the authentik username; a renamed user would arrive as someone new.' }),
  ],
  manualTest: {
    steps: [
      'In YouTrack, open Administration › Access Management › Auth Modules and open the authentik module.',
      'Check that the module is enabled, then click Test login.',
      'Sign in at authentik with a user who also has (or may get) a YouTrack account.',
    ],
    success: 'YouTrack reports that the test login worked and names the account it signed in. The login page then offers authentik as a way to sign in.',
    errors: [
      {
        message: 'The browser ends up at temp.temp, placeholder.com or a “replace-with-the-acs-url-youtrack-shows” address',
        meaning: 'authentik still has the placeholder ACS URL. Copy the ACS URL and SP entity ID from YouTrack in the write-back step.',
        checkId: 'acs-url',
      },
      {
        message: 'Can’t restore state',
        meaning: 'The provider sends a default relay state that is not on YouTrack’s own host. Leave it empty.',
        checkId: 'relay-state',
      },
      {
        message: 'An error about the signature or the certificate fingerprint',
        meaning: 'The fingerprint in the auth module is not the one of the certificate authentik signs with, or the certificate was changed. Copy it again from the configuration screen.',
        checkId: 'metadata-certificate',
      },
      {
        message: 'An error about the issuer or the IdP entity ID',
        meaning: 'The IdP entity ID in the auth module differs from authentik’s issuer. Copy it again from the configuration screen.',
        checkId: 'metadata-entity-id',
      },
      {
        message: 'authentik shows “Permission denied” or “Access denied”',
        meaning: 'authentik’s policies do not allow this user to open the YouTrack application.',
        checkId: 'application-access',
      },
      {
        message: 'YouTrack creates a second account for someone who already had one',
        meaning: 'The authentik username differs from the one YouTrack knows, for example after a rename.',
        checkId: 'username-changes',
      },
    ],
  },
});
