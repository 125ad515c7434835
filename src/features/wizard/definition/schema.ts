/**
 * The definition format as a zod schema: a definition is data (it could be JSON), so every one is
 * validated against this in a test. Strict objects: a misspelt key is an error, not ignored.
 */
import { z } from '../../../lib/zod';
import type { DefinitionData } from './format';
import type { IntegrationMeta } from './meta';

const template = z.string();
const scopeName = z.enum(['openid', 'email', 'profile', 'offline_access', 'entitlements', 'ak_proxy']);
const samlMappingName = z.enum(['username', 'email', 'name', 'groups', 'upn', 'uid', 'ms-windowsaccountname']);

const inputBase = { label: z.string().min(1), help: z.string().min(1), example: z.string().min(1), preview: template.optional() };
const input = z.discriminatedUnion('type', [
  z.strictObject({
    ...inputBase,
    type: z.literal('url'),
    httpReason: z.string().optional(),
    pages: z.array(z.string().regex(/^(\*\*|\*\.[a-z0-9]+|[^/*][^/]*)$/i)).optional(),
  }),
  z.strictObject({ ...inputBase, type: z.literal('subdomain'), domain: z.string(), where: z.string() }),
  z.strictObject({ ...inputBase, type: z.literal('host'), optional: z.boolean().optional() }),
  z.strictObject({ ...inputBase, type: z.literal('slug'), default: z.string().optional() }),
  z.strictObject({
    ...inputBase,
    type: z.literal('enum'),
    options: z.array(z.strictObject({ value: z.string(), label: z.string() })).min(1),
    default: z.string(),
  }),
  z.strictObject({
    ...inputBase,
    type: z.literal('text'),
    // The source of a regular expression: it must compile.
    pattern: z
      .string()
      .refine((source) => {
        try {
          return new RegExp(source) instanceof RegExp;
        } catch {
          return false;
        }
      }, 'not a regular expression')
      .optional(),
    ignoreCase: z.boolean().optional(),
    message: z.string().optional(),
    optional: z.boolean().optional(),
  }),
]);

const signingKey = z.enum(['any', 'rsa', 'ec', 'none']);
const customScope = z.strictObject({ name: z.string(), scope: z.string(), expression: z.string(), description: z.string().optional() });
const oidc = z.strictObject({
  protocol: z.literal('oidc'),
  redirectUris: z
    .array(
      z.union([
        template,
        z.strictObject({ url: template, match: z.enum(['strict', 'regex']).optional(), type: z.enum(['authorization', 'logout']).optional() }),
      ]),
    )
    .min(1),
  scopes: z.array(scopeName).optional(),
  customScopes: z.array(z.union([customScope, z.literal('email-verified')])).optional(),
  signingKey,
  signingKeyOptional: z.boolean().optional(),
  clientType: z.enum(['confidential', 'public']).optional(),
  subject: z.enum(['hashed_user_id', 'user_id', 'user_uuid', 'user_username', 'user_email', 'user_upn']).optional(),
  claimsInIdToken: z.boolean().optional(),
  validity: z.strictObject({ accessCode: z.string().optional(), accessToken: z.string().optional(), refreshToken: z.string().optional() }).optional(),
});
const saml = z.strictObject({
  protocol: z.literal('saml'),
  acsUrl: template,
  audience: template.optional(),
  binding: z.enum(['post', 'redirect']).optional(),
  signAssertion: z.boolean().optional(),
  signResponse: z.boolean().optional(),
  signingKey: z.enum(['any', 'rsa', 'ec']),
  nameId: z.union([samlMappingName, z.string().regex(/^custom:.+/), z.literal('persistent')]),
  mappings: z.array(samlMappingName),
  customMappings: z
    .array(z.strictObject({ name: z.string(), attribute: z.string(), friendly: z.string().optional(), expression: z.string() }))
    .optional(),
  nameIdPolicy: z
    .enum([
      'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
      'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
    ])
    .optional(),
  relayState: template.optional(),
});

const regexSource = z.string().refine((source) => {
  try {
    return new RegExp(source) instanceof RegExp;
  } catch {
    return false;
  }
}, 'not a regular expression');
const proxy = z.strictObject({
  protocol: z.literal('proxy'),
  mode: z.union([z.enum(['forward_single', 'forward_domain', 'proxy']), z.string().regex(/^\{[a-z_]+\}$/)]),
  externalHost: template,
  internalHost: template.optional(),
  cookieDomain: template.optional(),
  openPaths: z.array(z.strictObject({ pattern: regexSource, why: z.string().regex(/\.$/, 'a reason ends with a full stop') })).optional(),
  headers: z.array(z.string().regex(/^X-authentik-[a-z-]+$/)).optional(),
});

const field = z.strictObject({
  label: z.string(),
  value: template,
  secret: z.boolean().optional(),
  choice: z.boolean().optional(),
  help: z.string().optional(),
  optional: z.boolean().optional(),
});
// The short forms (format.ts): [label, value] or [label, value, help]; a note as its text.
const fieldShort = z.union([z.tuple([z.string(), template]), z.tuple([z.string(), template, z.string().min(1)])]);
const note = z.union([z.strictObject({ tone: z.enum(['info', 'warning']), text: template }), template.min(1)]);
const section = z.strictObject({
  title: z.string(),
  location: z.string().optional(),
  format: z.enum(['form', 'env', 'file']).optional(),
  snippet: template.optional(),
  fields: z.array(z.union([field, fieldShort])),
  notes: z.array(note).optional(),
});
const check = z.looseObject({ title: z.string().optional(), why: z.string().regex(/\.$/, 'a reason ends with a full stop').optional() });

const definitionFields = z.strictObject({
  docs: z.strictObject({ authentik: z.url(), vendor: z.url() }),
  inputs: z.record(z.string().regex(/^[a-z]{1,8}$/), input),
  identity: z.strictObject({ name: template, slug: template }).optional(),
  launchUrl: template.optional(),
  provider: z.discriminatedUnion('protocol', [oidc, saml, proxy]),
  roleGroups: z
    .record(
      z.string().regex(/^[a-z]{1,8}$/),
      z.strictObject({ name: z.string().min(1).max(150), role: z.string().min(1), quote: z.enum(['plain', 'jmespath', 'csv']).optional() }),
    )
    .optional(),
  screen: z.array(section).min(1),
  roundTrip: z
    .strictObject({
      title: z.string(),
      intro: z.string(),
      where: z.string(),
      fields: z.record(z.string(), z.strictObject({ label: z.string(), help: z.string(), example: z.string(), sets: z.string() })),
    })
    .optional(),
  checks: z.record(z.string(), z.union([check, z.literal(false)])).optional(),
  accepts: z
    .array(
      z.strictObject({
        redirectUris: z.array(template).min(1).optional(),
        acsUrl: template.optional(),
        audience: template.optional(),
        why: z.string().min(1),
        source: z.url(),
      }),
    )
    .optional(),
  manualTest: z.strictObject({
    steps: z.array(z.string()).min(1),
    success: z.string(),
    errors: z.array(
      z.union([
        z.strictObject({ message: z.string(), meaning: z.string(), checkId: z.string().optional() }),
        z.tuple([z.string().min(1), z.string().min(1)]),
        z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)]),
      ]),
    ),
  }),
  // Its shape is typed by definition/expected.ts; here: cited sources and literal inputs.
  expected: z.looseObject({
    sources: z
      .strictObject({ authentik: z.string().url().optional(), vendor: z.string().url().optional(), followed: z.string().optional() })
      .optional(),
    inputs: z.record(z.string(), z.string()),
  }),
});

/** A variant's key is a suffix of the app's address: `gitlab` + `saml` → /gitlab-saml. */
const variantKey = z.string().regex(/^[a-z0-9]+$/);

export const definitionSchema: z.ZodType<DefinitionData> = definitionFields.extend({
  variants: z.record(variantKey, definitionFields.partial()).optional(),
}) as unknown as z.ZodType<DefinitionData>;

const metaFields = z.strictObject({
  name: z.string().min(1),
  short: z.string().optional(),
  protocol: z.enum(['oidc', 'saml', 'proxy']),
  category: z.string(),
  summary: z.string().max(160),
  aliases: z.array(z.string().min(2)),
  popularity: z.number().int().nonnegative(),
  inputs: z.array(z.string()),
  sensitive: z.boolean().optional(),
});

export const metaSchema: z.ZodType<IntegrationMeta> = metaFields.extend({ variants: z.record(variantKey, metaFields).optional() });
