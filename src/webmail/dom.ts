/**
 * DOM helpers shared by the adapters. Read-only: nothing here changes the page. A helper only one
 * site uses lives in that site's adapter: this module is a chunk both sites' content scripts load.
 */
import type { SelectorChain } from './types';

/** The first match of the first selector in the chain that matches anything. */
export function queryFirst<T extends Element = Element>(root: ParentNode, chain: SelectorChain): T | null {
  for (const selector of chain) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

/** Every match of the first selector in the chain that matches anything. */
export function queryAll<T extends Element = Element>(root: ParentNode, chain: SelectorChain): T[] {
  for (const selector of chain) {
    const found = root.querySelectorAll<T>(selector);
    if (found.length) return [...found];
  }
  return [];
}

/**
 * Whether no ancestor hides the element by attribute or inline style: how webmail hides the views it
 * keeps in the page. Cheap (no style computation), so it can run on every mutation batch.
 */
export function notHidden(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (el.hasAttribute('hidden')) return false;
    if ((el as HTMLElement).style?.display === 'none') return false;
  }
  return true;
}

/** Whether an element is shown, settling with the browser's own check where it has one. */
export function isShown(element: Element): boolean {
  return notHidden(element) && ((element as Element & { checkVisibility?: () => boolean }).checkVisibility?.() ?? true);
}

/** The shown one among several matches (webmail keeps old views in the page, hidden). */
export function firstShown<T extends Element>(elements: readonly T[]): T | null {
  const candidates = elements.filter(notHidden);
  if (candidates.length <= 1) return candidates[0] ?? null;
  return candidates.find(isShown) ?? null;
}

const ADDRESS = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;

/** How many of these elements have content (a body container can be in the page before its text). */
export function countFilled(elements: ArrayLike<Element>): number {
  let n = 0;
  for (let i = 0; i < elements.length; i++) if (elements[i]!.hasChildNodes()) n++;
  return n;
}

/** The element if it has content, else null. */
export function filled<T extends Element>(element: T | null): T | null {
  return element?.hasChildNodes() ? element : null;
}

/** The first e-mail address in a string, lower-cased, or null. */
export function findAddress(text: string | null | undefined): string | null {
  return (text && ADDRESS.exec(text)?.[0].toLowerCase()) || null;
}

/** Plain text of an element's own text content, whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Parses a date as the page shows it; null when the browser cannot read it. */
export function parseShownDate(text: string | null | undefined): string | null {
  if (!text) return null;
  // "Mon, Nov 23, 2026, 10:14 AM" reads well once the comma after the year is a space.
  const time = Date.parse(text.replace(/(\d{4}),/, '$1').replace(/\u202f/g, ' '));
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

// Tag names as regular expressions rather than sets of strings: shorter in the shipped code (both
// sites' content scripts load this module on every webmail page).
/** Elements whose text starts and ends a line. */
const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;
/** Table cells: a space between them. */
const CELL = /^T[DH]$/;
/** Elements whose text is never the message's. */
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|svg|IMG|IFRAME|OBJECT|HEAD|TITLE)$/;

/** Bodies beyond this are cut: detection reads the start of a message, and a huge body must not stall the page. */
export const MAX_BODY_CHARS = 100_000;
const MAX_NODES = 50_000;

export interface TextOptions {
  /** Subtrees left out (quoted history, hidden trimmed content). */
  skip?: string;
  /** Where quoted history starts: the walk stops there. */
  stopAt?: string;
}

/**
 * The text of a message body, with line breaks where blocks and <br>s are. Walks the tree with an
 * explicit stack (no recursion: script-built trees can be thousands of levels deep), reads only
 * text nodes, never markup, and skips scripts, styles and anything hidden by inline style.
 */
export function bodyToText(root: Element, options: TextOptions = {}): string {
  const out: string[] = [];
  let length = 0;
  let visited = 0;
  const stack: (Node | 'newline')[] = [root];
  while (stack.length && length < MAX_BODY_CHARS && visited < MAX_NODES) {
    const item = stack.pop()!;
    visited++;
    if (item === 'newline') {
      out.push('\n');
      continue;
    }
    if (item.nodeType === 3) {
      const text = (item.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' ');
      out.push(text);
      length += text.length;
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    if (el !== root) {
      if (SKIP.test(el.tagName)) continue;
      if (options.stopAt && el.matches(options.stopAt)) break;
      if (options.skip && el.matches(options.skip)) continue;
      if (el.hasAttribute('hidden') || (el as HTMLElement).style?.display === 'none') continue;
    }
    if (el.tagName === 'BR') {
      out.push('\n');
      continue;
    }
    const cell = CELL.test(el.tagName);
    if (cell || BLOCK.test(el.tagName)) {
      out.push(cell ? ' ' : '\n');
      stack.push('newline');
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out
    .join('')
    .slice(0, MAX_BODY_CHARS)
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
