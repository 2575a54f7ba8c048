import { useEffect, useRef, useState } from 'react';
import { createProgressGate, type ProgressGate } from '../view/progress-gate';

/** Whether the progress of the action under way is shown: once its step has lasted over half a second. */
export function useShownProgress(busy: boolean, step: string | null): boolean {
  const [shown, setShown] = useState(false);
  const gate = useRef<ProgressGate | null>(null);
  useEffect(() => {
    const made = createProgressGate(setShown);
    gate.current = made;
    return () => {
      made.dispose();
      gate.current = null;
    };
  }, []);
  useEffect(() => {
    gate.current?.update(busy, step);
  }, [busy, step]);
  return shown && busy;
}
