/**
 * The one storage schema of Gracious (`storage.local`), with its version and numbered migrations.
 * Pure: the worker reads everything, passes it through `loadStored`, and writes back what changed.
 * A value that fails validation is set aside under `quarantine` (reported, never silently wiped),
 * and the rest of the store keeps working.
 */
import * as v from 'valibot';
import { parseReminders, type Reminders } from '../reminders/model';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { SettingsSchema } from '../settings-schema';

export const SCHEMA_VERSION = 2;

export const STORAGE_KEYS = {
  schemaVersion: 'schemaVersion',
  settings: 'settings',
  hiddenThreads: 'hiddenThreads',
  quarantine: 'quarantine',
  reminders: 'reminders',
} as const;

export const HiddenThreadsSchema = v.pipe(v.array(v.pipe(v.string(), v.maxLength(250))), v.maxLength(5000));

export interface QuarantinedValue {
  key: string;
  reason: string;
  at: number;
  value: unknown;
}

/** Everything Gracious keeps, as the current version describes it. */
export interface StoredData {
  schemaVersion: number;
  settings: Settings;
  hiddenThreads: string[];
  quarantine: QuarantinedValue[];
  /** By id; see src/core/reminders/model.ts. */
  reminders: Reminders;
}

/** Old shapes are kept as types so each migration says what it reads. */
// biome-ignore lint/complexity/noBannedTypes: version 0 is "nothing stored yet", an empty record.
export type StoredV0 = {};

/** Version 1: settings, hidden threads and set-aside values; no reminders yet. */
export interface StoredV1 {
  schemaVersion: 1;
  settings?: Settings;
  hiddenThreads?: string[];
  quarantine?: QuarantinedValue[];
}

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns version n-1 data into version n. */
export const migrations: Record<number, Migration> = {
  1: (data: StoredV0) => ({ ...data, schemaVersion: 1 }),
  // Reads a StoredV1. Reminders found anyway (a damaged version number re-runs this) are kept.
  2: (data) => ({ ...data, schemaVersion: 2, reminders: data[STORAGE_KEYS.reminders] ?? {} }),
};

export interface LoadResult {
  data: StoredData;
  /** Keys whose stored value must be written back (migrated, defaulted or set aside). */
  changed: string[];
  /** Human-readable reports of values that were set aside. */
  problems: string[];
}

function storedVersion(raw: Record<string, unknown>): number {
  const n = raw[STORAGE_KEYS.schemaVersion];
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0;
}

/** Validates and migrates whatever `storage.local` held; never throws. */
export function loadStored(raw: Record<string, unknown>, now = Date.now()): LoadResult {
  const changed = new Set<string>();
  const problems: string[] = [];
  let data: Record<string, unknown> = { ...raw };
  const from = storedVersion(raw);
  if (from > SCHEMA_VERSION) {
    problems.push(`stored schema version ${from} is newer than this build (${SCHEMA_VERSION}); reading what fits`);
  }
  for (let version = from + 1; version <= SCHEMA_VERSION; version++) {
    const migrate = migrations[version];
    if (migrate) data = migrate(data);
    changed.add(STORAGE_KEYS.schemaVersion);
  }

  const quarantine: QuarantinedValue[] = Array.isArray(raw[STORAGE_KEYS.quarantine])
    ? (raw[STORAGE_KEYS.quarantine] as QuarantinedValue[]).slice(-50)
    : [];
  /** `key` names what was set aside (e.g. one reminder); `storageKey` is the stored item to rewrite. */
  const setAside = (key: string, value: unknown, reason: string, storageKey = key) => {
    quarantine.push({ key, reason, at: now, value });
    problems.push(`${key}: ${reason}; the value was set aside under "quarantine"`);
    changed.add(storageKey);
    changed.add(STORAGE_KEYS.quarantine);
  };

  let settings = DEFAULT_SETTINGS;
  if (STORAGE_KEYS.settings in data) {
    // Fill settings added since the value was written, then validate the whole. Spreading a
    // string or array would pass as defaults, so anything but a plain object is set aside.
    const stored = data[STORAGE_KEYS.settings];
    const isObject = typeof stored === 'object' && stored !== null && !Array.isArray(stored);
    const parsed = isObject ? v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, ...stored }) : null;
    if (parsed?.success) settings = parsed.output;
    else setAside(STORAGE_KEYS.settings, stored, 'settings did not match the schema');
  }

  let hiddenThreads: string[] = [];
  if (STORAGE_KEYS.hiddenThreads in data) {
    const parsed = v.safeParse(HiddenThreadsSchema, data[STORAGE_KEYS.hiddenThreads]);
    if (parsed.success) hiddenThreads = parsed.output;
    else
      setAside(STORAGE_KEYS.hiddenThreads, data[STORAGE_KEYS.hiddenThreads], 'hidden threads were not a list of keys');
  }

  // Each reminder is checked on its own: one bad value is set aside, the others stay.
  let reminders: Reminders = {};
  if (STORAGE_KEYS.reminders in data) {
    const parsed = parseReminders(data[STORAGE_KEYS.reminders]);
    if (!parsed) setAside(STORAGE_KEYS.reminders, data[STORAGE_KEYS.reminders], 'reminders were not a record by id');
    else {
      reminders = parsed.reminders;
      for (const bad of parsed.rejected) {
        setAside(`${STORAGE_KEYS.reminders}.${bad.id}`, bad.value, bad.reason, STORAGE_KEYS.reminders);
      }
    }
  }

  return {
    data: { schemaVersion: SCHEMA_VERSION, settings, hiddenThreads, quarantine, reminders },
    changed: [...changed],
    problems,
  };
}

/** Whether the user has never finished the welcome: decided from what is stored, not the install reason. */
export function needsWelcome(raw: Record<string, unknown>): boolean {
  return !(STORAGE_KEYS.settings in raw);
}

/** An export file: everything stored except values set aside, tagged so an import can recognise it. */
export const EXPORT_FORMAT = 'gracious-export';
export const EXPORT_VERSION = 1;
export type ExportFile = { format: typeof EXPORT_FORMAT; version: number; exportedAt: string } & Omit<
  StoredData,
  'quarantine'
>;

/** Spreads the data, so keys added to `StoredData` later are exported without listing them here. */
export function toExportFile(data: StoredData, now: Date): ExportFile {
  const { quarantine: _setAside, ...kept } = data;
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), ...kept };
}

export type ImportProblem = 'not-an-export' | 'newer-version' | 'missing-part' | 'unknown-part' | 'invalid-part';
export type ImportCheck = { ok: true; data: StoredData } | { ok: false; problem: ImportProblem; detail: string };

/**
 * Validates an export file as strictly as stored data is read, but all or nothing: any part that
 * `loadStored` would set aside rejects the whole file, with the part and the reason.
 */
export function readExportFile(file: unknown): ImportCheck {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return { ok: false, problem: 'not-an-export', detail: 'not a JSON object' };
  }
  const { format, version, exportedAt: _exportedAt, ...parts } = file as Record<string, unknown>;
  if (format !== EXPORT_FORMAT || typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'not-an-export', detail: `"format" is not "${EXPORT_FORMAT}"` };
  }
  if (version > EXPORT_VERSION) return { ok: false, problem: 'newer-version', detail: `export version ${version}` };
  const schemaVersion = parts[STORAGE_KEYS.schemaVersion];
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 0) {
    return { ok: false, problem: 'missing-part', detail: STORAGE_KEYS.schemaVersion };
  }
  if (schemaVersion > SCHEMA_VERSION) {
    return { ok: false, problem: 'newer-version', detail: `schema version ${schemaVersion}` };
  }
  if (!(STORAGE_KEYS.settings in parts)) return { ok: false, problem: 'missing-part', detail: STORAGE_KEYS.settings };
  const known = Object.keys(loadStored({}).data).filter((key) => key !== STORAGE_KEYS.quarantine);
  const unknown = Object.keys(parts).find((key) => !known.includes(key));
  if (unknown) return { ok: false, problem: 'unknown-part', detail: unknown };

  const { data, problems } = loadStored(parts);
  const rejected = data.quarantine[0];
  if (rejected) return { ok: false, problem: 'invalid-part', detail: `${rejected.key}: ${rejected.reason}` };
  if (problems[0]) return { ok: false, problem: 'invalid-part', detail: problems[0] };
  return { ok: true, data };
}
