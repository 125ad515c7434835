/**
 * An export plan as an authentik blueprint (v1): flows, keys and managed mappings by `!Find`, the
 * entries of the file by `!KeyOf`. Plain text out, no YAML library in the browser: every string is
 * a double-quoted scalar (JSON's escapes are YAML's), keys are plain field names.
 */
import { isRef, type ExportPlan, type ExportValue } from './plan';

export const BLUEPRINT_LABEL = 'authentik-integration-wizard/integration';

const quote = (text: string) => JSON.stringify(text).replace(/[\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);

function scalar(value: ExportValue): string | null {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRef(value)) return value.ref === 'entry' ? `!KeyOf ${value.id}` : `!Find [${value.model}, [${value.field}, ${quote(value.value)}]]`;
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (!Array.isArray(value) && Object.keys(value).length === 0) return '{}';
  return null;
}

function block(value: Record<string, ExportValue>, indent: string): string[] {
  return Object.entries(value).flatMap(([key, item]) => {
    const inline = scalar(item);
    if (inline !== null) return [`${indent}${key}: ${inline}`];
    return [`${indent}${key}:`, ...nested(item, `${indent}  `)];
  });
}

function nested(value: ExportValue, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const inline = scalar(item);
      if (inline !== null) return [`${indent}- ${inline}`];
      const lines = nested(item, `${indent}  `);
      return [`${indent}- ${lines[0]!.trimStart()}`, ...lines.slice(1)];
    });
  }
  return block(value as Record<string, ExportValue>, indent);
}

export function toBlueprint(plan: ExportPlan): string {
  const lines = [
    `# authentik blueprint: ${plan.title}, for authentik ${plan.release}.`,
    '# Made by the authentik integration wizard from the same request it sends. Flows, the signing key',
    '# and managed property mappings are found by slug, name or managed id, so it applies to any instance.',
    ...plan.spec.secretNote.map((line) => `# ${line}`),
    ...plan.notes.map((line) => `# ${line}`),
    '# Apply it under Customization › Blueprints (or mount it in /blueprints).',
    'version: 1',
    'metadata:',
    `  name: ${quote(plan.title)}`,
    '  labels:',
    `    ${BLUEPRINT_LABEL}: ${quote(plan.integration.id)}`,
    `    blueprints.goauthentik.io/description: ${quote(`The ${plan.integration.name} application “${plan.appName}” and its provider`)}`,
    'entries:',
  ];
  for (const entry of plan.entries) {
    if (entry.state === 'created') lines.push('  # Created when missing; a mapping of the same name is kept as it is.');
    lines.push(`  - model: ${entry.model}`, `    id: ${entry.id}`, `    state: ${entry.state}`, '    identifiers:', ...block(entry.identifiers, '      '), '    attrs:', ...block(entry.attrs, '      '));
  }
  return `${lines.join('\n')}\n`;
}
