/**
 * Every Outlook on the web selector Gracious uses, each a fallback chain (stable hooks first,
 * localised labels and hashed class names last). Claims come from shared/webmail.md (Mailvelope,
 * FlowCrypt, Briskine, Toggl Track); none was checked against a live account.
 * test/unit/webmail/selectors.test.ts counts the matches of every level on every saved Outlook page.
 */
import type { SelectorChain } from '../types';

export const OUTLOOK = {
  /** The account manager: its flyout holds the signed-in address (in the page, shown on click). */
  account: ['#mectrl_currentAccount_secondary', '#O365_MainLink_Me [title*="@"]', '#O365_MainLink_Me[aria-label*="@"]'],
  readingPane: ['[role=main][data-app-section="MailReadCompose"]', '#ReadingPaneContainerId'],
  conversation: ['[data-app-section="ConversationContainer"]', '#ConversationReadingPaneContainer'],
  subject: ['[role=heading][title]', '[role=heading][id$="_SUBJECT"]'],
  /** The selected conversation in the message list carries the conversation id. */
  selectedItem: ['#MailList [aria-selected="true"][data-convid]', '[role=option][aria-selected="true"][data-convid]'],
  /** One element per message of the conversation, collapsed or expanded. */
  message: ['.wide-content-host', '[aria-label="Email message"]', '.aVla3'],
  body: ['[role=document] [id^="UniqueMessageBody"]', '[id^="UniqueMessageBody"]'],
  /** The sender: an element holding the address in its title; the From label is localised. */
  sender: ['span[aria-label^="From:"] [title*="@"]', '[title*="@"]', '.OZZZK'],
  recipientWell: ['[data-testid="RecipientWell"]'],
  recipients: ['[data-testid="RecipientWell"] [title*="@"]'],
  date: ['[data-testid="SentReceivedSavingLabel"]'],
  /** Quoted history starts at these markers: the body text stops there. */
  historyStart: ['#appendonsend, #divRplyFwdMsg, [id$="divRplyFwdMsg"]'],
  quoted: ['blockquote, .gmail_quote'],
  /** The reply button is found through its icon, the language-neutral hook. */
  replyIcon: [
    '[role=toolbar] i[data-icon-name="ArrowReplyRegular"]',
    'button i[data-icon-name="ArrowReplyRegular"]',
    'button[aria-label="Reply"]',
  ],
  /** The compose body; other contenteditables in the form are the recipient fields. */
  replyEditor: [
    '[data-app-section="Form_Content"] [contenteditable=true][aria-multiline=true]',
    '[role=main] [contenteditable=true][aria-multiline=true]',
    '[contenteditable=true][aria-label^="Message body"]',
  ],
} as const satisfies Record<string, SelectorChain>;
