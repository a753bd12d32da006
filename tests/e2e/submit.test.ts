/**
 * The add-your-activity form in a real browser: a volunteer fills it in,
 * is told what is wrong in the schema's own words, fixes it, and downloads
 * a file that the command-line validator then accepts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { scratchDir } from '../support/scratch.ts';
import { useBrowser } from '../support/browser.ts';
import { ROOT, TEST_CONTENT } from '../support/site.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser(baseUrl);

describe('add your activity form', () => {
  it('flags a bad postcode, then produces a file that passes npm run validate', async () => {
    const { page } = await browser.open('/add-your-activity/', { acceptDownloads: true });

    await page.getByLabel('Name of the activity').fill('Thursday Knit and Natter');
    await page.getByLabel('In one sentence, what happens?').fill('A relaxed knitting and crochet group with tea, for beginners and experts alike.');
    await page.getByRole('checkbox', { name: 'Arts and crafts' }).check();
    await page.getByRole('checkbox', { name: 'Social and befriending' }).check();
    await page.getByLabel('Describe it for someone').fill('Bring a project or borrow needles.\n\n- Tea and biscuits\n- Patterns to share');
    await page.getByLabel('Organisation or group name').fill('Fenton Knitters');
    await page.getByRole('checkbox', { name: 'Thursday' }).check();
    await page.getByLabel('Starts at').fill('14:00');
    await page.getByLabel('Finishes at').fill('16:00');
    await page.getByLabel('Venue or meeting point').fill('Fenton Library');
    await page.getByLabel('Street and town').fill('Canal Street, North Fenton');
    await page.getByLabel('Postcode', { exact: true }).fill('AV2 9ZZZ');
    await page.getByLabel('Area', { exact: true }).selectOption({ label: 'North Fenton' });
    await page.getByLabel('Email', { exact: true }).fill('knit@example.org');
    await page.getByRole('checkbox', { name: 'Step-free access' }).check();
    await page.getByRole('checkbox', { name: 'Everyone' }).check();

    // The postcode's message appears once the field is left, in the schema's words.
    const postcodeError = page.locator('#f-location-postcode-error');
    await expect.poll(() => postcodeError.textContent()).toBe('Error: "AV2 9ZZZ" is not a UK postcode. Write it like "LS1 4AP".');
    expect(await page.getByLabel('Postcode', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Check my entry' }).click();
    expect(await page.locator('.error-summary li').allTextContents()).toEqual(['"AV2 9ZZZ" is not a UK postcode. Write it like "LS1 4AP".']);
    // Focus moves to the list of problems, whose link leads to the field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await page.locator('.error-summary a').getAttribute('href')).toBe('#f-location-postcode');
    expect(await page.getByRole('link', { name: /Download/ }).count()).toBe(0);

    await page.getByLabel('Postcode', { exact: true }).fill('av2 9zz');
    await expect.poll(() => postcodeError.count()).toBe(0);
    await expect.poll(() => page.locator('.result [role="status"]').first().textContent()).toBe('Ready: thursday-knit-and-natter.md passes every check.');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download thursday-knit-and-natter.md' }).click()]);
    expect(download.suggestedFilename()).toBe('thursday-knit-and-natter.md');
    const dir = scratchDir('submitted');
    cpSync(path.join(TEST_CONTENT, 'directory.yaml'), path.join(dir, 'directory.yaml'));
    cpSync(path.join(TEST_CONTENT, 'activities'), path.join(dir, 'activities'), { recursive: true });
    const saved = path.join(dir, 'activities', download.suggestedFilename());
    await download.saveAs(saved);
    const text = readFileSync(saved, 'utf8');
    expect(text).toContain('postcode: AV2 9ZZ');
    expect(text).toContain('byday: [TH]');
    expect(text).toContain('- Tea and biscuits');

    const checked = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate.ts'), saved], {
      cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8',
    });
    expect(checked.stdout).toBe('✔ 1 file checked: no errors.\n');
    expect(checked.status).toBe(0);

    // The other ways to send it are links to the repository host and the corrections address.
    const propose = await page.getByRole('link', { name: 'Propose it on GitHub' }).getAttribute('href');
    expect(propose).toMatch(/^https:\/\/github\.com\/example-org\/ashworth-vale-activities\/new\/main\/content\/activities\?filename=thursday-knit-and-natter\.md&value=/);
    expect(decodeURIComponent(propose!.split('value=')[1]!)).toBe(text);
    expect(await page.getByRole('link', { name: /^Email it to/ }).getAttribute('href')).toMatch(/^mailto:activities@example\.org\?subject=New%20activity%3A%20Thursday%20Knit%20and%20Natter&body=---/);
  });

  it('ties each error to its controls, and leads from the list of problems to a control that takes the focus', async () => {
    const { page } = await browser.open('/add-your-activity/');
    /** Checks the entry; returns the ids of the error messages, having checked each is tied to its controls. */
    const check = async () => {
      await page.getByRole('button', { name: 'Check my entry' }).click();
      await page.locator('.error-summary').waitFor();
      const messages = await page.evaluate(() =>
        [...document.querySelectorAll('.error-message')].map((message) => {
          const controls = [...document.querySelectorAll('input, select, textarea')].filter((c) => c.getAttribute('aria-describedby')?.split(' ').includes(message.id));
          return { id: message.id, controls: controls.length, invalid: controls.every((c) => c.getAttribute('aria-invalid') === 'true') };
        }),
      );
      expect(messages.filter((m) => m.controls === 0 || !m.invalid)).toEqual([]);
      return messages.map((m) => m.id);
    };
    // Text boxes, a select, time boxes, groups of checkboxes, and the contact's "at least one of these".
    expect(await check()).toEqual(
      expect.arrayContaining(['f-title-error', 'f-location-area-error', 'f-schedules-0-opens_at-error', 'f-schedules-0-byday-error', 'f-categories-error', 'f-contact-error']),
    );
    for (const href of await page.locator('.error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      await page.locator(`.error-summary a[href="${href}"]`).click();
      expect(await page.evaluate(() => `#${document.activeElement?.id}`)).toBe(href);
    }
    // A date box: a fortnightly session, otherwise whole, needs the date of one session.
    await page.getByLabel('How often?').selectOption('fortnightly');
    await page.getByRole('checkbox', { name: 'Monday' }).check();
    await page.getByLabel('Starts at').fill('10:00');
    await page.getByLabel('Finishes at').fill('11:00');
    expect(await check()).toContain('f-schedules-0-valid_from-error');
  });

  it('keeps the list of problems as it was when “Check my entry” was pressed, while the fields’ own messages clear', async () => {
    const { page } = await browser.open('/add-your-activity/');
    await page.getByRole('button', { name: 'Check my entry' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const listed = await summary.locator('li').allTextContents();
    expect(await summary.locator('a[href="#f-title"]').count()).toBe(1);
    await page.evaluate(() => {
      const w = window as unknown as { summaryChanges: number };
      w.summaryChanges = 0;
      new MutationObserver((changes) => (w.summaryChanges += changes.length)).observe(document.querySelector('.error-summary')!, { subtree: true, childList: true, characterData: true });
    });
    await page.getByLabel('Name of the activity').pressSequentially('Knit club');
    await page.getByLabel('Organisation or group name').pressSequentially('Fenton Knitters');
    await expect.poll(() => page.locator('#f-title-error').count()).toBe(0);
    expect(await summary.locator('li').allTextContents()).toEqual(listed);
    expect(await page.evaluate(() => (window as unknown as { summaryChanges: number }).summaryChanges)).toBe(0);
    // The next press lists what is left.
    await page.getByRole('button', { name: 'Check my entry' }).click();
    await expect.poll(() => summary.locator('li').count()).toBe(listed.length - 2);
    expect(await summary.locator('a[href="#f-title"]').count()).toBe(0);
  });

  it('explains how to take part without JavaScript', async () => {
    const { page } = await browser.open('/add-your-activity/', { javaScriptEnabled: false });
    expect(await page.locator('main .notice').textContent()).toContain('This form needs JavaScript. Without it, email your activity’s details to activities@example.org');
  });
});

describe('contributor guide page', () => {
  it('shows the guide with the field list generated from the schema', async () => {
    const { page } = await browser.open('/contributing/');
    expect(await page.locator('h1').textContent()).toBe('Adding your activity to the directory');
    const reference = page.locator('h2', { hasText: 'Every field' }).locator('xpath=following-sibling::table[1]');
    expect(await reference.locator('td code', { hasText: /^location\.postcode$/ }).count()).toBe(1);
  });
});
