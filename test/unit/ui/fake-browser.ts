/**
 * The slice of the extension API the UI touches in DOM tests: `i18n.getMessage` answering from the
 * real `_locales/en/messages.json`, with Chrome's placeholder rules, so tests read the real strings.
 * Importing this module installs it as the global `chrome`, which src/ui/i18n.ts reads.
 */
import { vi } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) =>
    (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(
      /\$(\d)/g,
      (__, n: string) => values[Number(n) - 1] ?? '',
    ),
  );
}

/** With `keysOnly`, every string is missing, so `t()` shows its key: text that is not a key was hard-coded. */
export const i18nMode = { keysOnly: false };

export const fakeBrowser = {
  i18n: {
    getMessage: (key: string, substitutions?: string | string[]) =>
      i18nMode.keysOnly ? '' : getMessage(key, substitutions),
  },
};

vi.stubGlobal('chrome', fakeBrowser);
