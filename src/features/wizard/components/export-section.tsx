import { useMemo } from 'react';
import { CodeBlock } from '../../../components/ui/code-block';
import { CopyButton } from '../../../components/ui/copy-button';
import { Alert } from '../../../components/ui/alert';
import { announce } from '../../../components/ui/announcer';
import { toBlueprint } from '../export/blueprint';
import { exportFileNames, type ExportPlan } from '../export/plan';
import { toTerraform } from '../export/terraform';

/** Saves text as a file: a Blob behind a short-lived object URL, never a data: URL. */
function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  announce(`Downloading ${name}`);
}

/**
 * The pair as infrastructure as code: a blueprint and a Terraform file, each downloadable and
 * copyable. Neither holds a secret or a pk of this instance (ADR 0007).
 */
export function ExportSection(props: { plan: ExportPlan; when: 'before' | 'after' }) {
  const { plan } = props;
  const files = useMemo(() => {
    const names = exportFileNames(plan);
    return [
      { kind: 'blueprint', title: 'blueprint', name: names.blueprint, text: toBlueprint(plan), type: 'application/yaml' },
      { kind: 'terraform', title: 'Terraform', name: names.terraform, text: toTerraform(plan), type: 'text/plain' },
    ] as const;
  }, [plan]);
  return (
    <section className="card stack" aria-labelledby="export-heading" data-testid="export-section">
      <h2 id="export-heading">Use it in GitOps</h2>
      <p className="muted">
        {props.when === 'before' ? 'The same application and provider' : 'This application and provider'} as an authentik blueprint or as Terraform
        (provider goauthentik/authentik), for authentik {plan.release}. Flows, the signing key and property mappings are found by slug, name or
        managed id, so the files apply to another authentik too. They hold no secret and no id of this instance.
      </p>
      {plan.placeholders.length > 0 ? (
        <Alert tone="warning" title="Not final: made before the round trip" testId="export-not-final">
          <p>
            The {plan.placeholders.map((field) => field.label).join(' and ')} in these files{' '}
            {plan.placeholders.length > 1 ? 'are placeholders' : 'is a placeholder'} until the round trip. Applying them after the round trip would
            revert {plan.placeholders.length > 1 ? 'those values' : 'that value'}: export again from the configuration screen once the round trip is
            done, and commit that file instead. The files say so in their first comment line.
          </p>
        </Alert>
      ) : null}
      {files.map((file) => (
        <div key={file.kind} className="stack">
          <div className="actions">
            <button
              type="button"
              className="button-secondary"
              onClick={() => download(file.name, file.text, file.type)}
              aria-label={`Download ${file.title} ${file.name}`}
            >
              Download {file.title}
            </button>
            <CopyButton value={file.text} label={`${file.title} ${file.name}`} text={`Copy ${file.title}`} className="button-ghost" />
            <code>{file.name}</code>
          </div>
          <details>
            <summary>Show {file.name}</summary>
            <CodeBlock label={file.name} code={file.text} />
          </details>
        </div>
      ))}
    </section>
  );
}
