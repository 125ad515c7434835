/**
 * One polite live region for the whole app: short confirmations such as "Copied App ID" are
 * announced to screen readers without moving focus.
 */
import { useSyncExternalStore } from 'react';

let message = '';
let counter = 0;
const listeners = new Set<() => void>();

export function announce(text: string) {
  counter += 1;
  // A changing suffix makes repeated identical messages announce again.
  message = `${text}${'\u200b'.repeat(counter % 2)}`;
  for (const listener of listeners) listener();
}

export function Announcer() {
  const text = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => message,
  );
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}
