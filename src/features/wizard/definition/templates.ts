/** `{key}` templates of the definition format: filling them, and what they depend on. */
import type { Template } from './format';

const PLACEHOLDER = /\{([a-z_][a-z0-9_]*)\}/gi;

export type TemplateValues = Readonly<Record<string, string | undefined>>;

/** Fills every `{key}`; a key without a value becomes the empty string. */
export function fill(template: Template, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (_match, key: string) => values[key] ?? '');
}

/** The keys a template reads, in order. */
export function templateKeys(template: Template | undefined): string[] {
  return template ? [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '') : [];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression for the strings a template can produce when some keys are unknown: each
 * unknown key matches one or more characters other than `/`, `?` and `#`.
 */
export function templatePattern(template: Template, values: TemplateValues, patterns: Readonly<Record<string, string>> = {}): RegExp {
  let source = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    source += escapeRegex(template.slice(last, match.index));
    const key = match[1] ?? '';
    const known = values[key];
    source += known ? escapeRegex(known) : (patterns[key] ?? '[^/?#\\s]+');
    last = (match.index ?? 0) + match[0].length;
  }
  return new RegExp(`^${source}${escapeRegex(template.slice(last))}$`);
}

/** The template in words, with unknown keys shown as `<key>`: "https://<team>.example.com/cb". */
export function templateShape(template: Template, values: TemplateValues, labels: Readonly<Record<string, string>> = {}): string {
  return template.replace(PLACEHOLDER, (_match, key: string) => values[key] || `<${labels[key] ?? key}>`);
}
