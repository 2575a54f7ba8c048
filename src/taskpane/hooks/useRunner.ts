import { useCallback, useState } from 'react';
import { t, type Lang, type MessageKey } from '../../core/i18n/catalogue';
import type { OnStep } from '../checker';
import { HostError, type HostWarning, type WorkbookHost } from '../hosts/host';
import { format, type Messages, type Step } from '../messages';

export type Notice = { intent: 'success' | 'error' | 'info'; text: string } | null;

/** An action of the pane: told how to name its steps; returns what to say when done (or null). */
export type Action = (step: OnStep) => Promise<string | null>;

export interface RunOptions {
  /** The step named from the start. */
  first?: Step;
  /** Sees an error before it is shown (a partial write leaves annotations to remove). */
  onError?: (err: unknown) => void;
  /** The host the action works on, where it is not yet the pane's (a file just chosen). */
  host?: WorkbookHost;
}

export interface Runner {
  busy: boolean;
  step: Step | null;
  notice: Notice;
  warnings: HostWarning[];
  run: (action: Action, options?: RunOptions) => Promise<void>;
}

/** A reader's reason ("damaged-sheet" with its sheet and part) in words, from the core's catalogue. */
function hostErrorDetail(err: HostError, lang: Lang): string {
  if (err.code !== 'not-a-workbook') return err.detail;
  const key = `read.${err.detail}` as MessageKey;
  const known = t(lang, key, err.params);
  return known === key ? err.detail : known;
}

export function errorText(err: unknown, messages: Messages): string {
  if (err instanceof HostError)
    return format(messages.errors[err.code], { detail: hostErrorDetail(err, messages.locale) });
  const detail = err instanceof Error ? err.message : String(err);
  return format(messages.errors.unknown, { detail });
}

/** Resolves once the browser has had a chance to paint (a frame, or a short wait where frames stall). */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 50);
  });
}

/**
 * Runs one action at a time with its step named; any error becomes a message with its way out, never a
 * silent failure; what the host noted on the way is shown whether the action went through or not.
 */
export function useRunner(host: WorkbookHost | null, messages: Messages, initial: Notice): Runner {
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<Step | null>(null);
  const [notice, setNotice] = useState<Notice>(initial);
  const [warnings, setWarnings] = useState<HostWarning[]>([]);

  const run = useCallback(
    async (action: Action, options: RunOptions = {}) => {
      setBusy(true);
      setStep(options.first ?? null);
      setWarnings([]);
      const onStep: OnStep = async (next) => {
        setStep(next);
        await painted();
      };
      try {
        // The step's name on screen before the action's first synchronous work (a large write plan).
        if (options.first) await painted();
        const done = await action(onStep);
        if (done) setNotice({ intent: 'success', text: done });
      } catch (err) {
        console.error(err);
        options.onError?.(err);
        setNotice({ intent: 'error', text: errorText(err, messages) });
      } finally {
        const noted = (options.host ?? host)?.takeWarnings?.() ?? [];
        setWarnings((shown) => [...shown, ...noted]);
        setBusy(false);
        setStep(null);
      }
    },
    [messages, host],
  );

  return { busy, step, notice, warnings, run };
}
