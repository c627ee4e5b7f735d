/**
 * Runs one section of `npm run bench` (bench/run.ts) in a process of its own and prints its lines:
 * `tsx bench/section.ts <file> <exported function>`. Timings of a few microseconds read 10–20%
 * higher in the process that has just run the whole vite build (its heap and JIT state), and a
 * webmail page never runs after one.
 */
import { resolve } from 'node:path';

const [file, exported] = process.argv.slice(2);
if (!file || !exported) throw new Error('usage: tsx bench/section.ts <file> <exported function>');
const module = (await import(resolve(import.meta.dirname, file))) as Record<string, () => Promise<string[]>>;
const run = module[exported];
if (!run) throw new Error(`${file} does not export ${exported}`);
for (const text of await run()) console.log(text);
