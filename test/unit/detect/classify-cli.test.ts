import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const FIELDS = [
  'id',
  'kind',
  'confidence',
  'evidence',
  'company',
  'role',
  'contact',
  'contacts',
  'interviewAt',
  'language',
];

function run(input: string, env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['tsx', 'scripts/classify.ts'], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const lines = result.stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  return { status: result.status, lines, stderr: result.stderr };
}

describe('scripts/classify.ts (contract 1)', { timeout: 60_000 }, () => {
  it('answers each line in order, reports bad lines and goes on', () => {
    const offer = {
      id: 'a',
      subject: 'Offer of employment - Data Analyst',
      from: 'Dana Lee <dana.lee@acme-robotics.example>',
      to: 'Sam Rivera <sam.rivera@mail.example>',
      date: '2026-03-02T09:00:00-05:00',
      body: 'Hi Sam,\n\nWe are delighted to offer you the position of Data Analyst at Acme Robotics.\n\nBest regards,\nDana Lee\nRecruiter, Acme Robotics',
    };
    const interview = {
      id: 7,
      subject: 'Interview invitation',
      from: 'Ann Ko <ann.ko@northwind.example>',
      date: '2026-03-02T09:00:00-05:00',
      body: 'Hi Sam,\n\nWe would like to invite you to an interview on Tuesday, March 10 at 2:30 PM EST.\n\nAnn',
    };
    const marketing = {
      id: 'c',
      subject: '40% off',
      from: 'deals@shop.example',
      body: 'Exclusive offer! Unsubscribe.',
    };
    const input = [
      JSON.stringify(offer),
      '',
      '{"id": "b", "subject": ',
      JSON.stringify({ id: 'no-body', subject: 'x', from: 'y' }),
      JSON.stringify(interview),
      '[1, 2]',
      JSON.stringify({ id: 'bad-body', subject: 'x', from: 'y', body: 42 }),
      JSON.stringify(marketing),
    ].join('\n');
    const { status, lines } = run(input, { TZ: 'America/New_York' });

    expect(status).toBe(0);
    expect(lines).toHaveLength(7);
    expect(Object.keys(lines[0])).toEqual(FIELDS);
    expect(lines[0]).toMatchObject({ id: 'a', kind: 'offer', language: 'en', interviewAt: null });
    expect(lines[0].confidence).toBeGreaterThan(0.5);
    expect(lines[0].confidence).toBeLessThanOrEqual(1);
    expect(lines[0].evidence.length).toBeGreaterThan(0);
    expect(lines[1]).toEqual({ id: 'b', error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[2]).toEqual({ id: 'no-body', error: expect.stringMatching(/body/) });
    expect(Object.keys(lines[3])).toEqual(FIELDS);
    expect(lines[3]).toMatchObject({ id: 7, kind: 'interview' });
    expect(lines[4]).toEqual({ id: null, error: expect.any(String) });
    expect(lines[5]).toEqual({ id: 'bad-body', error: expect.stringMatching(/body/) });
    expect(lines[6]).toEqual({
      id: 'c',
      kind: 'other',
      confidence: expect.any(Number),
      evidence: expect.any(Array),
      company: null,
      role: null,
      contact: null,
      contacts: [],
      interviewAt: null,
      language: 'en',
    });
  });

  it("reads the time of an invitation in the classifier's eyes, worded without an interview word", () => {
    const secondStage = {
      id: 's',
      subject: 'Next steps',
      from: 'Danny Roe <danny@keyrecruit.example>',
      date: '2026-05-04T09:00:00+01:00',
      body: 'Hi Sam,\n\nGood news, the client wants to see you again: 2nd stage with their operations director, Thursday 7 May 10:30 at the Kettering depot. Can you make it?\n\nDanny',
    };
    const { lines } = run(JSON.stringify(secondStage), { TZ: 'Europe/London' });
    expect(lines[0]).toMatchObject({ id: 's', kind: 'interview', interviewAt: '2026-05-07T10:30:00+01:00' });
  });

  it('exits 0 on empty input', () => {
    const { status, lines } = run('');
    expect(status).toBe(0);
    expect(lines).toEqual([]);
  });
});
