// Submitting a form with Enter while a date field still has focus: the date is read on blur, so the
// submit blurs first and then reads the latest values, which React has not rendered yet.
import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** Blurs the focused field first, so a date typed and submitted with Enter is read. */
export function settleFocus(): void {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement) flushSync(() => active.blur());
}

/** A value kept in state for rendering and in a ref for a submit that follows a blur in the same tick. */
export function useSettled<T>(initial: T): [T, (v: T) => void, () => T] {
  const [value, setValue] = useState(initial);
  const ref = useRef(initial);
  const set = useCallback((v: T) => {
    ref.current = v;
    setValue(v);
  }, []);
  const read = useCallback(() => ref.current, []);
  return [value, set, read];
}
