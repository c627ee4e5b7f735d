/**
 * How reminders are identified. The key says what a reminder is about (design.md: site, thread key,
 * situation and, for interviews, the interview date), so detecting the same thread again finds the
 * same reminder; the id is a short digest of the key it was created with, safe in URLs and
 * attributes, and stable: when a rescheduled interview moves a reminder to a new key, its id stays
 * (notifications, the popup and the panel refer to it), so nothing may look a reminder up by the
 * digest of its key. `findByKey` reads the key itself.
 */
import type { Site } from '../messages';
import type { Situation } from '../settings';
import type { Reminders } from './model';

/** The calendar date of an ISO timestamp as written (its own offset), e.g. `2026-03-05`. */
export function interviewDay(interviewAt: string | null): string {
  return interviewAt?.slice(0, 10) ?? 'undated';
}

export function reminderKey(site: Site, threadKey: string, situation: Situation, interviewAt: string | null): string {
  const base = `${site}|${situation}|${threadKey}`;
  return situation === 'after-interview' ? `${base}|${interviewDay(interviewAt)}` : base;
}

/** cyrb53: a fast 53-bit string hash; collisions are handled by `idFor`. */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The id for a new reminder with this key: its digest, or the next seed's if another key has it. */
export function idFor(key: string, existing: Reminders): string {
  for (let seed = 0; ; seed++) {
    const id = `r${hash53(key, seed).toString(36)}`;
    const holder = existing[id];
    if (!holder || holder.key === key) return id;
  }
}

export function findByKey(reminders: Reminders, key: string) {
  return Object.values(reminders).find((reminder) => reminder.key === key);
}

/** A person's identity within a reminder: the address when known, else the name. */
export function personKey(name: string, email: string | null): string {
  return email ? email.trim().toLowerCase() : `name:${name.trim().toLowerCase()}`;
}
