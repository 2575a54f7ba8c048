import { useMemo, useState } from 'react';
import type { Settings } from '../checker';
import { messagesFor, type Messages } from '../messages';
import { loadSettings, saveSettings } from '../settings-store';

/** Rule pack, tolerance and language, remembered in the document; the messages follow the language. */
export function useSettings(initialMessages: Messages, lang: string) {
  const [settings, setSettings] = useState<Settings>(() => {
    const stored = loadSettings();
    return { ...stored, lang: stored.lang ?? (lang as Settings['lang']) };
  });
  const messages = useMemo(
    () => (settings.lang === initialMessages.locale ? initialMessages : messagesFor(settings.lang)),
    [settings.lang, initialMessages],
  );
  const changeSettings = (next: Settings) => {
    setSettings(next);
    saveSettings(next).catch((err: unknown) => console.warn('settings not saved', err));
  };
  return { settings, messages, changeSettings };
}
