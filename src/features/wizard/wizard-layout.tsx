import { assetUrl } from '../../lib/asset-url';
import { Link, Outlet, useLocation, useOutletContext, useParams, useSearchParams } from 'react-router';
import { useConnection } from '../connection/connection-store';
import { useIntegration } from './engine/registry-context';
import type { IntegrationDefinition } from './engine/types';
import { parseInputs } from './engine/wizard-params';

export interface WizardContext {
  definition: IntegrationDefinition;
}

export function useWizard(): WizardContext {
  return useOutletContext<WizardContext>();
}

type StepStatus = 'done' | 'current' | 'upcoming';
interface StepItem {
  id: string;
  label: string;
  to: string | null;
  status: StepStatus;
}

function useSteps(definition: IntegrationDefinition): StepItem[] {
  const location = useLocation();
  const [params] = useSearchParams();
  const { slug } = useParams();
  const connection = useConnection();
  const base = `/${definition.id}`;
  const search = params.toString() ? `?${params.toString()}` : '';
  const path = location.pathname.replace(/\/+$/, '');
  const inputsValid = parseInputs(definition, params) !== null;
  const current = path.endsWith('/follow-up')
    ? 'follow-up'
    : path.endsWith('/verify')
      ? 'verify'
      : slug
        ? 'configure'
        : path.endsWith('/connect')
          ? 'connect'
          : path.endsWith('/review')
            ? 'review'
            : 'inputs';
  const order = ['app', 'inputs', 'connect', 'review', 'configure', 'follow-up', 'verify'];
  const currentIndex = order.indexOf(current);
  const pairBase = slug ? `${base}/pair/${encodeURIComponent(slug)}` : null;
  const status = (id: string, done: boolean): StepStatus => (id === current ? 'current' : done || order.indexOf(id) < currentIndex ? 'done' : 'upcoming');

  const steps: StepItem[] = [
    { id: 'app', label: 'Choose the app', to: '/', status: 'done' },
    { id: 'inputs', label: 'Your setup', to: `${base}${search}`, status: status('inputs', inputsValid) },
    { id: 'connect', label: 'Connect to authentik', to: `${base}/connect${search}`, status: status('connect', connection !== null) },
    { id: 'review', label: 'Review and create', to: inputsValid && connection ? `${base}/review${search}` : null, status: status('review', Boolean(slug)) },
    { id: 'configure', label: `Configure ${definition.name}`, to: pairBase ? `${pairBase}${search}` : null, status: status('configure', false) },
  ];
  if (definition.followUp) {
    steps.push({ id: 'follow-up', label: 'Write back to authentik', to: pairBase ? `${pairBase}/follow-up${search}` : null, status: status('follow-up', false) });
  }
  steps.push({ id: 'verify', label: 'Verify', to: pairBase ? `${pairBase}/verify${search}` : null, status: status('verify', false) });
  return steps;
}

function StepList(props: { definition: IntegrationDefinition }) {
  const steps = useSteps(props.definition);
  return (
    <nav aria-label="Wizard steps">
      <ol className="steps">
        {steps.map((step) => (
          <li key={step.id} data-status={step.status} aria-current={step.status === 'current' ? 'step' : undefined}>
            {step.to && step.status !== 'current' ? <Link to={step.to}>{step.label}</Link> : <span>{step.label}</span>}
            <span className="sr-only">{step.status === 'done' ? ' (done)' : step.status === 'upcoming' ? ' (to do)' : ' (current step)'}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function WizardLayout() {
  const { app } = useParams();
  const definition = useIntegration(app);
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
            <div className="muted">{definition.protocol === 'saml' ? 'SAML 2.0' : 'OAuth2 / OpenID Connect'}</div>
          </div>
        </div>
        <StepList definition={definition} />
      </aside>
      <section>
        <Outlet context={context} />
      </section>
    </div>
  );
}
