/**
 * Input types of the definition format: each parses and normalises what the admin pastes, says
 * what to do when it cannot, and documents the bad values it refuses (tried by the battery).
 */
import { z } from '../../../lib/zod';
import type { InputSpec } from '../definition/format';
import { fill } from '../definition/templates';

export type TextParse = { ok: true; value: string } | { ok: false; message: string };

/** A value the type refuses, and (part of) the message it answers with. */
export interface BadValue {
  value: string;
  message: string;
}

interface InputType<S extends InputSpec> {
  parse: (raw: string, spec: S, app: string) => TextParse;
  missing: (spec: S, app: string) => string;
  bad: (spec: S, app: string) => BadValue[];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A url input's `pages` as patterns over the path: `**` is any path; `*.php` a last segment with
 * that extension; other entries first path segments (`*` inside one matches within it), with
 * whatever follows them.
 */
export function pagePatterns(pages: readonly string[] = []): RegExp[] {
  if (pages.includes('**')) return [/^\/.*$/];
  const segment = (page: string) => escapeRegex(page).replace(/\\\*/g, '[^/]*');
  const extensions = pages.filter((page) => page.startsWith('*.'));
  const segments = pages.filter((page) => !page.startsWith('*.'));
  return [
    ...(segments.length > 0 ? [new RegExp(`\\/(?:${segments.map(segment).join('|')})(?:\\/.*)?$`, 'i')] : []),
    ...extensions.map((page) => new RegExp(`\\/[^/]+\\.${escapeRegex(page.slice(2))}$`, 'i')),
  ];
}

/** A text input's pattern, from its source (the format keeps no RegExp). */
const textPattern = (spec: Extract<InputSpec, { type: 'text' }>) =>
  spec.pattern === undefined ? undefined : new RegExp(spec.pattern, spec.ignoreCase ? 'i' : '');

const httpReason = (spec: Extract<InputSpec, { type: 'url' }>, app: string) => spec.httpReason ?? `Use the https:// address of ${app}.`;

const missingAddress = (spec: InputSpec, app: string) => `Enter the address of your ${app}, for example ${spec.example}.`;

/**
 * The https base URL of a self-hosted app, from whatever the admin pastes: no scheme means https,
 * plain http is refused with the app's own reason, and the tail of a pasted page address
 * (`pages`) is cut so only the install path remains.
 */
function parseUrl(raw: string, spec: Extract<InputSpec, { type: 'url' }>, app: string): TextParse {
  const value = raw.trim();
  if (value === '') return { ok: false, message: missingAddress(spec, app) };
  if (/\s/.test(value)) return { ok: false, message: `The address contains a space. Paste only the address, for example ${spec.example}.` };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return { ok: false, message: `This is not a web address. Enter it like ${spec.example}.` };
  }
  if (url.protocol === 'http:') return { ok: false, message: httpReason(spec, app) };
  if (url.protocol !== 'https:') return { ok: false, message: `Enter an https:// address, for example ${spec.example}.` };
  if (url.username || url.password) return { ok: false, message: 'Remove the user name and password from the address.' };
  if (url.hostname === '') return { ok: false, message: missingAddress(spec, app) };
  const path = pagePatterns(spec.pages)
    .reduce((current, page) => current.replace(page, ''), url.pathname)
    .replace(/\/+$/, '');
  return { ok: true, value: `https://${url.host}${path}` };
}

/** A DNS label: lower-case letters, digits, hyphens; no hyphen at either end; at most 63 characters. */
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Accepts `acme`, `acme.<domain>` or a pasted `https://acme.<domain>/…`. */
function parseSubdomain(raw: string, spec: Extract<InputSpec, { type: 'subdomain' }>): TextParse {
  const missing = subdomainMissing(spec);
  const suffix = `.${spec.domain}`;
  let value = raw.trim().toLowerCase();
  if (value === '') return { ok: false, message: missing };
  value = value
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
  if (value.endsWith(suffix)) value = value.slice(0, -suffix.length);
  else if (value.includes('.')) {
    return {
      ok: false,
      message: `${value} is not a ${spec.domain} address. Enter only the ${spec.label.toLowerCase()}, the part before ${suffix}, for example ${spec.example}.`,
    };
  }
  if (value === '') return { ok: false, message: missing };
  if (value.length > 63) return { ok: false, message: `A ${spec.label.toLowerCase()} has at most 63 characters. Check it under ${spec.where}.` };
  if (!DNS_LABEL.test(value)) {
    return {
      ok: false,
      message: `A ${spec.label.toLowerCase()} has only letters, digits and hyphens (no spaces or dots) and does not start or end with a hyphen. Copy it from ${spec.where}.`,
    };
  }
  return { ok: true, value };
}

const subdomainMissing = (spec: Extract<InputSpec, { type: 'subdomain' }>) =>
  `Enter your ${spec.label.toLowerCase()}, for example ${spec.example} (from ${spec.example}.${spec.domain}).`;

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/;

const TYPES: { [T in InputSpec['type']]: InputType<Extract<InputSpec, { type: T }>> } = {
  url: {
    parse: parseUrl,
    missing: missingAddress,
    bad: (spec, app) => [
      { value: 'http://app.example.com', message: httpReason(spec, app) },
      { value: 'https://admin:pw@app.example.com', message: 'Remove the user name and password from the address.' },
      { value: 'app example.com', message: 'The address contains a space.' },
      { value: '   ', message: missingAddress(spec, app) },
    ],
  },
  subdomain: {
    parse: parseSubdomain,
    missing: subdomainMissing,
    bad: (spec) => [
      { value: 'acme.example.org', message: `is not a ${spec.domain} address` },
      { value: '-acme', message: 'only letters, digits and hyphens' },
      { value: 'a'.repeat(64), message: 'at most 63 characters' },
      { value: ' ', message: subdomainMissing(spec) },
    ],
  },
  host: {
    parse: (raw, spec) => {
      const value = raw
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/+$/, '');
      if (value === '' && spec.optional) return { ok: true, value };
      if (value === '') return { ok: false, message: `Enter the ${spec.label.toLowerCase()}, for example ${spec.example}.` };
      if (!HOST.test(value)) return { ok: false, message: `Enter only a host name, without a path, for example ${spec.example}.` };
      return { ok: true, value };
    },
    missing: (spec) => `Enter the ${spec.label.toLowerCase()}, for example ${spec.example}.`,
    bad: (spec) => [{ value: 'app.example.com/path', message: `Enter only a host name, without a path, for example ${spec.example}.` }],
  },
  slug: {
    parse: (raw, spec) => {
      const value = raw.trim() || (spec.default ?? '');
      if (value === '') return { ok: false, message: `Enter the ${spec.label.toLowerCase()}, for example ${spec.example}.` };
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
        return {
          ok: false,
          message: `The ${spec.label.toLowerCase()} becomes part of a URL: use only letters, digits, hyphens and underscores, for example ${spec.example}.`,
        };
      }
      return { ok: true, value };
    },
    missing: (spec) => `Enter the ${spec.label.toLowerCase()}, for example ${spec.example}.`,
    bad: (spec) => [{ value: 'my name', message: `The ${spec.label.toLowerCase()} becomes part of a URL` }],
  },
  enum: {
    parse: (raw, spec) => {
      const value = raw.trim() || spec.default;
      return spec.options.some((option) => option.value === value)
        ? { ok: true, value }
        : { ok: false, message: `Choose one of: ${spec.options.map((option) => option.label).join(', ')}.` };
    },
    missing: (spec) => `Choose one of: ${spec.options.map((option) => option.label).join(', ')}.`,
    bad: () => [{ value: 'not-an-option', message: 'Choose one of' }],
  },
  text: {
    parse: (raw, spec) => {
      const value = raw.trim();
      if (value === '' && spec.optional) return { ok: true, value };
      if (value === '') return { ok: false, message: `Enter the ${spec.label.toLowerCase()}, for example ${spec.example}.` };
      const pattern = textPattern(spec);
      if (pattern && !pattern.test(value)) return { ok: false, message: spec.message ?? `Enter it like ${spec.example}.` };
      return { ok: true, value };
    },
    missing: (spec) => `Enter the ${spec.label.toLowerCase()}, for example ${spec.example}.`,
    // The first of a few typical slips that the pattern refuses.
    bad: (spec) => {
      const pattern = textPattern(spec);
      const slip = ['%%%', 'two words', 'http://', ' '].find((value) => pattern && !pattern.test(value.trim()) && value.trim() !== '');
      return slip ? [{ value: slip, message: spec.message ?? 'Enter it like' }] : [];
    },
  },
};

function typeOf<S extends InputSpec>(spec: S): InputType<S> {
  return TYPES[spec.type] as unknown as InputType<S>;
}

export function parseInput(spec: InputSpec, raw: string, app: string): TextParse {
  return typeOf(spec).parse(raw, spec, app);
}

/** The bad values this input refuses, with the message it answers each with. */
export function badValues(spec: InputSpec, app: string): BadValue[] {
  return typeOf(spec).bad(spec, app);
}

/** The zod schema of all inputs: every value parsed and normalised by its type. */
export function inputsSchema(inputs: Record<string, InputSpec>, app: string): z.ZodType<Record<string, string>> {
  const shape: Record<string, z.ZodType<string>> = {};
  for (const [key, spec] of Object.entries(inputs)) {
    shape[key] = z.string({ error: typeOf(spec).missing(spec, app) }).transform((raw, ctx) => {
      const result = parseInput(spec, raw, app);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.message });
        return z.NEVER;
      }
      return result.value;
    });
  }
  return z.object(shape) as unknown as z.ZodType<Record<string, string>>;
}

/** The preview line under a field, from its current value; null while the value is invalid. */
export function inputPreview(key: string, spec: InputSpec, raw: string, app: string): string | null {
  if (!spec.preview) return null;
  const result = parseInput(spec, raw, app);
  return result.ok ? fill(spec.preview, { [key]: result.value }) : null;
}
