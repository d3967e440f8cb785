import type { ReactNode } from 'react';

/**
 * A confirmation in a status line ("Settings saved"): it fades out over the last second before the
 * console drops it (STATUS_MS), and the next action's replaces it. Give it `key={at}` so that the
 * same confirmation again starts over. The status line around it stays, for screen readers.
 */
export function Confirmation({ children }: { children: ReactNode }) {
  return (
    <span className="console-confirmation" data-testid="confirmation">
      {children}
    </span>
  );
}
