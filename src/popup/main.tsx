import { render } from 'preact';
import { addUiStyles } from '../ui/styles';
import { App } from './app';
import { StoreContext } from './context';
import { browserServices } from './services';
import { createStore } from './store';
import './popup.css';

const store = createStore(browserServices);
addUiStyles(document);
render(
  <StoreContext value={store}>
    <App />
  </StoreContext>,
  document.getElementById('app')!,
);
// What `npm run bench` reads as the popup's time to first render.
performance.mark('gracious:first-render');
void store.start();
