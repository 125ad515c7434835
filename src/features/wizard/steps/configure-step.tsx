import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { Alert } from '../../../components/ui/alert';
import { CodeBlock } from '../../../components/ui/code-block';
import { CopyButton } from '../../../components/ui/copy-button';
import { CopyField } from '../../../components/ui/copy-field';
import { displayHost } from '../../../lib/authentik/base-url';
import type { Connection } from '../../connection/connection-store';
import { RequireConnection } from '../../connection/require-connection';
import { pairQuery } from '../api/pair';
import type { ConfigSection, CreatedPair, IntegrationDefinition } from '../engine/types';
import { GENERIC_PARAMS } from '../engine/wizard-params';
import { parseInputs } from '../engine/wizard-params';
import { readRoleGroups } from '../engine/role-groups';
import { stepLink } from '../steps';
import { useWizard } from '../use-wizard';
import { ShareLinkButton } from '../components/share-link-button';
import { PairExport } from '../components/pair-export';

/** The block as shown on screen: secret values masked (the copy button still copies them). */
function maskSecrets(text: string, fields: ConfigSection['fields']): string {
  return fields
    .filter((field) => field.secret && field.value !== '')
    .reduce((shown, field) => shown.split(field.value).join('••••••••••••••••'), text);
}

/** Every value of the screen as plain text, in the screen's order. */
export function configAsText(definitionName: string, sections: ConfigSection[]): string {
  const lines = [`${definitionName} settings`];
  for (const section of sections) {
    lines.push('', section.title + (section.location ? ` (${section.location})` : ''));
    for (const field of section.fields) lines.push(`${field.label}: ${field.choice ? `select ${field.value}` : field.value}`);
  }
  return lines.join('\n');
}

/** Reads the pair by slug and hands it on; the same for a fresh pair and one opened from a link. */
export function WithPair(props: {
  why: string;
  children: (pair: CreatedPair, connection: Connection, definition: IntegrationDefinition) => React.ReactNode;
}) {
  const { definition } = useWizard();
  return (
    <RequireConnection why={props.why} urlParam={GENERIC_PARAMS.authentikUrl}>
      {(connection) => <PairLoader connection={connection} definition={definition} render={props.children} />}
    </RequireConnection>
  );
}

function PairLoader(props: {
  connection: Connection;
  definition: IntegrationDefinition;
  render: (pair: CreatedPair, connection: Connection, definition: IntegrationDefinition) => React.ReactNode;
}) {
  const { slug = '' } = useParams();
  const pair = useQuery(pairQuery(props.connection.client, slug));
  const host = displayHost(props.connection.client.target.base);
  if (pair.isPending)
    return (
      <p role="status">
        Reading “{slug}” from {host}…
      </p>
    );
  if (pair.isError)
    return (
      <ProblemAlert error={pair.error} host={host}>
        <button type="button" className="button-secondary" onClick={() => void pair.refetch()}>
          Try again
        </button>
      </ProblemAlert>
    );
  if (pair.data.protocol !== props.definition.protocol.id)
    return (
      <Alert tone="error" title={`“${slug}” is not a ${props.definition.protocol.label} application`}>
        <p>This application’s provider cannot be configured as {props.definition.name}. Open it from the right app in the catalog.</p>
      </Alert>
    );
  return <>{props.render(pair.data, props.connection, props.definition)}</>;
}

export function ConfigureStep() {
  return (
    <WithPair why="Connect to read this application and its provider from authentik. Nothing in the link is trusted for these values.">
      {(pair, connection, definition) => <ConfigureScreen pair={pair} definition={definition} connection={connection} />}
    </WithPair>
  );
}

function ConfigureScreen(props: { pair: CreatedPair; definition: IntegrationDefinition; connection: Connection }) {
  const { pair, definition, connection } = props;
  const [params] = useSearchParams();
  // The role groups chosen on the review (by name, from the address bar), quoted where the app reads them.
  const roleNames = readRoleGroups(definition.roleGroups, params);
  const sections = definition.configure(pair, connection.client.target.base, parseInputs(definition, params) ?? {}, roleNames);
  const warnings = definition.warnings(pair);
  const followUpDone = definition.followUp?.isDone(pair);
  return (
    <div className="stack">
      <h1>Configure {definition.name}</h1>
      <p className="lead">
        authentik now has the application <strong>{pair.application.name}</strong> (<code>{pair.application.slug}</code>) with its provider. Enter
        these values in {definition.name}, in this order.
      </p>
      <div className="actions">
        <CopyButton value={configAsText(definition.name, sections)} label="all as text" text="Copy all as text" className="button-secondary" />
        <ShareLinkButton definition={definition} />
      </div>
      {warnings.length > 0 ? (
        <Alert tone="warning" title="authentik’s settings that would make logins fail">
          <ul>
            {warnings.map((warning) => (
              <li key={warning.text}>{warning.text}</li>
            ))}
          </ul>
          <p>
            <Link to={stepLink(definition.id, 'verify', { slug: pair.application.slug, search: params })}>Verify</Link> explains each one and offers
            fixes.
          </p>
        </Alert>
      ) : null}
      {sections.map((section, index) => (
        <section key={section.title} className="card" aria-labelledby={`config-section-${index}`}>
          <h2 id={`config-section-${index}`}>{section.title}</h2>
          {section.location ? <p className="muted">{section.location}</p> : null}
          {section.notes?.map((note) => (
            <Alert key={note.text} tone={note.tone} title={note.tone === 'warning' ? 'Watch out' : 'Note'}>
              <p>{note.text}</p>
            </Alert>
          ))}
          {section.block ? (
            <CodeBlock
              label={section.block.kind === 'env' ? `all variables of ${section.title}` : `all of ${section.title}`}
              code={section.block.text}
              display={maskSecrets(section.block.text, section.fields)}
            />
          ) : null}
          <div>
            {section.fields.map((field) => (
              <CopyField key={field.label} label={field.label} value={field.value} secret={field.secret} choice={field.choice} help={field.help} />
            ))}
          </div>
        </section>
      ))}
      {/* One bar, one primary button per state: once the values are written back, the way on is Verify. */}
      <div className="actions step-actions">
        {!definition.followUp || followUpDone ? (
          <Link className="button-primary" to={stepLink(definition.id, 'verify', { slug: pair.application.slug, search: params })}>
            Next: verify
          </Link>
        ) : null}
        {definition.followUp ? (
          <Link
            className={followUpDone ? 'button-secondary' : 'button-primary'}
            to={stepLink(definition.id, 'follow-up', { slug: pair.application.slug, search: params })}
          >
            {followUpDone ? 'Review the values written back' : `Next: ${definition.followUp.title}`}
          </Link>
        ) : null}
      </div>
      <PairExport pair={pair} definition={definition} connection={connection} />
    </div>
  );
}
