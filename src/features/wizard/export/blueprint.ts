/**
 * An export plan as an authentik blueprint (v1): flows, keys and managed mappings by `!Find`, the
 * entries of the file by `!KeyOf`. Plain text out, no YAML library in the browser: every string
 * is a double-quoted scalar written by `yamlString` (escape.ts), names are bare and checked, and
 * comment lines go through `commentText`, so no text can add a line to the file.
 */
import { bareName, commentText, yamlString } from './escape';
import { isRef, notFinalLines, type ExportPlan, type ExportValue, type FindRef } from './plan';

export const BLUEPRINT_LABEL = 'authentik-integration-wizard/integration';

const find = (value: FindRef) => `!Find [${bareName(value.model)}, [${bareName(value.field)}, ${yamlString(value.value)}]]`;

/**
 * authentik's `!Find` gives null when nothing matches (authentik/blueprints/v1/common.py, class
 * Find), and a null signing key or NameID mapping is accepted silently: an unsigned provider. So a
 * single-valued `!Find` is guarded: when it finds nothing, `!If` gives a text the serializer refuses
 * as a pk (“… is not a valid UUID.”), which fails the whole blueprint. In a list a null is refused
 * already (“This field may not be null.”), so list items stay a plain `!Find`.
 */
function guardedFind(value: FindRef): string {
  const missing = `Missing on this authentik: ${value.model} with ${value.field} “${value.value}”`;
  return `!If [${find(value)}, ${find(value)}, ${yamlString(missing)}]`;
}

function scalar(value: ExportValue, inList = false): string | null {
  if (value === null) return 'null';
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRef(value)) return value.ref === 'entry' ? `!KeyOf ${bareName(value.id)}` : inList ? find(value) : guardedFind(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (!Array.isArray(value) && Object.keys(value).length === 0) return '{}';
  return null;
}

const SIGNING_KEY_MODEL = 'authentik_crypto.certificatekeypair';

/** Said right above the signing key: what happens on an authentik without a key of that name. */
const keyComment = (ref: FindRef, indent: string) => [
  `${indent}# ${commentText(`The signing key is found by name (“${ref.value}”). On an authentik with no key of that name,`)}`,
  `${indent}# applying fails with “… is not a valid UUID.”: the provider is never left unsigned.`,
];

/** The lines of a mapping of values (identifiers, attrs) at an indent; also used by the adoption export. */
export function block(value: Record<string, ExportValue>, indent: string): string[] {
  return Object.entries(value).flatMap(([key, item]) => {
    const inline = scalar(item);
    const above = isRef(item) && item.ref === 'find' && item.model === SIGNING_KEY_MODEL ? keyComment(item, indent) : [];
    if (inline !== null) return [...above, `${indent}${bareName(key)}: ${inline}`];
    return [`${indent}${bareName(key)}:`, ...nested(item, `${indent}  `)];
  });
}

function nested(value: ExportValue, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const inline = scalar(item, true);
      if (inline !== null) return [`${indent}- ${inline}`];
      const lines = nested(item, `${indent}  `);
      return [`${indent}- ${lines[0]!.trimStart()}`, ...lines.slice(1)];
    });
  }
  return block(value as Record<string, ExportValue>, indent);
}

export function toBlueprint(plan: ExportPlan): string {
  const comments = [
    ...notFinalLines(plan),
    `authentik blueprint: ${plan.title}, for authentik ${plan.release}.`,
    'Made by the authentik integration wizard from the same request it sends. Flows, the signing key',
    'and managed property mappings are found by slug, name or managed id, so it applies to any instance;',
    'when one is missing, applying the blueprint fails and says which (it never leaves a field empty).',
    ...plan.spec.secretNote,
    ...plan.notes,
    'Apply it under Customization › Blueprints (or mount it in /blueprints).',
  ];
  const lines = [
    ...comments.map((line) => `# ${commentText(line)}`),
    'version: 1',
    'metadata:',
    `  name: ${yamlString(plan.title)}`,
    '  labels:',
    `    ${bareName(BLUEPRINT_LABEL)}: ${yamlString(plan.integration.id)}`,
    `    blueprints.goauthentik.io/description: ${yamlString(`The ${plan.integration.name} application “${plan.appName}” and its provider`)}`,
    'entries:',
  ];
  for (const entry of plan.entries) {
    if (entry.role === 'mapping')
      lines.push(`  # ${commentText('Named with a hash of its fields: an admin’s mapping of the same display name is left alone.')}`);
    if (entry.role === 'group')
      lines.push(`  # ${commentText('Who may sign in: this group, found by name. Made (empty) when missing, never changed when it exists.')}`);
    if (entry.role === 'role-group')
      lines.push(
        `  # ${commentText(`A group ${plan.integration.name}’s roles come from, by name. Made (empty) when missing, never changed when it exists.`)}`,
      );
    if (entry.role === 'binding')
      lines.push(`  # ${commentText('Binds the application to that group or user: only they may open it. A missing user fails the blueprint.')}`);
    const attrs = Object.keys(entry.attrs).length === 0 ? ['    attrs: {}'] : ['    attrs:', ...block(entry.attrs, '      ')];
    lines.push(
      `  - model: ${bareName(entry.model)}`,
      `    id: ${bareName(entry.id)}`,
      `    state: ${entry.state}`,
      '    identifiers:',
      ...block(entry.identifiers, '      '),
      ...attrs,
    );
  }
  return `${lines.join('\n')}\n`;
}
