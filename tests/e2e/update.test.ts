/**
 * A group keeps its entry current in a real browser: "Update this activity"
 * opens the form with the entry's details, a change is listed before it is
 * sent, and what has been typed survives a reload until "Start again".
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { readEntries } from '../support/content.ts';
import { TEST_CONTENT } from '../support/site.ts';
import { readEntrySource } from '../../src/lib/content/entry-source.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser(baseUrl);
// A running entry with a weekly session at a venue, whichever the sample holds.
const entry = readEntries(TEST_CONTENT).find((e) => e.data.status === 'running' && e.data.schedules?.length && e.data.location.venue && !e.id.startsWith('zz-'))!;
const session = entry.data.schedules![0]!;
const earlier = `${String(Number(session.opens_at.slice(0, 2)) - 1).padStart(2, '0')}${session.opens_at.slice(2)}`;

describe('updating an activity', () => {
  it('opens the form with the entry’s details, lists a changed time and offers the file’s edit page', async () => {
    const { page } = await browser.open(`/activities/${entry.id}/`);
    // The page says how to confirm in one step, with the entry named for the issue form.
    const confirm = new URL((await page.getByRole('link', { name: 'Still running, nothing has changed' }).getAttribute('href'))!);
    expect(confirm.pathname).toBe('/example-org/ashworth-vale-activities/issues/new');
    expect(confirm.searchParams.get('template')).toBe('confirm-activity.yml');
    expect(confirm.searchParams.get('entry')).toBe(entry.id);

    await page.getByRole('link', { name: 'Update this activity' }).click();
    await page.waitForURL(`**/add-your-activity/?update=${entry.id}`);
    await expect.poll(() => page.getByLabel('Name of the activity').inputValue(), { timeout: 10_000 }).toBe(entry.data.title);
    expect(await page.getByLabel('Organisation or group name').inputValue()).toBe(entry.data.organisation.name);
    expect(await page.locator('#f-schedules-0-opens_at').inputValue()).toBe(session.opens_at);
    expect(await page.locator('.no-changes').textContent()).toContain('You have not changed anything yet');
    expect(await page.getByRole('link', { name: /^Download/ }).count()).toBe(0);

    await page.locator('#f-schedules-0-opens_at').fill(earlier);
    const rows = page.locator('.changes tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect((await rows.first().locator('th, td').allTextContents())).toEqual(['Session 1: starts at', session.opens_at, earlier]);
    const preview = await page.locator('#f-preview').inputValue();
    expect(preview).toContain(`opens_at: "${earlier}"`);
    // The note at the top of the entry's file stays at the top of the file the form writes.
    const note = readEntrySource(path.join(TEST_CONTENT, 'activities'), path.join(TEST_CONTENT, 'activities', `${entry.id}.md`)).headerComment;
    expect(note).toBeTruthy();
    expect(preview.startsWith(`---\n${note!.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n')}\n`)).toBe(true);
    expect(await page.getByRole('link', { name: `Download ${entry.id}.md` }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Propose the change on GitHub' }).getAttribute('href'))
      .toBe(`https://github.com/example-org/ashworth-vale-activities/edit/main/content/activities/${entry.id}.md`);
  });

  it('refuses an update link that names no activity', async () => {
    const { page } = await browser.open('/add-your-activity/?update=../../404');
    await expect.poll(() => page.locator('[role="alert"]').textContent(), { timeout: 10_000 }).toContain('does not name an activity');
  });
});

describe('drafts', () => {
  it('come back after a reload, in this browser only, until Start again', async () => {
    const { page } = await browser.open('/add-your-activity/');
    page.on('dialog', (dialog) => void dialog.accept());
    expect(await page.locator('.draft-notice').textContent()).toContain('in this browser on this device only');
    await page.getByLabel('Name of the activity').fill('Thursday Knit and Natter');
    await page.getByRole('checkbox', { name: 'Arts and crafts' }).check();
    await page.reload();
    await expect.poll(() => page.getByLabel('Name of the activity').inputValue(), { timeout: 10_000 }).toBe('Thursday Knit and Natter');
    expect(await page.getByRole('checkbox', { name: 'Arts and crafts' }).isChecked()).toBe(true);
    expect(await page.locator('.draft-notice [role="status"]').textContent()).toContain('Welcome back');

    // An update in progress is a draft of its own: the new entry's draft does not leak into it.
    await page.goto(`/add-your-activity/?update=${entry.id}`);
    await expect.poll(() => page.getByLabel('Name of the activity').inputValue(), { timeout: 10_000 }).toBe(entry.data.title);

    await page.goto('/add-your-activity/');
    await expect.poll(() => page.getByLabel('Name of the activity').inputValue(), { timeout: 10_000 }).toBe('Thursday Knit and Natter');
    await page.getByRole('button', { name: 'Start again' }).click();
    expect(await page.getByLabel('Name of the activity').inputValue()).toBe('');
    await page.reload();
    await expect.poll(() => page.locator('#f-title').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByLabel('Name of the activity').inputValue()).toBe('');
    expect(await page.getByRole('checkbox', { name: 'Arts and crafts' }).isChecked()).toBe(false);
  });

  it('are named on the privacy page, with the list, as all the site keeps in the browser', async () => {
    const { page } = await browser.open(`/activities/${entry.id}/`);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Add to my list' }).click();
    await page.goto('/add-your-activity/');
    await page.getByLabel('Email', { exact: true }).fill('someone@example.org');
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).length)).toBe(2);
    const kept = await page.evaluate(() => Object.keys(localStorage));
    await page.goto('/privacy/');
    const named = await page.locator('main code').allTextContents();
    for (const key of kept) expect(named.some((name) => key.startsWith(name)), key).toBe(true);
    expect(await page.locator('main').textContent()).toContain('contact names, phone numbers and email addresses');
  });

  it('warn before leaving with unsent changes', async () => {
    const { page } = await browser.open('/add-your-activity/');
    // Typed with the keyboard: a browser only asks before leaving a page the person has used.
    await page.getByLabel('Name of the activity').click();
    await page.keyboard.type('Walk');
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).length)).toBe(1);
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.type()); void d.accept(); }));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  });
});
