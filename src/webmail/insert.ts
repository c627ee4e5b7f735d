/**
 * Opens the site's reply and puts text into its editor so the site keeps it (shared/webmail.md):
 * focus, caret at the start, `execCommand('insertText')`; read the editor back; if the text did not
 * arrive, a synthetic paste event carrying it (for editors driven by beforeinput/paste); then a
 * Range insert of text nodes and <br>s followed by an input event. Never HTML from strings.
 */
import type { WebmailAdapter } from './types';

export type InsertMethod = 'execCommand' | 'paste' | 'range' | 'none';

const EDITOR_TIMEOUT_MS = 5000;

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
}

/** Waits for the adapter to find the reply editor, watching the page rather than polling on a timer. */
function waitForEditor(adapter: WebmailAdapter, doc: Document, timeoutMs: number): Promise<HTMLElement | null> {
  const found = adapter.replyEditor(doc);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const editor = adapter.replyEditor(doc);
      if (editor) finish(editor);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(editor: HTMLElement | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(editor);
    }
    observer.observe(doc.body, { childList: true, subtree: true });
  });
}

function caretAtStart(editor: HTMLElement): void {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.setStart(editor, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The editor's text as shown: line breaks between its blocks, which textContent would run together. */
function shownText(editor: HTMLElement): string {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered line breaks are the point here.
  return flat(editor.innerText ?? editor.textContent ?? '');
}

function arrived(editor: HTMLElement, text: string, before: string): boolean {
  const now = shownText(editor);
  return now !== before && now.includes(flat(text));
}

function rangeInsert(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  caretAtStart(editor);
  const range = doc.getSelection()?.getRangeAt(0);
  if (!range) return;
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  range.insertNode(fragment);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** Opens the reply (unless one is open), inserts `text`, and checks that it arrived. */
export async function insertIntoReply(adapter: WebmailAdapter, doc: Document, text: string): Promise<InsertMethod> {
  const win = doc.defaultView ?? window;
  let editor = adapter.replyEditor(doc);
  if (!editor) {
    const reply = adapter.replyButton(doc);
    if (!reply) return 'none';
    reply.click();
    editor = await waitForEditor(adapter, doc, EDITOR_TIMEOUT_MS);
    if (!editor) return 'none';
  }
  const before = shownText(editor);
  editor.focus();
  caretAtStart(editor);
  doc.execCommand('insertText', false, text);
  await nextFrame(win);
  if (arrived(editor, text, before)) return 'execCommand';

  editor.focus();
  caretAtStart(editor);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  await nextFrame(win);
  if (arrived(editor, text, before)) return 'paste';

  rangeInsert(editor, text);
  await nextFrame(win);
  return arrived(editor, text, before) ? 'range' : 'none';
}
