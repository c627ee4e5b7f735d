import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, OptionsPage, WelcomePage } from './pages/extension-pages';
import { type LaunchedExtension, launchExtension } from './support/extension';

let extension: LaunchedExtension;

/** What the worker has stored, read straight from storage.local. */
async function stored(): Promise<Record<string, unknown>> {
  const worker = await extension.worker();
  return worker.evaluate(() => chrome.storage.local.get(null));
}

async function storedSettings(): Promise<Record<string, unknown>> {
  return ((await stored()).settings ?? {}) as Record<string, unknown>;
}

beforeAll(async () => {
  extension = await launchExtension();
});

afterEach(() => {
  expect(extension.consoleErrors).toEqual([]);
});

afterAll(async () => {
  await extension?.close();
});

describe('the welcome page', () => {
  it('opens on first install, says what Gracious does, and saves the name', async () => {
    const welcome = await WelcomePage.opened(extension);
    expect(await welcome.heading()).toBe('Welcome to Gracious');
    await expect.poll(() => welcome.page.locator('main').textContent()).toContain('stays in this browser');
    for (const colorScheme of ['light', 'dark'] as const) {
      await welcome.page.emulateMedia({ colorScheme });
      expect(await axeViolations(welcome.page), colorScheme).toEqual([]);
    }
    expect('settings' in (await stored())).toBe(false);

    await welcome.saveName('Sam Rivera');
    await expect.poll(() => welcome.status().textContent()).toContain('Sam Rivera');
    expect(await storedSettings()).toMatchObject({ userName: 'Sam Rivera' });
    await expect
      .poll(() => welcome.settingsLink().getAttribute('href'))
      .toBe(extension.extensionUrl('src/options/index.html'));
    await welcome.page.close();
  });
});

describe('the options page', () => {
  it('has no accessibility violations, light and dark', async () => {
    const options = await OptionsPage.openOptions(extension);
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.page.emulateMedia({ colorScheme });
      expect(await axeViolations(options.page), colorScheme).toEqual([]);
    }
    await options.page.close();
  });

  it('saves every setting, confirms it, and shows the same values after a reload', async () => {
    const options = await OptionsPage.openOptions(extension);
    await options.field('Your name').fill('Samantha Rivera');
    await options.field(/^Signature/).fill('Samantha Rivera\n+1 555 0100');
    await options.field('Default tone').selectOption('formal');
    await options.field('Default language').selectOption('de');
    await options.field('Withdrawing (hours)').fill('4');
    await options.field('After an interview (hours)').fill('12');
    await options.field('Ask me before creating a reminder').check();
    await options.field('Quiet hours: no notifications between these times').uncheck();
    await options.field('Quiet from').fill('22:30');
    await options.field('Snoozes per reminder').fill('5');
    await options.field('Keep in touch after').selectOption('0');
    await options.field('Outlook').uncheck();
    await options.save();
    await expect.poll(() => options.settingsStatus().textContent()).toBe('Settings saved.');

    await options.reload();
    expect(await options.field('Your name').inputValue()).toBe('Samantha Rivera');
    expect(await options.field(/^Signature/).inputValue()).toBe('Samantha Rivera\n+1 555 0100');
    expect(await options.field('Default tone').inputValue()).toBe('formal');
    expect(await options.field('Default language').inputValue()).toBe('de');
    expect(await options.field('Withdrawing (hours)').inputValue()).toBe('4');
    expect(await options.field('After an interview (hours)').inputValue()).toBe('12');
    expect(await options.field('Ask me before creating a reminder').isChecked()).toBe(true);
    expect(await options.field('Quiet hours: no notifications between these times').isChecked()).toBe(false);
    expect(await options.field('Quiet from').inputValue()).toBe('22:30');
    expect(await options.field('Snoozes per reminder').inputValue()).toBe('5');
    expect(await options.field('Keep in touch after').inputValue()).toBe('0');
    expect(await options.field('Outlook').isChecked()).toBe(false);
    expect(await options.field('Gmail').isChecked()).toBe(true);
    expect(await storedSettings()).toMatchObject({
      userName: 'Samantha Rivera',
      defaultTone: 'formal',
      defaultLanguage: 'de',
      dueAfterHours: { withdraw: 4, 'after-interview': 12 },
      quietHours: { enabled: false, start: '22:30', end: '08:00' },
      snoozeLimit: 5,
      keepInTouchMonths: 0,
      sites: { gmail: true, outlook: false },
      autoReminders: false,
    });
    await options.page.close();
  });

  it('shows a validation error next to the field and saves nothing', async () => {
    const options = await OptionsPage.openOptions(extension);
    const before = await storedSettings();
    await options.field('Snoozes per reminder').fill('11');
    await options.field('Declining an offer (hours)').fill('');
    await options.save();
    expect(await options.errorFor('Snoozes per reminder')).toBe('Enter a whole number from 0 to 10.');
    expect(await options.errorFor('Declining an offer (hours)')).toBe('Enter whole hours from 0 to 720.');
    await expect.poll(() => options.settingsStatus().textContent()).toContain('Nothing was saved');
    expect(await storedSettings()).toEqual(before);
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.page.emulateMedia({ colorScheme });
      expect(await axeViolations(options.page), colorScheme).toEqual([]);
    }
    await options.page.close();
  });

  it('exports everything and imports it back', async () => {
    const options = await OptionsPage.openOptions(extension);
    const exported = await options.exportData();
    const file = JSON.parse(exported);
    expect(file).toMatchObject({ format: 'gracious-export', version: 1, settings: await storedSettings() });
    expect(file).not.toHaveProperty('quarantine');

    await options.field('Your name').fill('Someone Else');
    await options.save();
    await expect.poll(() => options.settingsStatus().textContent()).toBe('Settings saved.');

    await options.importFile('gracious-export.json', exported);
    await expect.poll(() => options.dataStatus().textContent()).toContain('Imported');
    await expect.poll(() => options.field('Your name').inputValue()).toBe(file.settings.userName);
    expect(await storedSettings()).toEqual(file.settings);
    await options.page.close();
  });

  it('rejects a bad import file whole, says why, and changes nothing', async () => {
    const options = await OptionsPage.openOptions(extension);
    const before = await stored();
    const file = JSON.parse(await options.exportData());

    await options.importFile(
      'broken.json',
      JSON.stringify({ ...file, settings: { ...file.settings, snoozeLimit: 99 } }),
    );
    await expect.poll(() => options.dataStatus().textContent()).toMatch(/Nothing was changed: .*settings/);
    await options.importFile('notes.json', 'this is not JSON');
    await expect
      .poll(() => options.dataStatus().textContent())
      .toBe('Nothing was changed: notes.json is not a JSON file.');
    await options.importFile('other.json', JSON.stringify({ hello: 'world' }));
    await expect.poll(() => options.dataStatus().textContent()).toContain('not a Gracious export');

    expect(await stored()).toEqual(before);
    await options.reload();
    expect(await options.field('Snoozes per reminder').inputValue()).toBe(String(file.settings.snoozeLimit));
    await options.page.close();
  });

  it('deletes all data after a confirm step; defaults apply afterwards', async () => {
    const options = await OptionsPage.openOptions(extension);
    expect(await options.field('Your name').inputValue()).not.toBe('');
    await options.deleteAll();
    await expect.poll(() => options.dataStatus().textContent()).toBe('All data deleted. Default settings apply.');
    await expect.poll(() => options.field('Your name').inputValue()).toBe('');
    expect(await options.field('Snoozes per reminder').inputValue()).toBe('3');
    const left = await stored();
    expect(left).not.toHaveProperty('settings');
    expect(left).not.toHaveProperty('hiddenThreads');
    await options.page.close();
  });
});
