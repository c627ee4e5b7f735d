/**
 * Every Gmail selector Gracious uses, each a fallback chain (stable hooks first). Claims come from
 * shared/webmail.md (gmail.js, InboxSDK, Mailvelope, FlowCrypt); none was checked against a live
 * account, so each keeps a fallback. test/unit/webmail/selectors.test.ts counts the matches of
 * every level on every saved Gmail page in test/fixtures/webmail/gmail/.
 */
import type { SelectorChain } from '../types';

export const GMAIL = {
  /** The account button in the top bar; its label holds the signed-in address. */
  account: [
    'header a[aria-label*="@"][href^="https://accounts.google.com/"]',
    '[role=banner] a[aria-label*="@"]',
    'a[aria-label*="@"][href*="SignOutOptions"]',
  ],
  /** The thread container: late 2023 on, then the layout before it (a <tr> Gmail's script puts straight in the table). */
  threadContainer: [
    '[role=main] .g.id .a98.iY',
    '[role=main] .g.id table.Bs > tr',
    '[role=main] table.Bs > tbody > tr',
  ],
  /**
   * The subject heading, which carries the thread ids. Gmail keeps old thread views hidden: take the
   * shown one. Every level requires the class in `SUBJECT_CLASS` (it is looked up by that class).
   */
  subject: ['h2.hP[data-legacy-thread-id]', 'h2.hP[data-thread-perm-id]', '[role=main] h2.hP'],
  /** One element per message, collapsed or expanded. */
  message: ['div.adn[data-message-id]', 'div.adn[data-legacy-message-id]', 'div.adn'],
  /** The body of an expanded message (collapsed ones have none in the page). */
  body: ['div.ii.gt div.a3s', 'div.a3s.aiL', 'div.ii.gt'],
  /** The sender of a message, with `email` and `name` attributes. */
  sender: ['span.gD[email]', 'td.gF span[email]', 'h3.iw span[email]'],
  recipients: ['.hb span[email]'],
  /** The date of a message; its title holds the full date. */
  date: ['span.g3[title]', 'td.gH span[title]'],
  /** The "View entire message" link of a clipped message. */
  clipped: ['.iX a'],
  /** Left out of the body text: quoted history, the trimmed "…" block. */
  quoted: ['.gmail_quote, blockquote, .adL, .yj6qo'],
  /** Where the control goes when the subject row is missing. */
  toolbar: ['[gh=tm] [gh=mtb]', '[gh=mtb]'],
  /** Reply: the bottom bar link first (one per thread), then the per-message buttons. */
  replyButton: [
    '.amn span.ams.bkH[role=link]',
    'div[role=button].aaq',
    'div[role=button].bsQ',
    '.amn span.ams[role=link]',
  ],
  /** The reply editor. Its aria-label is localised: never select on it. */
  replyEditor: [
    'div.M9 .Ap div[contenteditable=true][g_editable=true][role=textbox]',
    'div[contenteditable=true][g_editable=true]',
    '.Ap div.editable[contenteditable=true]',
  ],
} as const satisfies Record<string, SelectorChain>;

/** The class every `subject` selector requires. */
export const SUBJECT_CLASS = 'hP';
