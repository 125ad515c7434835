import { Link, Outlet, useMatches, useParams, useRouteLoaderData, useSearchParams } from 'react-router';
import { assetUrl } from '../../lib/asset-url';
import { useConnection } from '../connection/connection-store';
import type { IntegrationDefinition } from './engine/types';
import { parseInputs } from './engine/wizard-params';
import { withTypedName } from './app-title';
import { ROUTE_IDS } from './route-ids';
import { stepStates, type StepState } from './step-states';
import { STEPS, stepLink, type StepHandle, type StepId } from './steps';
import type { WizardContext } from './use-wizard';

interface StepItem {
  id: string;
  label: string;
  to: ReturnType<typeof stepLink> | null;
  status: StepState;
}

function useCurrentStep(): StepId {
  const matches = useMatches();
  const handle = [...matches].reverse().find((match) => (match.handle as StepHandle | undefined)?.step)?.handle as StepHandle | undefined;
  return handle?.step ?? 'inputs';
}

function useSteps(definition: IntegrationDefinition): StepItem[] {
  const [params] = useSearchParams();
  const { slug } = useParams();
  const connection = useConnection();
  const current = useCurrentStep();
  const shown = STEPS.filter((step) => step.applies?.(definition) ?? true);
  const states = stepStates({
    current,
    shown,
    inputsValid: parseInputs(definition, params) !== null,
    connected: connection !== null,
    created: Boolean(slug),
  });
  const items: StepItem[] = [{ id: 'app', label: 'Choose the app', to: { pathname: '/' }, status: 'done' }];
  shown.forEach((step, index) => {
    const { state, reachable } = states[index]!;
    items.push({
      id: step.id,
      label: step.label(definition),
      to: reachable ? stepLink(definition.id, step.id, { slug, search: params }) : null,
      status: state,
    });
  });
  return items;
}

const SPOKEN: Record<StepState, string> = { done: ' (done)', current: ' (current step)', todo: ' (to do)', unavailable: ' (not yet available)' };

/** The same app's other setups, keeping what was typed (the inputs are share-link parameters). */
function OtherSetups(props: { definition: IntegrationDefinition }) {
  const [params] = useSearchParams();
  if (props.definition.siblings.length === 0) return null;
  return (
    <p className="muted other-setups">
      Also possible:{' '}
      {props.definition.siblings.map((sibling, index) => (
        <span key={sibling.id}>
          {index > 0 && ', '}
          <Link to={{ pathname: `/${sibling.id}`, search: params.toString() }}>{sibling.name}</Link>
        </span>
      ))}
    </p>
  );
}

function StepList(props: { definition: IntegrationDefinition }) {
  const steps = useSteps(props.definition);
  return (
    <nav aria-label="Wizard steps">
      <ol className="steps">
        {steps.map((step) => (
          <li key={step.id} data-status={step.status} aria-current={step.status === 'current' ? 'step' : undefined}>
            {step.to && step.status !== 'current' ? <Link to={step.to}>{step.label}</Link> : <span>{step.label}</span>}
            <span className="sr-only">{SPOKEN[step.status]}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function WizardLayout() {
  const { app } = useParams();
  const loaded = useRouteLoaderData(ROUTE_IDS.wizard) as IntegrationDefinition | null | undefined;
  const [params] = useSearchParams();
  const current = useCurrentStep();
  // After the first step, an app the admin named (“Another app”) is called by that name.
  const definition = loaded && current !== 'inputs' ? withTypedName(loaded, params) : loaded;
  if (!definition) {
    return (
      <section className="page">
        <h1>Unknown app</h1>
        <p>
          The wizard has no integration called “{app}”. <Link to="/">Choose one from the list</Link>.
        </p>
      </section>
    );
  }
  const context: WizardContext = { definition };
  return (
    <div className="wizard">
      <aside>
        <div className="wizard-app">
          <img src={assetUrl(definition.logo)} alt="" />
          <div>
            <strong>{definition.name}</strong>
            <div className="muted">{definition === loaded ? definition.protocol.label : loaded?.name}</div>
          </div>
        </div>
        <OtherSetups definition={definition} />
        <StepList definition={definition} />
      </aside>
      <section>
        <Outlet context={context} />
      </section>
    </div>
  );
}
