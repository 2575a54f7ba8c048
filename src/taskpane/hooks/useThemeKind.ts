import { useEffect, useState } from 'react';
import type { ThemeKind } from '../theme';

function fromMedia(): ThemeKind {
  if (typeof window.matchMedia !== 'function') return 'light';
  if (window.matchMedia('(forced-colors: active)').matches) return 'contrast';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Office's theme where the host gave one; else the browser's colour scheme, followed as it changes. */
export function useThemeKind(office: ThemeKind | undefined): ThemeKind {
  const [media, setMedia] = useState<ThemeKind>(fromMedia);
  useEffect(() => {
    if (office || typeof window.matchMedia !== 'function') return undefined;
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => window.matchMedia(q));
    const changed = () => setMedia(fromMedia());
    queries.forEach((q) => q.addEventListener('change', changed));
    return () => queries.forEach((q) => q.removeEventListener('change', changed));
  }, [office]);
  return office ?? media;
}
