import { useEffect, useRef, useState } from 'react';
import { announce } from './announcer';

/** Copies exactly `value` (no stray whitespace); says "Copied" visibly and to screen readers. */
export function CopyButton(props: { value: string; label: string; text?: string; className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(props.value);
      setState('copied');
      announce(`Copied ${props.label}`);
    } catch {
      setState('failed');
      announce(`Could not copy ${props.label}. Select the text and copy it with the keyboard.`);
    }
    timer.current = window.setTimeout(() => setState('idle'), 2500);
  };

  return (
    <button
      type="button"
      className={props.className ?? 'button-secondary button-small copy-button'}
      onClick={copy}
      aria-label={`Copy ${props.label}`}
      data-state={state}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : (props.text ?? 'Copy')}
    </button>
  );
}
