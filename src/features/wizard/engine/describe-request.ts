/**
 * A plain-language summary of the transactional request: the generic rows here, the provider's
 * own rows from its protocol module; objects (flows, keys, mappings) are named from discovery.
 */
import { moduleForModel } from '../protocols';
import type { SummaryItem } from '../protocols/types';
import type { DiscoveredContext, TransactionApplicationRequest } from './types';

export type { SummaryItem };

function nameOf(pk: unknown, context: DiscoveredContext): string {
  if (typeof pk !== 'string') return 'none';
  const all = [
    context.authorizationFlow,
    context.invalidationFlow,
    ...(context.signingKey ? [context.signingKey] : []),
    ...Object.values(context.scopeMappings),
    ...Object.values(context.samlMappings),
  ];
  return all.find((item) => item.pk === pk)?.name ?? pk;
}

export function describeRequest(
  request: TransactionApplicationRequest,
  context: DiscoveredContext,
): { application: SummaryItem[]; provider: SummaryItem[] } {
  const p = request.provider as Record<string, unknown>;
  const application: SummaryItem[] = [
    { label: 'Name users see', value: request.app.name, term: 'Name' },
    { label: 'Short name in addresses', value: request.app.slug, term: 'Slug' },
  ];
  if (request.app.meta_launch_url) application.push({ label: 'Opens from the dashboard', value: request.app.meta_launch_url, term: 'Launch URL' });
  const module = moduleForModel(request.provider_model);
  const provider: SummaryItem[] = [
    { label: 'Provider name', value: String(p.name), term: 'Name' },
    { label: 'Sign-in steps', value: `${context.authorizationFlow.name} (${context.authorizationFlow.slug})`, term: 'Authorization flow' },
    { label: 'Sign-out steps', value: `${context.invalidationFlow.name} (${context.invalidationFlow.slug})`, term: 'Invalidation flow' },
    ...(module?.summary(p, (pk) => nameOf(pk, context), context) ?? []),
  ];
  return { application, provider };
}

/** The equivalent curl command, with the token left to an environment variable. */
export function curlCommand(base: string, request: TransactionApplicationRequest): string {
  return [
    `curl --fail-with-body -X PUT '${base}/api/v3/core/transactional/applications/' \\`,
    `  -H "Authorization: Bearer $AUTHENTIK_TOKEN" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data-binary @- <<'JSON'`,
    JSON.stringify(request, null, 2),
    'JSON',
  ].join('\n');
}
