/**
 * extractDetails: company, role, contact(s) and interview time of a job email
 * (contract 1 in ../shared/design.md), and whether the newest message moves the
 * interview. Pure, synchronous, never throws; loaded lazily, only once the
 * classifier has said the email is a job email.
 */
import type { Contact } from '../../messages';
import type { Details, EmailInput, ExtractOptions } from '../types';
import { findCompany } from './company';
import { clearSimCache } from './match';
import { findContacts, findSigner, firstName } from './people';
import { prepare } from './prepare';
import { findRole } from './role';
import { findInterviewAt } from './when';
import { validZone } from './zones';

/**
 * ISO-8601 has four-digit years: a date read against a far-future email date (year 9999) is dropped.
 * (toIso writes the rest of the form; a year past 9999 it writes as "+010000".)
 */
function validInstant(iso: string | null): string | null {
  return iso && /^\d{4}-/.test(iso) && Number.isFinite(Date.parse(iso)) ? iso : null;
}

const EMPTY = (): Details => ({
  company: null,
  role: null,
  contact: null,
  contacts: [],
  interviewAt: null,
  rescheduled: false,
});

const short = (s: string | null, max = 120): string | null => s?.trim().slice(0, max) || null;

export function extractDetails(email: EmailInput, options?: ExtractOptions): Details {
  try {
    const zone = options?.timeZone && validZone(options.timeZone) ? options.timeZone : 'UTC';
    clearSimCache();
    const prep = prepare(email);
    const signer = findSigner(prep);
    const company = findCompany(prep, signer);
    const role = findRole(prep, company);
    const contacts: Contact[] = findContacts(prep, signer);
    let interviewAt: string | null = null;
    let rescheduled = false;
    try {
      const interview = findInterviewAt(prep, zone, options?.kind);
      interviewAt = validInstant(interview.at);
      rescheduled = interview.rescheduled;
    } catch {
      interviewAt = null;
    }
    return {
      company: short(company),
      role: short(role),
      contact: short(firstName(signer), 60),
      contacts,
      interviewAt,
      rescheduled,
    };
  } catch {
    return EMPTY();
  }
}

export type { Details, EmailInput, ExtractOptions };
