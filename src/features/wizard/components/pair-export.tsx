import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { capabilities, NEWEST_RELEASE, parseRelease } from '../../../lib/authentik/releases';
import type { Connection } from '../../connection/connection-store';
import { combineDiscovery, discoveryQueries } from '../api/discovery';
import { resolveContext } from '../engine/resolve-context';
import type { CreatedPair, IntegrationDefinition } from '../engine/types';
import { GENERIC_PARAMS, parseInputs } from '../engine/wizard-params';
import { readRoleGroups, roleGroupNames } from '../engine/role-groups';
import { exportPlan, roundTripFields } from '../export/plan';
import { ExportSection } from './export-section';

/**
 * The export of a pair that exists: the request rebuilt from the inputs in the link, with the
 * flows and signing key the pair uses (found again by pk in discovery) and the fields a round trip
 * wrote back as authentik holds them now.
 */
export function PairExport(props: { pair: CreatedPair; definition: IntegrationDefinition; connection: Connection }) {
  const { pair, definition, connection } = props;
  const { client } = connection;
  const [params] = useSearchParams();
  const release = capabilities(parseRelease(connection.version ?? '')?.id ?? NEWEST_RELEASE);
  const discovery = useQueries({ queries: discoveryQueries(client, definition, release) });
  const discovered = discovery.every((query) => query.isSuccess) ? combineDiscovery(discovery.map((query) => query.data) as never) : null;
  const inputs = parseInputs(definition, params);

  const plan = useMemo(() => {
    if (!discovered || !inputs) return null;
    const provider = pair.provider as { authorization_flow?: string; invalidation_flow?: string };
    const keyPk = definition.protocol.signingKeyPk(pair);
    const slugOf = (flows: { pk: string; slug: string }[], pk: string | undefined) => flows.find((flow) => flow.pk === pk)?.slug;
    const choices = {
      authorizationFlow: slugOf(discovered.authorizationFlows, provider.authorization_flow),
      invalidationFlow: slugOf(discovered.invalidationFlows, provider.invalidation_flow),
      signingKey: discovered.signingKeys.find((key) => key.pk === keyPk)?.name,
      // The outpost picked on the review (forward auth), so the files name the one Create attached to.
      outpost: params.get(GENERIC_PARAMS.outpost) ?? undefined,
    };
    const resolved = resolveContext(definition, discovered, Object.fromEntries(Object.entries(choices).filter(([, value]) => value)), {
      release,
      base: client.target.base,
    });
    if (!resolved.context) return null;
    const context = keyPk ? resolved.context : { ...resolved.context, signingKey: null };
    try {
      return exportPlan({
        definition,
        inputs,
        identity: { name: pair.application.name, slug: pair.application.slug },
        context,
        current: roundTripFields(definition, pair),
        roleGroups: roleGroupNames(definition.roleGroups, readRoleGroups(definition.roleGroups, params)),
      });
    } catch {
      return null;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [discovered, pair, definition, params, release, client.target.base]);

  if (!inputs) {
    return (
      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">Use it in GitOps</h2>
        <p className="muted">
          The blueprint and Terraform file are built from the wizard’s inputs. Open this page from the wizard, or from a share link, to export them.
        </p>
      </section>
    );
  }
  if (discovery.some((query) => query.isError))
    return (
      <p className="muted">
        The blueprint and Terraform file need authentik’s flows, keys and mappings, which could not be read just now. Reload to try again.
      </p>
    );
  if (!plan) return <p role="status">Preparing the blueprint and Terraform file…</p>;
  return <ExportSection plan={plan} when="after" />;
}
