/**
 * An export plan as Terraform for goauthentik/authentik (ADR 0007): `data` sources for what the
 * target instance already has (flows, the signing key, managed mappings), resources for the
 * custom mappings, the provider and the application, and outputs for the values the app needs.
 * The API token comes from AUTHENTIK_TOKEN; no secret is ever written here.
 */
import type { ReleaseId } from '../../../lib/authentik/releases';
import { isRef, terraformName, type ExportEntry, type ExportPlan, type ExportValue } from './plan';

/** The provider release whose documented schema each authentik release is exported for (ADR 0007). */
export const TERRAFORM_PROVIDER_RELEASES: Readonly<Record<ReleaseId, string>> = {
  '2025.4': '2025.4.0',
  '2025.6': '2025.6.0',
  '2025.8': '2025.8.0',
  '2025.10': '2025.10.0',
  '2025.12': '2025.12.0',
  '2026.2': '2026.2.0',
  '2026.5': '2026.5.0',
  '2026.8': '2026.5.0',
};

/** An HCL expression written as it is (a reference to another resource's attribute). */
class Raw {
  constructor(readonly hcl: string) {}
}

const APPLICATION_RENAME: Readonly<Record<string, string>> = { provider: 'protocol_provider' };

/** An HCL quoted string: its escapes, and template sequences kept literal. */
export function hclString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/([$%])\{/g, (_match, sign: string) => `${sign}${sign}{`);
  return `"${escaped}"`;
}

function resourceName(plan: ExportPlan, entry: ExportEntry): string {
  return entry.role === 'mapping' ? terraformName(entry.id) : terraformName(plan.slug);
}

function resourceType(plan: ExportPlan, entry: ExportEntry): string {
  return entry.role === 'mapping' ? plan.spec.mappingResource : entry.role === 'provider' ? plan.spec.resource : 'authentik_application';
}

export function toTerraform(plan: ExportPlan): string {
  const address = (id: string) => {
    const entry = plan.entries.find((candidate) => candidate.id === id)!;
    return `${resourceType(plan, entry)}.${resourceName(plan, entry)}`;
  };

  function expression(value: ExportValue | Raw, indent: string): string {
    if (value instanceof Raw) return value.hcl;
    if (value === null) return 'null';
    if (typeof value === 'string') return hclString(value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (isRef(value)) return value.ref === 'entry' ? `${address(value.id)}.id` : `data.${value.dataSource}.${value.name}.id`;
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      return `[\n${value.map((item) => `${indent}  ${expression(item, `${indent}  `)},`).join('\n')}\n${indent}]`;
    }
    const entries = Object.entries(value).filter(([, item]) => item !== null);
    if (entries.length === 0) return '{}';
    return `{\n${attributes(Object.fromEntries(entries), `${indent}  `).join('\n')}\n${indent}}`;
  }

  function attributes(values: Record<string, ExportValue | Raw>, indent: string): string[] {
    const present = Object.entries(values).filter(([, item]) => item !== null);
    const width = Math.max(0, ...present.map(([key]) => key.length));
    return present.map(([key, item]) => `${indent}${key.padEnd(width)} = ${expression(item, indent)}`);
  }

  const provider = plan.entries.find((entry) => entry.role === 'provider')!;
  const generated = Object.entries(plan.spec.generated).filter(([field]) => !(field in provider.attrs));
  const lines = [
    `# Terraform: ${plan.title}, for authentik ${plan.release}.`,
    `# Made by the authentik integration wizard from the same request it sends; provider goauthentik/authentik ${TERRAFORM_PROVIDER_RELEASES[plan.release]}.`,
    '# Flows, the signing key and managed property mappings are read by slug, name or managed id.',
    '# No secret is in this file: set AUTHENTIK_URL and AUTHENTIK_TOKEN in the environment, and read',
    '# secrets authentik generates from the outputs (`terraform output -raw client_secret`).',
    ...plan.notes.map((line) => `# ${line}`),
    '',
    'terraform {',
    '  required_providers {',
    '    authentik = {',
    '      source  = "goauthentik/authentik"',
    `      version = "${TERRAFORM_PROVIDER_RELEASES[plan.release]}"`,
    '    }',
    ...(generated.length > 0 ? ['    random = {', '      source  = "hashicorp/random"', '      version = "~> 3.0"', '    }'] : []),
    '  }',
    '}',
    '',
    'provider "authentik" {}',
  ];

  for (const find of plan.finds) {
    lines.push('', `data "${find.dataSource}" "${find.name}" {`, ...attributes({ [find.field]: find.value, ...find.extra }, '  '), '}');
  }
  for (const [field, { length }] of generated) {
    lines.push('', `# authentik generates the ${field} when it is omitted; this provider needs one, so Terraform makes it.`);
    lines.push(`resource "random_string" "${field}" {`, ...attributes({ length, special: false }, '  '), '}');
  }

  for (const entry of plan.entries) {
    const rename = entry.role === 'provider' ? plan.spec.rename : entry.role === 'application' ? APPLICATION_RENAME : {};
    const omitted = entry.role === 'provider' ? plan.spec.notInTerraform.filter((field) => field in entry.attrs) : [];
    const attrs: Record<string, ExportValue | Raw> = {};
    for (const [key, value] of Object.entries({ ...entry.identifiers, ...entry.attrs })) if (!omitted.includes(key)) attrs[rename[key] ?? key] = value;
    if (entry.role === 'provider') for (const [field] of generated) attrs[field] = new Raw(`random_string.${field}.result`);
    lines.push('');
    for (const field of omitted) lines.push(`# ${field} = ${JSON.stringify(entry.attrs[field])}: not an attribute of ${plan.spec.resource} in this provider release; set it in authentik.`);
    lines.push(`resource "${resourceType(plan, entry)}" "${resourceName(plan, entry)}" {`, ...attributes(attrs, '  '), '}');
  }

  const providerAddress = address(provider.id);
  const config = `data.${plan.spec.configDataSource}.${terraformName(plan.slug)}`;
  lines.push(
    '',
    `data "${plan.spec.configDataSource}" "${terraformName(plan.slug)}" {`,
    `  provider_id = ${providerAddress}.id`,
    `  depends_on  = [${address('application')}]`,
    '}',
  );
  for (const output of plan.spec.outputs) {
    const value = output.value.replace('{provider}', providerAddress).replace('{config}', config);
    lines.push('', `output "${output.name}" {`, `  description = ${hclString(output.description)}`, `  value       = ${value}`, ...(output.sensitive ? ['  sensitive   = true'] : []), '}');
  }
  return `${lines.join('\n')}\n`;
}
