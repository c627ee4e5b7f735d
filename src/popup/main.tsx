import { render } from 'preact';
import { addUiStyles } from '../ui/styles';
import { App } from './app';
import { StoreContext } from './context';
import popupCss from './popup.css?inline';
import remindersCss from './reminders/reminders.css?inline';
import { browserServices } from './services';
import { createStore } from './store';

const store = createStore(browserServices);
// The popup's own sheets (the reminders list's too, though its code loads later) come with this
// script rather than as a <link>, one file fewer to fetch before the first render, and go before
// the shared sheet, where the <link> stood, so the shared sheet still wins ties.
const popupStyles = document.createElement('style');
popupStyles.textContent = popupCss + remindersCss;
document.head.append(popupStyles);
addUiStyles(document);
render(
  <StoreContext value={store}>
    <App />
  </StoreContext>,
  document.getElementById('app')!,
);
// What `npm run bench` reads as the popup's time to first render: the header and the view the
// user lands on are in the document (the reminders fill in when read).
performance.mark('gracious:first-render');
void store.start();
