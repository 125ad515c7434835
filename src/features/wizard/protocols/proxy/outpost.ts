/**
 * Attaching a proxy provider to an outpost. authentik's outpost PATCH *replaces* `providers`
 * (authentik/outposts/api/outposts.py, OutpostSerializer), so the wizard reads the outpost right
 * before it writes, merges the new provider into what is there, and never sends a list without a
 * provider that was there. A token without `authentik_outposts.change_outpost` is never asked to
 * write: the admin gets the manual step instead.
 */
import { unwrap, type AuthentikClient } from '../../../../lib/authentik/client';
import { isApiError } from '../../../../lib/authentik/problem';
import type { Outpost, OutpostAttachment, OutpostSummary } from '../../model/types';

export const EMBEDDED_OUTPOST = 'goauthentik.io/outposts/embedded';
export const CHANGE_OUTPOST = 'authentik_outposts.change_outpost';

export function summarizeOutpost(outpost: Outpost): OutpostSummary {
  const config = (outpost.config ?? {}) as Record<string, unknown>;
  return {
    pk: outpost.pk,
    name: outpost.name,
    type: outpost.type,
    managed: outpost.managed ?? null,
    providers: outpost.providers_obj.map((provider) => ({ pk: provider.pk, name: provider.name })),
    authentikHost: typeof config.authentik_host === 'string' ? config.authentik_host : '',
    authentikHostBrowser: typeof config.authentik_host_browser === 'string' ? config.authentik_host_browser : '',
  };
}

/** The proxy outposts the token may see, the embedded one first; null when it may not list outposts. */
export async function readOutposts(client: AuthentikClient, signal?: AbortSignal): Promise<OutpostSummary[] | null> {
  try {
    const page = await unwrap(client.api.GET('/outposts/instances/', { params: { query: { page_size: 100, ordering: 'name' } }, signal }));
    return page.results
      .filter((outpost) => outpost.type === 'proxy')
      .map(summarizeOutpost)
      .sort((a, b) => Number(b.managed === EMBEDDED_OUTPOST) - Number(a.managed === EMBEDDED_OUTPOST));
  } catch (error) {
    if (isApiError(error) && error.problem.kind === 'permission') return null;
    throw error;
  }
}

/** The outpost the wizard attaches to: the one chosen, else the embedded outpost, else the only proxy outpost. */
export function targetOutpost(list: readonly OutpostSummary[] | null | undefined, chosen?: string): OutpostSummary | null {
  if (!list || list.length === 0) return null;
  if (chosen) return list.find((outpost) => outpost.pk === chosen) ?? null;
  return list.find((outpost) => outpost.managed === EMBEDDED_OUTPOST) ?? (list.length === 1 ? list[0]! : null);
}

/** What an admin does by hand when the wizard may not. */
export function manualStep(providerName: string, outpost: string | null): string {
  return `In authentik, open Applications › Outposts, edit ${outpost ? `“${outpost}”` : 'the outpost that serves your reverse proxy (usually “authentik Embedded Outpost”)'}, add “${providerName}” to its selected applications, keep the ones already selected, and save.`;
}

/** How the review describes the outpost change before anything is sent. */
export function describeAttachment(outpost: OutpostSummary | null, providerName: string, canChange: boolean, listed: boolean): string {
  if (!listed)
    return `The token may not read outposts: add “${providerName}” to an outpost by hand after creating. ${manualStep(providerName, null)}`;
  if (!outpost) return `No proxy outpost found: create one (or enable the embedded outpost) and add “${providerName}” to it.`;
  const kept = outpost.providers.map((provider) => `“${provider.name}”`);
  const keeps = kept.length > 0 ? `; keeps ${kept.join(', ')}` : '';
  if (!canChange) return `The token lacks ${CHANGE_OUTPOST}: nothing is written to “${outpost.name}”. ${manualStep(providerName, outpost.name)}`;
  return `Adds “${providerName}” to “${outpost.name}”${keeps}.`;
}

/**
 * Adds the provider to the outpost: re-reads it right before the PATCH, sends its current list
 * plus the provider, and reports exactly what changed. Never writes without the permission.
 */
export async function attachToOutpost(
  client: AuthentikClient,
  provider: { pk: number; name: string },
  target: OutpostSummary | null,
  canChange: boolean,
  signal?: AbortSignal,
): Promise<OutpostAttachment> {
  if (!target) return { status: 'no-outpost', outpost: null, message: `No proxy outpost was found. ${manualStep(provider.name, null)}` };
  if (!canChange) {
    return {
      status: 'no-permission',
      outpost: target.name,
      message: `The token lacks ${CHANGE_OUTPOST}, so the wizard did not change “${target.name}”. ${manualStep(provider.name, target.name)}`,
    };
  }
  try {
    const current = await unwrap(client.api.GET('/outposts/instances/{uuid}/', { params: { path: { uuid: target.pk } }, signal }));
    const kept = current.providers_obj.filter((entry) => entry.pk !== provider.pk).map((entry) => entry.name);
    if (current.providers.includes(provider.pk)) return { status: 'already', outpost: current.name, kept };
    const providers = [...current.providers, provider.pk];
    const saved = await unwrap(
      client.api.PATCH('/outposts/instances/{uuid}/', { params: { path: { uuid: target.pk } }, body: { providers }, signal }),
    );
    const dropped = current.providers.filter((pk) => !saved.providers.includes(pk));
    if (!saved.providers.includes(provider.pk) || dropped.length > 0) {
      return {
        status: 'failed',
        outpost: current.name,
        message: `authentik did not keep the outpost’s list as sent. ${manualStep(provider.name, current.name)}`,
      };
    }
    return { status: 'attached', outpost: saved.name, added: provider.name, kept };
  } catch (error) {
    if (isApiError(error) && error.problem.kind === 'permission') {
      return {
        status: 'no-permission',
        outpost: target.name,
        message: `authentik refused the change of “${target.name}”. ${manualStep(provider.name, target.name)}`,
      };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      status: 'failed',
      outpost: target.name,
      message: `The outpost could not be changed (${reason}). ${manualStep(provider.name, target.name)}`,
    };
  }
}

/** One sentence for the configuration screen: what the attachment did. */
export function attachmentText(attachment: OutpostAttachment): { tone: 'info' | 'warning'; text: string } {
  switch (attachment.status) {
    case 'attached':
      return {
        tone: 'info',
        text: `Added “${attachment.added}” to the outpost “${attachment.outpost}”${attachment.kept.length > 0 ? `; its other providers stay: ${attachment.kept.map((name) => `“${name}”`).join(', ')}` : ''}.`,
      };
    case 'already':
      return { tone: 'info', text: `The outpost “${attachment.outpost}” already serves this provider; nothing was changed.` };
    default:
      return { tone: 'warning', text: attachment.message };
  }
}
