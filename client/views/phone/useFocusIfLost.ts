import { useEffect, useRef } from 'react';

/**
 * A ref that takes the focus when `when` turns true and nothing holds the focus: the button just
 * tapped left the screen with its step (back from the preview, edit, cancel, the saved pledge), and
 * a screen reader would otherwise start again from the top of the page. Focus held elsewhere (a
 * support button, a field) is never taken away.
 */
export function useFocusIfLost<T extends HTMLElement>(when: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when && document.activeElement === document.body) ref.current?.focus();
  }, [when]);
  return ref;
}
