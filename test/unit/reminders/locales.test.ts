/** Every reminder string the worker and the popup use exists in `_locales`; none is left unused. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { titleKey } from '../../../src/core/reminders';
import { SITUATIONS } from '../../../src/core/settings';

const ROOT = resolve(import.meta.dirname, '../../..');
const FILES = ['src/core/reminders', 'src/background', 'src/popup/reminders'];
const KEY = /['"`](reminders_[a-z0-9_]+)['"`]/g;

function* files(path: string): Generator<string> {
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const name of readdirSync(path)) yield* files(join(path, name));
}

const used = new Set<string>(SITUATIONS.map((situation) => titleKey({ situation })));
for (const folder of FILES) {
  for (const file of files(join(ROOT, folder))) {
    for (const match of readFileSync(file, 'utf8').matchAll(KEY)) used.add(match[1]!);
  }
}
const catalogue = messages as Record<string, { message: string }>;

describe('reminder strings', () => {
  it('has every key the worker and the popup use, a title for every situation among them', () => {
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !catalogue[key])).toEqual([]);
  });

  it('has no reminder string that nothing uses', () => {
    const mine = Object.keys(catalogue).filter((key) => key.startsWith('reminders_'));
    expect(mine.filter((key) => !used.has(key))).toEqual([]);
  });
});
