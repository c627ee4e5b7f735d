/**
 * The inline control (contract 3): one host element carrying `data-gracious-kind`, with an open
 * shadow root holding a real <button>. It shows only the kind of email, never its text.
 */
import type { JobKind, Site } from '../core/messages';
import { t } from '../ui/i18n';
import CSS from './control.css?inline';
import { CONTROL_ATTRIBUTE } from './gracious';
import { adoptStyles, isDarkBehind } from './theme';

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
  button.title = t(`webmail_control_title_${kind}`);
  const mark = doc.createElement('span');
  mark.className = 'mark';
  mark.textContent = 'Gracious';
  const label = doc.createElement('span');
  label.textContent = t(`webmail_control_${kind}`);
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
  const anchor = 'after' in where ? where.after : where.inside;
  if ('after' in where) anchor.after(control.host);
  else anchor.append(control.host);
  control.host.setAttribute('data-gracious-theme', isDarkBehind(anchor) ? 'dark' : 'light');
}
