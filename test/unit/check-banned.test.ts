import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProblems } from '../../scripts/check-banned';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gracious-banned-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('check-banned', () => {
  it.each([
    ['el.innerHTML = text;'],
    ['el.insertAdjacentHTML("beforeend", text);'],
    ['el.outerHTML = text;'],
    ['<div dangerouslySetInnerHTML={{ __html: t }} />'],
    ['eval(code);'],
    ['const f = new Function("return 1");'],
    ['fetch("https://example.com");'],
  ])('flags %s', (line) => {
    expect(findProblems(tree({ 'content/a.ts': line }))).toHaveLength(1);
  });

  it('flags imports that cross where code runs', () => {
    const root = tree({
      'popup/a.ts': "import { x } from '../background/b';",
      'core/c.ts': "import { browser } from '../platform/browser';",
      'background/b.ts': 'export const x = 1;',
      'platform/browser.ts': 'export const browser = 1;',
    });
    expect(findProblems(root)).toHaveLength(2);
  });

  it('accepts safe code', () => {
    const root = tree({
      'content/a.ts': "import { x } from '../core/y';\nel.textContent = text; // innerHTML is banned",
    });
    expect(findProblems(root)).toEqual([]);
  });
});
