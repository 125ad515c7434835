/**
 * Which outpost serves the new provider, when the instance has more than one proxy outpost: the
 * embedded one (or the only one) unless the admin picks another. The pick goes to the address bar
 * by name (a shared link names the same outpost on a colleague's instance); the review's Outpost
 * line, the Create and the exports then all use it. Nothing is sent before Create.
 */
import { useId, useState } from 'react';
import type { DiscoveredContext } from '../../engine/types';
import type { GenericChoices } from '../../engine/wizard-params';
import { describeAttachment, EMBEDDED_OUTPOST, targetOutpost } from '../../protocols/proxy/outpost';

export function OutpostPicker(props: { context: DiscoveredContext; providerName: string; onChange: (choices: GenericChoices) => void }) {
  const { context, providerName, onChange } = props;
  const outposts = context.outposts;
  const target = targetOutpost(outposts?.list, outposts?.chosen);
  // The address bar updates in a transition: the radio shows the click at once.
  const [clicked, setClicked] = useState<{ pk: string; from: string | undefined } | null>(null);
  const id = useId();
  const list = outposts?.list ?? [];
  if (list.length < 2) return null;
  const shown = clicked && clicked.from === target?.pk ? clicked.pk : target?.pk;
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Outpost</h2>
      <p className="muted">This authentik has {list.length} proxy outposts. Pick the one your reverse proxy sends requests to.</p>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="sr-only">Outpost that serves the provider</legend>
        {list.map((outpost) => (
          <label key={outpost.pk} className="checkbox">
            <input
              type="radio"
              name={`${id}-outpost`}
              value={outpost.pk}
              checked={shown === outpost.pk}
              onChange={() => {
                setClicked({ pk: outpost.pk, from: target?.pk });
                // The default needs no parameter: a link without one means the embedded outpost.
                onChange({ outpost: outpost.managed === EMBEDDED_OUTPOST ? undefined : outpost.name });
              }}
            />
            <span>
              {outpost.name}
              {outpost.managed === EMBEDDED_OUTPOST ? ' (embedded, the default)' : ''}
              <br />
              <span className="field-help">
                {outpost.providers.length === 0
                  ? 'Serves no provider yet.'
                  : `Serves ${outpost.providers.map((provider) => `“${provider.name}”`).join(', ')}.`}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <p>
        <strong>Will change:</strong> {describeAttachment(target, providerName, outposts?.canChange ?? false, true)}
      </p>
    </section>
  );
}
