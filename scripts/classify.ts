/**
 * Contract 1 of design.md: reads JSON Lines of emails on stdin ({"id", "subject", "from", "to"?,
 * "date"?, "body"}) and writes one JSON line per email, in order:
 *   {"id", "kind", "confidence", "evidence", "company", "role", "contact", "contacts",
 *    "interviewAt", "language"}
 * or {"id", "error"} for a line that is not JSON or has no string "body". Blank lines are skipped.
 * Extraction runs only for job emails; interviewAt only for interviews. Time zone: TZ, else UTC.
 * Exits 1 only if stdin or stdout fail.
 * Usage: npm run --silent classify < emails.jsonl
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { classifyEmail } from '../src/core/detect';
import { extractDetails } from '../src/core/detect/extract';
import type { Details, EmailInput } from '../src/core/detect/types';

type Id = string | number | null;

function idOf(value: unknown): Id {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

/** The id of a line that is not valid JSON, when it can still be read. */
function salvageId(line: string): Id {
  const match = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)\s*[,}]/.exec(line.slice(0, 10_000));
  if (!match) return null;
  try {
    return JSON.parse(match[1] ?? '') as Id;
  } catch {
    return null;
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const NO_DETAILS: Details = { company: null, role: null, contact: null, contacts: [], interviewAt: null };

function answer(line: string, timeZone: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: salvageId(line), error: `invalid JSON: ${(error as Error).message}` };
  }
  const id = idOf(value);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { id, error: 'expected a JSON object' };
  const record = value as Record<string, unknown>;
  if (!('body' in record)) return { id, error: 'missing "body"' };
  if (typeof record.body !== 'string') return { id, error: '"body" must be a string' };
  const email: EmailInput = {
    subject: text(record.subject),
    from: text(record.from),
    body: record.body,
    ...(typeof record.to === 'string' ? { to: record.to } : {}),
    ...(typeof record.date === 'string' ? { date: record.date } : {}),
  };
  const { kind, confidence, evidence, language } = classifyEmail(email);
  let details = NO_DETAILS;
  if (kind !== 'other') {
    try {
      details = extractDetails(email, { timeZone, kind });
    } catch {
      details = NO_DETAILS;
    }
  }
  return {
    id,
    kind,
    confidence,
    evidence,
    company: details.company,
    role: details.role,
    contact: details.contact,
    contacts: details.contacts,
    interviewAt: kind === 'interview' ? details.interviewAt : null,
    language,
  };
}

async function main(): Promise<void> {
  process.stdout.on('error', () => process.exit(1));
  process.stdin.on('error', () => process.exit(1));
  const timeZone = process.env.TZ || 'UTC';
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let out: Record<string, unknown>;
    try {
      out = answer(line, timeZone);
    } catch (error) {
      out = { id: salvageId(line), error: `could not classify: ${(error as Error).message}` };
    }
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await once(process.stdout, 'drain');
  }
}

main().catch((error: unknown) => {
  console.error(`classify: ${(error as Error).message}`);
  process.exit(1);
});
