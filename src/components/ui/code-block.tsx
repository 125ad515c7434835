import { CopyButton } from './copy-button';

/**
 * A block of text with one copy button. `display` is what the screen shows when it differs from
 * what is copied (secrets masked on screen, real values on the clipboard).
 */
export function CodeBlock(props: { label: string; code: string; display?: string }) {
  return (
    <div className="code-block">
      <CopyButton value={props.code} label={props.label} />
      <pre tabIndex={0} aria-label={props.label}>
        <code>{props.display ?? props.code}</code>
      </pre>
    </div>
  );
}
