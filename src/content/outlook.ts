/** Content script entry on Outlook (manifest `content_scripts`): Gracious with Outlook's adapter only. */
import { outlookAdapter } from '../webmail/outlook/adapter';
import { start } from './start';

void start(outlookAdapter);
