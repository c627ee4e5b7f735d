/** Content script entry on Gmail (manifest `content_scripts`): Gracious with Gmail's adapter only. */
import { gmailAdapter } from '../webmail/gmail/adapter';
import { start } from './start';

void start(gmailAdapter);
