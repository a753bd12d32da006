/**
 * An area may keep its entry files in folders of the activities folder
 * (activities/kingsby/tuesday-walk.md): the folder is part of the entry's
 * id and web address, and everything a reader or a group does with an
 * entry works for it as for any other. The test site holds one such entry
 * (tests/fixtures/in-a-folder).
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { readEntries } from '../support/content.ts';
import { TEST_CONTENT } from '../support/site.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser(baseUrl);
const entry = readEntries(TEST_CONTENT).find((e) => e.id.includes('/'))!;

describe('an entry kept in a folder', () => {
  it('has its page and calendar at its folder’s address', async () => {
    expect(entry.id).toBe('zz-tests/folder-test-walk');
    const { page } = await browser.open(`/activities/${entry.id}/`);
    expect(await page.locator('h1').textContent()).toBe(entry.data.title);
    const calendar = await page.getByRole('link', { name: 'Add to calendar' }).getAttribute('href');
    expect(calendar).toBe(`/activities/${entry.id}.ics`);
    const response = await fetch(new URL(calendar!, baseUrl));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`SUMMARY:${entry.data.title}`);
  });

  it('goes on the shortlist from its page and from a search, and prints on the handout', async () => {
    const { page } = await browser.open(`/search/?q=${encodeURIComponent(entry.data.title)}`);
    await page.getByRole('button', { name: entry.data.title }).click();
    await expect.poll(() => page.locator('[data-shortlist-count]').textContent()).toBe(' (1)');
    await page.goto(`/activities/${entry.id}/`);
    expect(await page.getByRole('button', { name: 'Remove from my list' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('link', { name: /^My list/ }).click();
    await page.waitForURL(/\/shortlist\/$/);
    await expect.poll(() => page.locator('.handout-item h2').allTextContents()).toEqual([entry.data.title]);
  });

  it('opens in the update form, which offers the file in its folder to edit', async () => {
    const { page } = await browser.open(`/activities/${entry.id}/`);
    await page.getByRole('link', { name: 'Update this activity' }).click();
    await expect.poll(() => page.getByLabel('Name of the activity').inputValue(), { timeout: 10_000 }).toBe(entry.data.title);
    await page.getByLabel('Name of the activity').fill(`${entry.data.title} and tea`);
    expect(await page.getByRole('link', { name: 'Propose the change on GitHub' }).getAttribute('href')).toMatch(
      new RegExp(`/edit/main/content/activities/${entry.id}\\.md$`),
    );
  });
});
