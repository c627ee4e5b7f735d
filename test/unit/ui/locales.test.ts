/** Every UI string the popup, options and shared UI use exists in `_locales`, with its placeholders. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';

const ROOT = resolve(import.meta.dirname, '../../..');
const FOLDERS = ['src/popup', 'src/options', 'src/ui'];
const KEY = /['"`]((?:ui|popup|options|welcome)_[a-z0-9_]+)['"`]/g;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

const used = new Set<string>();
for (const folder of FOLDERS) {
  for (const file of files(join(ROOT, folder))) {
    for (const match of readFileSync(file, 'utf8').matchAll(KEY)) used.add(match[1]!);
  }
}
const catalogue = messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('UI strings', () => {
  it('finds the keys the pages use', () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it('has every key the pages use', () => {
    expect([...used].filter((key) => !catalogue[key])).toEqual([]);
  });

  it('has no strings of these pages that nothing uses', () => {
    const mine = Object.keys(catalogue).filter((key) => /^(ui|popup|options|welcome)_/.test(key));
    expect(mine.filter((key) => !used.has(key))).toEqual([]);
  });

  it('defines every placeholder a message names', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      for (const [, name] of entry.message.matchAll(/\$(\w+)\$/g)) {
        expect(entry.placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
      }
    }
  });
});
