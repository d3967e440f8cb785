import { useState } from 'react';
import { useFocusIfLost } from './useFocusIfLost';

/**
 * A screen's heading that says where things stand (the saved pledge, a seat asked for or refused):
 * it takes the focus when the step that led here left none (useFocusIfLost), which is when a
 * screen reader reads it, once. Its words changing later while the screen stays (a moderator's
 * decision) are said by a live region of their own; the heading is in none, or it would be read a
 * second time as it appears.
 */
export function ScreenHeading({ id, children }: { id: string; children: string }) {
  const heading = useFocusIfLost<HTMLHeadingElement>(true);
  // The words it first showed, until they change; then every change is said.
  const [first, setFirst] = useState<string | null>(children);
  if (first !== null && first !== children) setFirst(null);
  return (
    <>
      <h1 id={id} ref={heading} tabIndex={-1}>
        {children}
      </h1>
      <p role="status" className="visually-hidden" data-testid={`${id}-said`}>
        {first === null && children}
      </p>
    </>
  );
}
