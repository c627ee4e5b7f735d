/**
 * The inline control (contract 3): one host element carrying `data-gracious-kind`, with an open
 * shadow root holding a real <button>. It shows only the kind of email, never its text.
 */
import type { JobKind, Site } from '../core/messages';
import { message } from '../platform/content-runtime';
import { CONTROL_ATTRIBUTE } from './gracious';
import { adoptStyles, isDarkBehind } from './theme';

const CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 8px; }
button {
  font: 500 12px/16px "Google Sans", Roboto, Arial, sans-serif; letter-spacing: .2px;
  display: inline-flex; align-items: center; gap: 6px; cursor: pointer;
  padding: 4px 12px; border-radius: 16px; border: 1px solid transparent;
  background: #e8f0fe; color: #0b57d0;
}
button:hover { background: #d3e3fd; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
button[aria-expanded="true"] { background: #c2d7fb; }
.mark { font-weight: 700; }
:host([data-gracious-theme="dark"]) button { background: #004a77; color: #c2e7ff; }
:host([data-gracious-theme="dark"]) button:hover { background: #0b5a8c; }
:host([data-gracious-theme="dark"]) button:focus-visible { outline-color: #a8c7fa; }
:host([data-gracious-site="outlook"]) button {
  font: 600 12px/16px "Segoe UI", "Segoe UI Web (West European)", -apple-system, sans-serif;
  border-radius: 4px; border-color: #b4d6fa; background: #ebf3fc; color: #0f6cbd;
}
:host([data-gracious-site="outlook"]) button:hover { background: #cfe4fa; }
:host([data-gracious-site="outlook"]) button:focus-visible { outline-color: #0f6cbd; }
:host([data-gracious-site="outlook"][data-gracious-theme="dark"]) button { background: #082338; border-color: #0f548c; color: #62abf5; }
:host([data-gracious-site="outlook"][data-gracious-theme="dark"]) button:focus-visible { outline-color: #62abf5; }
`;

export interface Control {
  host: HTMLElement;
  button: HTMLButtonElement;
  kind: JobKind;
  threadKey: string;
  remove(): void;
}

export function createControl(options: {
  doc: Document;
  site: Site;
  kind: JobKind;
  threadKey: string;
  onActivate(control: Control): void;
}): Control {
  const { doc, site, kind } = options;
  const host = doc.createElement('span');
  host.setAttribute(CONTROL_ATTRIBUTE, kind);
  host.setAttribute('data-gracious-site', site);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, CSS);
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.title = message(`webmail_control_title_${kind}`);
  const mark = doc.createElement('span');
  mark.className = 'mark';
  mark.textContent = 'Gracious';
  const label = doc.createElement('span');
  label.textContent = message(`webmail_control_${kind}`);
  button.append(mark, label);
  root.append(button);
  const control: Control = {
    host,
    button,
    kind,
    threadKey: options.threadKey,
    remove: () => host.remove(),
  };
  button.addEventListener('click', () => options.onActivate(control));
  return control;
}

/** Puts the control in the page and picks its theme from what the site paints around it. */
export function placeControl(control: Control, where: { after: Element } | { inside: Element }): void {
  if ('after' in where) where.after.after(control.host);
  else where.inside.append(control.host);
  const anchor = 'after' in where ? where.after : where.inside;
  control.host.setAttribute('data-gracious-theme', isDarkBehind(anchor) ? 'dark' : 'light');
}
