import { CopyButton } from './copy-button';

export function CodeBlock(props: { label: string; code: string }) {
  return (
    <div className="code-block">
      <CopyButton value={props.code} label={props.label} />
      <pre tabIndex={0} aria-label={props.label}>
        <code>{props.code}</code>
      </pre>
    </div>
  );
}
