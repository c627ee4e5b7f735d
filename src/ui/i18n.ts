/** UI strings come from `_locales/<lang>/messages.json` through the i18n API. */
import { browser } from '../platform/browser';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
