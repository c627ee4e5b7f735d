import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('scripts/draft.ts', () => {
  it('answers each line in order, reports bad lines and goes on', () => {
    const valid = {
      id: 'a',
      situation: 'decline-offer',
      tone: 'warm',
      sender: { name: 'Sam Rivera' },
      recipient: { name: 'Dana Lee', role: 'recruiter' },
      company: 'Acme Robotics',
      jobTitle: 'Senior Designer',
    };
    const input = [
      JSON.stringify(valid),
      '',
      '{"id": "b", "situation": ',
      JSON.stringify({ ...valid, id: 3, tone: 'casual' }),
      '',
    ].join('\n');
    const run = spawnSync('npx', ['tsx', 'scripts/draft.ts'], { cwd: root, input, encoding: 'utf8' });

    expect(run.status).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0])).toEqual(['id', 'subject', 'body', 'warnings']);
    expect(lines[0]).toMatchObject({
      id: 'a',
      subject: 'Thank you — Senior Designer offer at Acme Robotics',
      warnings: [],
    });
    expect(lines[0].body).toMatch(/^Hi Dana,\n\nThank you/);
    expect(lines[1]).toEqual({ id: 'b', error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[2]).toEqual({ id: 3, error: expect.stringMatching(/^tone: /) });
  }, 30_000);
});
