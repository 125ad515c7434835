/**
 * Each new screen (a new path: catalog → app, one wizard step → the next, Back/Forward) opens at
 * its top with focus on its heading, so keyboard and screen-reader users start where the screen
 * starts instead of mid-page or on <body>. The first load keeps the browser's own behaviour, and
 * focus is never taken from a field the admin is already typing in.
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function useStepFocus(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    let tries = 0;
    let frame = 0;
    const focusHeading = () => {
      const main = document.getElementById('main');
      const active = document.activeElement;
      if (active && active.isConnected && TYPING.has(active.tagName) && main?.contains(active)) return;
      const heading = main?.querySelector<HTMLHeadingElement>('h1');
      // A lazily loaded step renders its heading a moment later: try for about a second.
      if (!heading) {
        if (++tries < 60) frame = requestAnimationFrame(focusHeading);
        return;
      }
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    };
    frame = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
