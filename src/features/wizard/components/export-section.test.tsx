// @vitest-environment jsdom
/** On screen, an export made before the round trip says it is not final; the one after does not. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAll } from '../../../integrations/load-all.support';
import { exampleInputs } from '../../../integrations/examples.support';
import { discoveredContext } from '../../../integrations/test-context';
import { capabilities } from '../../../lib/authentik/releases';
import { exportPlan } from '../export/plan';
import { ExportSection } from './export-section';

afterEach(cleanup);

const definition = (await loadAll()).find((candidate) => candidate.data.roundTrip && candidate.protocol.id === 'saml')!;
const inputs = definition.inputs.parse(exampleInputs(definition));
const planWith = (current: Record<string, unknown>) =>
  exportPlan({ definition, inputs, identity: definition.identity(inputs), context: discoveredContext({ release: capabilities('2026.8') }), current });
const fields = Object.values(definition.data.roundTrip!.fields);

describe('the GitOps export on screen', () => {
  it('warns, before the round trip, that the files hold placeholders and would revert it', () => {
    render(<ExportSection plan={planWith({})} when="before" />);
    const warning = screen.getByTestId('export-not-final');
    expect(warning).toHaveProperty('textContent', expect.stringContaining('Not final: made before the round trip'));
    for (const field of fields) expect(warning.textContent).toContain(field.label);
    expect(warning.textContent).toContain('would revert');
  });

  it('says nothing of the kind once the round trip wrote the real values', () => {
    render(
      <ExportSection
        plan={planWith(Object.fromEntries(fields.map((field) => [field.sets, `https://app.company/sso/${field.sets}`])))}
        when="after"
      />,
    );
    expect(screen.queryByTestId('export-not-final')).toBeNull();
  });
});
