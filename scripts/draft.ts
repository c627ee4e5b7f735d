/**
 * Contract 2 of design.md: reads JSON Lines of draft requests on stdin and writes one JSON line
 * per request, in order: {"id", "subject", "body", "warnings"}, or {"id", "error"} for a line that
 * is not JSON or not a valid request. Blank lines are skipped. Exits 1 only if stdin or stdout fail.
 * Usage: npm run --silent draft < requests.jsonl
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import * as v from 'valibot';
import { loadLanguage, writeDraft } from '../src/core/compose';
import { DraftRequestSchema } from '../src/core/compose/schema';
import { describeIssues } from '../src/core/messages';
import { LANGUAGES } from '../src/core/settings';

type Id = string | number | null;

function idOf(value: unknown): Id {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

/** The id of a line that is not valid JSON, when it can still be read. */
function salvageId(line: string): Id {
  const match = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)\s*[,}]/.exec(line);
  if (!match) return null;
  try {
    return JSON.parse(match[1]!) as Id;
  } catch {
    return null;
  }
}

function answer(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: salvageId(line), error: `invalid JSON: ${(error as Error).message}` };
  }
  const id = idOf(value);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { id, error: 'expected a JSON object' };
  const parsed = v.safeParse(DraftRequestSchema, value);
  if (!parsed.success) return { id, error: describeIssues(parsed.issues) };
  try {
    return { id, ...writeDraft(parsed.output) };
  } catch (error) {
    return { id, error: `could not write the draft: ${(error as Error).message}` };
  }
}

async function main(): Promise<void> {
  process.stdout.on('error', () => process.exit(1));
  // A run may ask for any language, line by line: load every bank before the first answer.
  await Promise.all(LANGUAGES.map(loadLanguage));
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (!process.stdout.write(`${JSON.stringify(answer(line))}\n`)) await once(process.stdout, 'drain');
  }
}

main().catch((error: unknown) => {
  console.error(`draft: ${(error as Error).message}`);
  process.exit(1);
});
