/**
 * An export plan as Terraform for goauthentik/authentik (ADR 0007): `data` sources for what the
 * target instance already has (flows, the signing key, managed mappings), resources for the
 * custom mappings, the provider and the application, and outputs for the values the app needs.
 * The API token comes from AUTHENTIK_TOKEN; no secret is ever written here.
 */
import type { ReleaseId } from '../../../lib/authentik/releases';
import { bareName, commentText, hclString } from './escape';
import { isRef, notFinalLines, terraformName, type ExportEntry, type ExportPlan, type ExportValue } from './plan';

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

/**
 * Provider releases with `authentik_outpost_provider_attachment` and `data "authentik_outpost"`
 * (goauthentik/terraform-provider-authentik#783, docs/resources/outpost_provider_attachment.md and
 * docs/data-sources/outpost.md from v2025.12.0). The attachment reads the outpost and adds the
 * provider to its list (pkg/provider/resource_outpost_provider_attachment.go), so the outpost's other
 * providers stay; `authentik_outpost.protocol_providers` would replace the whole list instead.
 */
const OUTPOST_ATTACHMENT: ReadonlySet<string> = new Set(['2025.12.0', '2026.2.0', '2026.5.0']);

/** An HCL expression written as it is (a reference to another resource's attribute). */
class Raw {
  constructor(readonly hcl: string) {}
}

const APPLICATION_RENAME: Readonly<Record<string, string>> = { provider: 'protocol_provider' };

export { hclString };

/** The lines that open and close the section a module needs once, whatever number of exports it holds. */
export const SHARED_BEGIN = '# ---- Shared: needed once per Terraform module. Keep one copy when several exports share a module. ----';
export const SHARED_END = '# ---- End of the shared section. Everything below is named after the application slug. ----';

/** Every name this file declares starts with the slug's Terraform name, so several exports can share a module. */
export function terraformPrefix(plan: Pick<ExportPlan, 'slug'>): string {
  return terraformName(plan.slug);
}

/** An output's name in the file: `<slug>_<name>` (e.g. `osticket_client_id`). */
export function outputName(plan: Pick<ExportPlan, 'slug'>, name: string): string {
  return `${terraformPrefix(plan)}_${name}`;
}

function resourceName(plan: ExportPlan, entry: ExportEntry): string {
  return entry.role === 'provider' || entry.role === 'application' ? terraformPrefix(plan) : `${terraformPrefix(plan)}_${terraformName(entry.id)}`;
}

const ROLE_TYPES: Readonly<Record<string, string>> = {
  application: 'authentik_application',
  group: 'authentik_group',
  'role-group': 'authentik_group',
  binding: 'authentik_policy_binding',
};

function resourceType(plan: ExportPlan, entry: ExportEntry): string {
  return entry.role === 'mapping' ? plan.spec.mappingResource : entry.role === 'provider' ? plan.spec.resource : ROLE_TYPES[entry.role]!;
}

export function toTerraform(plan: ExportPlan): string {
  if (plan.spec.terraform === false) {
    return [
      `# ${commentText(`Terraform: ${plan.title}, for authentik ${plan.release}.`)}`,
      '# The wizard does not write Terraform for this kind of provider yet: use the blueprint.',
      '# With Terraform, attach the provider to an outpost with the resource',
      '# authentik_outpost_provider_attachment and data "authentik_outpost" (it keeps the outpost’s',
      '# other providers), never with authentik_outpost.protocol_providers, which replaces them.',
      '',
    ].join('\n');
  }
  const provider = plan.entries.find((entry) => entry.role === 'provider')!;
  const address = (id: string) => {
    const entry = plan.entries.find((candidate) => candidate.id === id)!;
    // A group the access choice names is read, not managed: its members belong to the admin.
    return `${entry.role === 'group' ? 'data.' : ''}${resourceType(plan, entry)}.${resourceName(plan, entry)}`;
  };

  function expression(value: ExportValue | Raw, indent: string): string {
    if (value instanceof Raw) return value.hcl;
    if (value === null) return 'null';
    if (typeof value === 'string') return hclString(value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (isRef(value))
      return value.ref === 'entry'
        ? `${address(value.id)}.${value.attribute ?? 'id'}`
        : `data.${value.dataSource}.${terraformPrefix(plan)}_${value.name}.${value.attribute ?? 'id'}`;
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
    return present.map(([key, item]) => `${indent}${bareName(key).padEnd(width)} = ${expression(item, indent)}`);
  }

  const prefix = terraformPrefix(plan);
  const dataName = (name: string) => `${prefix}_${name}`;
  const generated = Object.entries(plan.spec.generated).filter(([field]) => !(field in provider.attrs));
  const secrets = plan.spec.outputs.filter((output) => output.sensitive);
  const version = TERRAFORM_PROVIDER_RELEASES[plan.release];
  const comments = [
    ...notFinalLines(plan),
    `Terraform: ${plan.title}, for authentik ${plan.release}.`,
    `Made by the authentik integration wizard from the same request it sends; provider goauthentik/authentik ${version}.`,
    'Flows, the signing key and managed property mappings are read by slug, name or managed id; a data',
    'source that finds nothing fails the plan, so the provider is never left without its signing key.',
    'No secret is in this file: set AUTHENTIK_URL and AUTHENTIK_TOKEN in the environment.',
    ...secrets.map(
      (output) => `Read the ${output.description.toLowerCase()} from its output: terraform output -raw ${outputName(plan, output.name)}`,
    ),
    ...plan.notes,
  ];
  const lines = [
    ...comments.map((line) => `# ${commentText(line)}`),
    '',
    SHARED_BEGIN,
    'terraform {',
    '  required_providers {',
    '    authentik = {',
    '      source  = "goauthentik/authentik"',
    `      version = ${hclString(version)}`,
    '    }',
    '    random = {',
    '      source  = "hashicorp/random"',
    '      version = "~> 3.0"',
    '    }',
    '  }',
    '}',
    '',
    'provider "authentik" {}',
    SHARED_END,
  ];

  for (const find of plan.finds) {
    lines.push(
      '',
      `data "${bareName(find.dataSource)}" "${bareName(dataName(find.name))}" {`,
      ...attributes({ [find.field]: find.value, ...find.extra }, '  '),
      '}',
    );
  }
  for (const [field, { length }] of generated) {
    lines.push('', `# authentik generates the ${field} when it is omitted; this provider needs one, so Terraform makes it.`);
    lines.push(`resource "random_string" "${bareName(dataName(field))}" {`, ...attributes({ length, special: false }, '  '), '}');
  }

  for (const entry of plan.entries) {
    if (entry.role === 'outpost') {
      lines.push('', ...outpostLines(plan, entry, `${resourceType(plan, provider)}.${resourceName(plan, provider)}`, version));
      continue;
    }
    if (entry.role === 'group') {
      lines.push('', '# Who may sign in: this group, read by name (the plan fails when it does not exist).');
      lines.push(`data "authentik_group" "${bareName(resourceName(plan, entry))}" {`, ...attributes(entry.identifiers, '  '), '}');
      continue;
    }
    if (entry.role === 'role-group') {
      // users is optional and computed in the provider (internal/provider/resource_group.go): Terraform never empties the group.
      lines.push(
        '',
        `# ${commentText(`A group ${plan.integration.name}’s roles come from. Its members stay yours: Terraform manages the name only.`)}`,
      );
      lines.push(`# ${commentText(`If authentik has it already: terraform import authentik_group.${resourceName(plan, entry)} <its pk>`)}`);
    }
    const rename = entry.role === 'provider' ? plan.spec.rename : entry.role === 'application' ? APPLICATION_RENAME : {};
    const omitted = entry.role === 'provider' ? plan.spec.notInTerraform.filter((field) => field in entry.attrs) : [];
    const attrs: Record<string, ExportValue | Raw> = {};
    for (const [key, value] of Object.entries({ ...entry.identifiers, ...entry.attrs }))
      if (!omitted.includes(key)) attrs[rename[key] ?? key] = value;
    if (entry.role === 'provider') for (const [field] of generated) attrs[field] = new Raw(`random_string.${dataName(field)}.result`);
    lines.push('');
    for (const field of omitted) {
      lines.push(
        `# ${commentText(`${field} = ${JSON.stringify(entry.attrs[field])}: ${plan.spec.resource} has no such attribute in provider ${version},`)}`,
      );
      lines.push('# so Terraform leaves authentik’s value: set it on the provider in authentik (or with the blueprint).');
    }
    lines.push(`resource "${bareName(resourceType(plan, entry))}" "${bareName(resourceName(plan, entry))}" {`, ...attributes(attrs, '  '), '}');
  }

  const providerAddress = address(provider.id);
  const config = `data.${plan.spec.configDataSource}.${prefix}`;
  if (plan.spec.configDataSource)
    lines.push(
      '',
      `data "${bareName(plan.spec.configDataSource)}" "${prefix}" {`,
      `  provider_id = ${providerAddress}.id`,
      `  depends_on  = [${address('application')}]`,
      '}',
    );
  for (const output of plan.spec.outputs) {
    const value = output.value.replace('{provider}', providerAddress).replace('{config}', config);
    lines.push(
      '',
      `output "${bareName(outputName(plan, output.name))}" {`,
      `  description = ${hclString(`${output.description} (${plan.slug})`)}`,
      `  value       = ${value}`,
      ...(output.sensitive ? ['  sensitive   = true'] : []),
      '}',
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The outpost that serves the provider: read by name, and the provider added by an attachment that
 * leaves the outpost's other providers alone. A provider release without the attachment gets the
 * manual step instead of a resource that would replace the outpost's list.
 */
function outpostLines(plan: ExportPlan, entry: ExportEntry, providerAddress: string, version: string): string[] {
  const outpost = entry.name ?? 'authentik Embedded Outpost';
  if (!OUTPOST_ATTACHMENT.has(version))
    return [
      `# ${commentText(`The outpost: provider goauthentik/authentik ${version} cannot add a provider to an outpost without replacing`)}`,
      `# ${commentText('its providers (authentik_outpost_provider_attachment comes with 2025.12.0). After applying, add')}`,
      `# ${commentText(`the provider to “${outpost}” in authentik (Applications › Outposts), keeping the ones it serves, or`)}`,
      '# apply the blueprint, which does the same.',
    ];
  const name = `${terraformPrefix(plan)}_outpost`;
  return [
    `# ${commentText(`The outpost: the attachment adds this provider to “${outpost}” and keeps the providers it serves.`)}`,
    '# Never manage this outpost with authentik_outpost.protocol_providers: that replaces its whole list.',
    `data "authentik_outpost" "${bareName(name)}" {`,
    `  name = ${hclString(outpost)}`,
    '}',
    '',
    `resource "authentik_outpost_provider_attachment" "${bareName(terraformPrefix(plan))}" {`,
    `  outpost           = data.authentik_outpost.${name}.id`,
    `  protocol_provider = ${providerAddress}.id`,
    '}',
  ];
}
