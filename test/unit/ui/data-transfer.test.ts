/** Export and import of all stored data (the options page's "Your data"), pure parts. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import {
  EXPORT_FORMAT,
  loadStored,
  readExportFile,
  SCHEMA_VERSION,
  type StoredData,
  toExportFile,
} from '../../../src/core/storage/schema';

const NOW = new Date('2026-03-05T10:00:00Z');

function stored(): StoredData {
  const { data } = loadStored({});
  return {
    ...data,
    settings: { ...DEFAULT_SETTINGS, userName: 'Sam Rivera', snoozeLimit: 5 },
    hiddenThreads: ['gmail:thread-1'],
    quarantine: [{ key: 'settings', reason: 'old junk', at: 1, value: 'junk' }],
  };
}

/** What JSON.stringify → file → JSON.parse does to an export. */
const throughFile = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('toExportFile', () => {
  it('holds every stored key but the set-aside values, tagged as a Gracious export', () => {
    const data = stored();
    const file = toExportFile(data, NOW);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW.toISOString() });
    const dataKeys = Object.keys(data).filter((key) => key !== 'quarantine');
    expect(Object.keys(file).sort()).toEqual([...dataKeys, 'format', 'version', 'exportedAt'].sort());
    expect(file).not.toHaveProperty('quarantine');
  });
});

describe('readExportFile', () => {
  it('reads back what was exported (round trip)', () => {
    const data = stored();
    const result = readExportFile(throughFile(toExportFile(data, NOW)));
    expect(result).toEqual({ ok: true, data: { ...data, quarantine: [] } });
  });

  it('rejects what is not a Gracious export', () => {
    for (const file of [null, 'text', [1, 2], {}, { format: 'other', version: 1 }, { format: EXPORT_FORMAT }]) {
      expect(readExportFile(file)).toMatchObject({ ok: false, problem: 'not-an-export' });
    }
  });

  it('rejects a file from a newer version instead of half-reading it', () => {
    const file = throughFile(toExportFile(stored(), NOW));
    expect(readExportFile({ ...file, version: 2 })).toMatchObject({ ok: false, problem: 'newer-version' });
    expect(readExportFile({ ...file, schemaVersion: SCHEMA_VERSION + 1 })).toMatchObject({
      ok: false,
      problem: 'newer-version',
    });
  });

  it('rejects a file without settings or a schema version', () => {
    const { settings: _settings, ...noSettings } = throughFile(toExportFile(stored(), NOW));
    expect(readExportFile(noSettings)).toEqual({ ok: false, problem: 'missing-part', detail: 'settings' });
    const { schemaVersion: _version, ...noVersion } = throughFile(toExportFile(stored(), NOW));
    expect(readExportFile(noVersion)).toEqual({ ok: false, problem: 'missing-part', detail: 'schemaVersion' });
  });

  it('rejects parts it does not know, including set-aside values', () => {
    const file = throughFile(toExportFile(stored(), NOW));
    expect(readExportFile({ ...file, passwords: [] })).toEqual({
      ok: false,
      problem: 'unknown-part',
      detail: 'passwords',
    });
    expect(readExportFile({ ...file, quarantine: [] })).toEqual({
      ok: false,
      problem: 'unknown-part',
      detail: 'quarantine',
    });
  });

  it('rejects the whole file when any part is invalid, and says which', () => {
    const file = throughFile(toExportFile(stored(), NOW));
    const badSettings = readExportFile({ ...file, settings: { ...file.settings, snoozeLimit: 99 } });
    expect(badSettings).toMatchObject({
      ok: false,
      problem: 'invalid-part',
      detail: expect.stringContaining('settings'),
    });
    const badThreads = readExportFile({ ...file, hiddenThreads: 'all of them' });
    expect(badThreads).toMatchObject({
      ok: false,
      problem: 'invalid-part',
      detail: expect.stringContaining('hiddenThreads'),
    });
  });

  it('migrates a file written by an older schema version', () => {
    const file = {
      format: EXPORT_FORMAT,
      version: 1,
      schemaVersion: 1,
      settings: { userName: 'Sam' },
      hiddenThreads: [],
    };
    const result = readExportFile(file);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.schemaVersion).toBe(SCHEMA_VERSION);
      expect(result.data.settings).toEqual({ ...DEFAULT_SETTINGS, userName: 'Sam' });
    }
  });
});
