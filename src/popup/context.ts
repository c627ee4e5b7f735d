import type { ComponentChildren } from 'preact';
import type { PopupStore } from './store';

/**
 * The popup's store, for its views. A document holds one popup, so the store is this module's
 * rather than a Preact context: createContext and useContext would come into the shared Preact
 * chunk, and with it into every job email's part (0.2 KB gzip) and the popup's first render.
 */
let current: PopupStore | null = null;

/** Makes `value` the store of the views rendered inside it. */
export function StoreContext(props: { value: PopupStore; children: ComponentChildren }) {
  current = props.value;
  return props.children;
}

export function useStore(): PopupStore {
  if (!current) throw new Error('useStore: render the popup inside <StoreContext value={createStore(...)}>');
  return current;
}
