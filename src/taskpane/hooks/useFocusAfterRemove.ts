import { useEffect, useRef } from 'react';

/**
 * A row's remove button goes with its row: focus then moves on to the list's add button rather than to
 * nowhere. Call `removed()` as a row is taken out; give `addButton` to the add button.
 */
export function useFocusAfterRemove(list: unknown) {
  const addButton = useRef<HTMLButtonElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    addButton.current?.focus();
  }, [list]);
  return {
    addButton,
    removed: () => {
      pending.current = true;
    },
  };
}
