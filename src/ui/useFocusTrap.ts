// Keeps keyboard focus inside an open dialog: focus moves into it when it opens, Tab and Shift+Tab
// wrap around its focusable elements, Escape calls `onEscape`, and focus returns to where it was
// when the dialog closes.
import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function useFocusTrap(
  dialog: RefObject<HTMLElement | null>,
  open: boolean,
  onEscape?: () => void,
): void {
  // The latest handler, so a new function on each render does not re-run the trap (and move focus).
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  });
  useEffect(() => {
    const node = dialog.current;
    if (!open || !node) return;
    const before = document.activeElement as HTMLElement | null;
    const focusable = () => [...node.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (!node.contains(document.activeElement)) (focusable()[0] ?? node).focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && escape.current) {
        event.preventDefault();
        escape.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusable();
      if (items.length === 0) return event.preventDefault();
      const [first, last] = [items[0]!, items[items.length - 1]!];
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !node.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !node.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      if (before && document.contains(before)) before.focus();
    };
  }, [dialog, open]);
}
