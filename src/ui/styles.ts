/**
 * The shared sheet as text, so one call styles an extension page or a shadow root alike (a
 * `<link>` would not reach into a shadow root, and a content script has no page stylesheet).
 */
import css from './styles.css?inline';

/** Adds the shared sheet once to a document's head or to a shadow root, before anything renders. */
export function addUiStyles(root: Document | ShadowRoot): void {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const parent = root instanceof Document ? root.head : root;
  if (parent.querySelector('style[data-gracious-styles]')) return;
  const style = doc.createElement('style');
  style.dataset.graciousStyles = '';
  style.textContent = css;
  parent.append(style);
}
