/** The webmail sites Gracious works on, by origin. Mirrors `content_scripts.matches` in manifest.json. */
import type { Site } from './messages';

export const WEBMAIL_ORIGINS: Readonly<Record<string, Site>> = {
  'https://mail.google.com': 'gmail',
  'https://outlook.live.com': 'outlook',
  'https://outlook.office.com': 'outlook',
  'https://outlook.office365.com': 'outlook',
  'https://outlook.cloud.microsoft': 'outlook',
};

/** The site a URL belongs to, or null when it is not a webmail page Gracious serves. */
export function siteForUrl(url: string | undefined): Site | null {
  if (!url) return null;
  try {
    return WEBMAIL_ORIGINS[new URL(url).origin] ?? null;
  } catch {
    return null;
  }
}
