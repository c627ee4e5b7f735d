/**
 * What the content script tells the worker about a job email ("detected", and "Remind me" from the
 * panel): the details, cut to the lengths the message map accepts (src/core/messages.ts), so that
 * a long company line or a crowded thread is shortened rather than refused.
 */
import type { Contact } from '../core/messages';

export function reportedDetails(
  details: { company: string | null; role: string | null; interviewAt: string | null },
  contacts: readonly Contact[],
): { company: string | null; role: string | null; contacts: Contact[]; interviewAt: string | null } {
  return {
    company: details.company?.slice(0, 500) ?? null,
    role: details.role?.slice(0, 500) ?? null,
    contacts: contacts.slice(0, 20).map((c) => ({
      name: c.name.slice(0, 500),
      email: c.email && c.email.length <= 320 ? c.email : null,
      role: c.role,
    })),
    interviewAt: details.interviewAt,
  };
}
