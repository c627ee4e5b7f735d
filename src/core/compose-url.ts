/**
 * Where "Open a new email" goes: a compose window of the webmail the user came from, filled with
 * recipient, subject and body. Pure, so every URL shape is unit-tested.
 */
import type { Site } from './messages';

export interface NewEmail {
  to: string;
  subject: string;
  body: string;
}

/** Gmail, an Outlook host (personal accounts live on outlook.live.com), or the system mail app. */
export type ComposeTarget =
  | { kind: 'gmail'; account: number }
  | { kind: 'outlook'; host: 'outlook.live.com' | 'outlook.office.com' }
  | { kind: 'mailto' };

/** encodeURIComponent, not URLSearchParams: mailto (RFC 6068) reads "+" as a plus sign, not a space. */
function query(params: [string, string][]): string {
  return params
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

export function composeUrl(target: ComposeTarget, email: NewEmail): string {
  const to = email.to.trim();
  switch (target.kind) {
    case 'gmail': {
      const account = target.account > 0 ? `u/${target.account}/` : '';
      const params = query([
        ['to', to],
        ['su', email.subject],
        ['body', email.body],
      ]);
      return `https://mail.google.com/mail/${account}?view=cm&fs=1${params ? `&${params}` : ''}`;
    }
    case 'outlook':
      return `https://${target.host}/mail/deeplink/compose?${query([
        ['to', to],
        ['subject', email.subject],
        ['body', email.body],
      ])}`;
    case 'mailto': {
      // RFC 6068: line breaks in a mailto body are CRLF.
      const params = query([
        ['subject', email.subject],
        ['body', email.body.replace(/\r?\n/g, '\r\n')],
      ]);
      return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}${params ? `?${params}` : ''}`;
    }
  }
}

/**
 * Picks the compose target: the webmail tab the user came from when Gracious is on for its site;
 * otherwise the one site turned on in settings; otherwise (both or neither) the system mail app,
 * because guessing the wrong webmail would open a sign-in page instead of a draft.
 */
export function chooseComposeTarget(
  tabUrl: string | null | undefined,
  tabSite: Site | null,
  sites: Readonly<Record<Site, boolean>>,
): ComposeTarget {
  if (tabSite && sites[tabSite] && tabUrl) {
    const url = new URL(tabUrl);
    if (tabSite === 'gmail') {
      const account = /^\/mail\/u\/(\d{1,2})\//.exec(url.pathname);
      return { kind: 'gmail', account: account ? Number(account[1]) : 0 };
    }
    return { kind: 'outlook', host: url.hostname === 'outlook.live.com' ? 'outlook.live.com' : 'outlook.office.com' };
  }
  if (sites.gmail && !sites.outlook) return { kind: 'gmail', account: 0 };
  if (sites.outlook && !sites.gmail) return { kind: 'outlook', host: 'outlook.office.com' };
  return { kind: 'mailto' };
}
