import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PopupStore } from './store';

export const StoreContext = createContext<PopupStore | null>(null);

export function useStore(): PopupStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore: render the popup inside <StoreContext value={createStore(...)}>');
  return store;
}
