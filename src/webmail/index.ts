/** The adapter for each site. */
import type { Site } from '../core/messages';
import { gmailAdapter } from './gmail/adapter';
import { outlookAdapter } from './outlook/adapter';
import type { WebmailAdapter } from './types';

export const ADAPTERS: Readonly<Record<Site, WebmailAdapter>> = { gmail: gmailAdapter, outlook: outlookAdapter };
