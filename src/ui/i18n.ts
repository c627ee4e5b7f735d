/**
 * UI strings come from `_locales/<lang>/messages.json` through the i18n API. The native `chrome.i18n`
 * (synchronous, as the polyfill passes it through), so the content script's panel can use these
 * components without loading webextension-polyfill.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return chrome.i18n.getMessage(key, substitutions) || key;
}
