/**
 * The saved webmail pages move their dates to the week of the run (fixtures/webmail/dates.ts), so
 * the end-to-end tests see the same situation on any date. These tests hold that up without
 * waiting for the calendar: the files are the pages as saved, every week of the coming years
 * still reads as the fixture says (the kind of each thread, the interview each email proposes),
 * and the run's week keeps every email behind the clock and the interviews ahead of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract/index';
import { classifyEmail, type EmailInput } from '../../../src/core/detect/index';
import { SAVED_ON, shiftFor } from '../../fixtures/webmail/dates';
import { pageHtml } from '../../fixtures/webmail/pages';
import { type FixtureThread, PAGES, threadsFor, USER_ADDRESS } from '../../fixtures/webmail/threads';
import { FIXTURES } from './fixture-dom';

const DAY = 86_400_000;
const SAVED = Date.parse(`${SAVED_ON}T00:00:00Z`);
/**
 * The days the pages move in the runs checked here: every week of the year after the pages were
 * saved (every month, a year's turn, both daylight-saving changes), and that week in years around it.
 */
const WEEKS = [
  ...Array.from({ length: 53 }, (_, week) => week * 7),
  ...[-1, 2, 3, 5, 10].map((years) => years * 52 * 7),
];

describe('the saved pages', () => {
  it.each(PAGES.map((p) => [`${p.site}/${p.name}.html`, p] as const))('%s is the page as saved', (file, page) => {
    expect(readFileSync(join(FIXTURES, file), 'utf8'), 'run: npx tsx test/fixtures/webmail/generate.ts').toBe(
      pageHtml(page, 0),
    );
  });

  it('are served in the week of the run: the run is always in the saved week, moved', () => {
    for (const now of [SAVED - 1, SAVED, SAVED + 6.99 * DAY, SAVED + 7 * DAY, SAVED + 10 * DAY, SAVED + 800 * DAY]) {
      const shift = shiftFor(now);
      expect(Math.abs(shift % 7)).toBe(0);
      expect(now - shift * DAY).toBeGreaterThanOrEqual(SAVED);
      expect(now - shift * DAY).toBeLessThan(SAVED + 7 * DAY);
    }
  });

  it('date every email before the saved day, and the interviews still to come after the saved week', () => {
    // So in the run's week every email is in the past, and an interview a job email sets up is ahead.
    for (const thread of threadsFor(0)) {
      for (const message of thread.messages) expect(Date.parse(message.date)).toBeLessThan(SAVED);
      const newest = thread.messages.findLast((m) => m.interviewAt);
      if (thread.expect === 'interview' && newest?.interviewAt) {
        expect(Date.parse(newest.interviewAt)).toBeGreaterThan(SAVED + 7 * DAY);
      }
    }
    const rescheduled = threadsFor(0).find((t) => t.key === 'interview-rescheduled')!;
    expect(Date.parse(rescheduled.messages[0]!.interviewAt!), 'the interview it moves').toBeGreaterThan(
      SAVED + 7 * DAY,
    );
  });

  it('keep the sender’s clock time and weekday in every week, with the offset of the day', () => {
    for (const shift of WEEKS) {
      const globex = threadsFor(shift).find((t) => t.key === 'interview-globex')!;
      const at = globex.messages[0]!.interviewAt!;
      expect(at).toMatch(/T14:30:00-0[78]:00$/);
      expect(new Date(at).getUTCDay()).toBe(4);
      expect(globex.messages[0]!.html).toMatch(/Thursday, \w+ \d+, \d{4} at 2:30 PM P[SD]T /);
    }
  });
});

/**
 * The newest email from others in the thread, as detection gets it: its body as plain text (the
 * adapters' reading of the rendered page is tested on the saved pages in adapters.test.ts).
 */
function newestEmail(thread: FixtureThread): EmailInput | null {
  const message = thread.messages.findLast((m) => !m.collapsed && m.from.email !== 'USER');
  if (!message) return null;
  const body = message.html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d|table)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return {
    subject: thread.subject,
    from: `${message.from.name} <${message.from.email}>`,
    to: USER_ADDRESS.gmail,
    date: message.date,
    body,
  };
}

describe('every week of the coming years', () => {
  it('each thread reads as the fixture says: its kind, and the interview its newest email proposes', {
    timeout: 60_000,
  }, () => {
    const wrong: string[] = [];
    for (const shift of WEEKS) {
      for (const thread of threadsFor(shift)) {
        const email = newestEmail(thread);
        if (!email) continue;
        const kind = classifyEmail(email).kind;
        const interviewAt = extractDetails(email, { timeZone: 'UTC', kind }).interviewAt;
        const proposed = thread.messages.findLast((m) => !m.collapsed && m.from.email !== 'USER')?.interviewAt;
        const want = thread.expect === 'interview' ? (proposed ?? null) : null;
        if (kind !== (thread.expect ?? 'other') || interviewAt !== want) {
          wrong.push(`${shift} days, ${thread.key}: ${kind} ${interviewAt}, want ${thread.expect} ${want}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
