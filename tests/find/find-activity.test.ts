/**
 * Finding the right activity for a patient, in a real browser over the real
 * Pagefind index of the fictional directory in tests/fixtures/find.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, type WatchedPage } from '../support/browser.ts';

const browser = useBrowser(inject('findBaseUrl'));

type Page = WatchedPage['page'];

async function search(path: string, options = {}): Promise<Page> {
  const { page } = await browser.open(path, options);
  await page.locator('.result-count').filter({ hasText: /found/ }).waitFor();
  return page;
}

const titles = (page: Page) => page.locator('.cards article h3').allTextContents();

describe('finding the right activity', () => {
  it('shows no cards for a word no activity has, and offers next steps', async () => {
    const page = await search('/search/?q=autism');
    await expect.poll(() => page.locator('.no-mention').textContent()).toBe('No activities mention “autism”.');
    expect(await page.locator('.cards article').count()).toBe(0);
    const empty = page.locator('.empty-state');
    await expect.poll(() => empty.getByRole('link', { name: 'browse all categories' }).count()).toBe(1);
    const suggest = await empty.getByRole('link', { name: 'suggest an activity' }).getAttribute('href');
    expect(suggest).toMatch(/^https:\/\/github\.com\/example-org\/brackenfold-activities\/issues\/new\?template=add-or-update-activity\.yml/);
    expect(await empty.getByRole('link', { name: /email corrections@find\.example\.org/ }).count()).toBe(1);
  });

  it('finds, for a need-word, the activity that never uses it, and says why', async () => {
    const page = await search('/search/?q=lonely');
    await expect.poll(() => titles(page)).toContain('Thursday Lunch Club');
    expect(await titles(page)).toContain('Phone Friends');
    expect(await titles(page)).not.toContain('Riverside Walking Group');
    expect(await page.locator('.explanation').textContent()).toBe('Showing activities for loneliness: Social and befriending.');
    // Heard with the count: the activities found are the need's, and none of them says the word.
    expect(await page.locator('[role="status"] .no-mention').textContent()).toBe('No activities mention “lonely”.');
  });

  it('searches only the words that say what is wanted, not who is asking for whom', async () => {
    // "my", "dad" and "something" are on no page here, and "for" on most: searched for, they would leave nothing.
    const page = await search('/search/?q=something+for+my+dad+who+is+lonely');
    await expect.poll(() => titles(page)).toContain('Thursday Lunch Club');
    expect(await page.locator('.result-count').textContent()).toMatch(/^\d+ activit(y|ies) found\.$/);
    // Only the need-word, which the explanation answers, is said to be on no page.
    expect(await page.locator('.no-mention').textContent()).toBe('No activities mention “lonely”.');
    expect(await page.locator('.explanation').textContent()).toBe('Showing activities for loneliness: Social and befriending.');
    // No page here says "classes": the knitting group is what "knitting classes" asks for.
    const classes = await search('/search/?q=knitting+classes');
    await expect.poll(() => titles(classes)).toEqual(['Brackenfold Knit and Natter']);
    expect(await classes.locator('.result-count').textContent()).toBe('1 activity found.');
  });

  it('shows what the telling word finds when no activity has every word, and offers the other', async () => {
    // Knitting is on one page and walking on two, none with both; walking names a category, so it is kept.
    const page = await search('/search/?q=knit+walking');
    await expect.poll(() => titles(page)).toEqual(expect.arrayContaining(['Moor Top Walking Group', 'Riverside Walking Group']));
    expect(await page.locator('.result-count').textContent()).toBe('No activity matches all of “knit walking”. Showing results for “walking” instead. 2 activities found.');
    expect(await page.getByLabel('Search activities').inputValue()).toBe('knit walking');
    expect((await page.locator('.search-results').innerText()).split('No activity matches all of').length - 1).toBe(1);
    const other = page.locator('.or-search-for').getByRole('link', { name: '“knit”' });
    expect(await other.getAttribute('href')).toBe('?q=knit');
    await other.click();
    await expect.poll(() => titles(page)).toEqual(['Brackenfold Knit and Natter']);
    expect(await page.getByLabel('Search activities').inputValue()).toBe('knit');
    expect(await page.locator('.or-search-for').count()).toBe(0);
  });

  it('finds an activity by its own words, not by the site\'s explanations on its page', async () => {
    // The knitting group is "Gentle: little physical effort, such as sitting or a slow, short walk",
    // and "You can bring a friend or carer": neither makes it a walk or a carers' group.
    expect((await titles(await search('/search/?q=walk'))).sort()).toEqual(['Moor Top Walking Group', 'Riverside Walking Group']);
    expect(await titles(await search('/search/?q=breath'))).not.toContain('Brackenfold Knit and Natter');
    // What the group itself wrote on its page is still found, and so is the level's name.
    expect(await titles(await search('/search/?q=needles'))).toEqual(['Brackenfold Knit and Natter']);
    expect(await titles(await search('/search/?q=gentle'))).toContain('Brackenfold Knit and Natter');
  });

  it('takes "step free" as the step-free access filter, not as the words "step" and "free"', async () => {
    // The moor walk says "steep steps" and "free"; only the lunch club's venue is step-free.
    const page = await search('/search/?q=step+free');
    await expect.poll(() => titles(page)).toEqual(['Thursday Lunch Club']);
    expect(await page.locator('.explanation').textContent()).toBe('With step-free access only.');
  });

  it('takes a day as the day filter, and offers the search without it when nothing meets that day', async () => {
    // Both walks meet on Tuesdays only.
    const tuesday = await search('/search/?q=walking+on+tuesday');
    await expect.poll(() => titles(tuesday)).toEqual(expect.arrayContaining(['Moor Top Walking Group', 'Riverside Walking Group']));
    expect(await tuesday.locator('.explanation').textContent()).toBe('On Tuesday only.');
    const { page } = await browser.open('/search/?q=walking+on+sunday');
    const without = page.locator('.empty-state').getByRole('link', { name: '“walking”' });
    await expect.poll(() => without.count()).toBe(1);
    expect(await page.locator('.empty-state li').first().textContent()).toBe('search without “On Sunday only”: “walking”;');
    await without.click();
    await expect.poll(() => titles(page)).toEqual(expect.arrayContaining(['Moor Top Walking Group', 'Riverside Walking Group']));
    expect(await page.getByLabel('Search activities').inputValue()).toBe('walking');
  });

  it('shows what the right word finds for a misspelling, and says it did', async () => {
    const page = await search('/search/?q=bereevement');
    await expect.poll(() => titles(page)).toEqual(['Bereavement Support Circle']);
    expect(await page.locator('.result-count').textContent()).toBe('No activities mention “bereevement”. Showing results for “bereavement” instead. 1 activity found.');
    // Said once, where everyone reads and a screen reader hears it.
    const said = await page.locator('.search-results').innerText();
    expect(said.split('No activities mention').length - 1).toBe(1);
    expect(said.split('Showing results for').length - 1).toBe(1);
    // The box and the address keep what the reader typed.
    expect(await page.getByLabel('Search activities').inputValue()).toBe('bereevement');
    expect(page.url()).toContain('?q=bereevement');
  });

  it('puts the nearest activity first for a postcode, with its distance, and online ones apart', async () => {
    const page = await search('/search/?q=BF1+2AB');
    await expect.poll(async () => (await titles(page))[0]).toBe('Bereavement Support Circle');
    const first = page.locator('.cards').first().locator('article').first();
    expect(await first.locator('dd').last().textContent()).toBe('Under 0.1 miles');
    const second = page.locator('.cards').first().locator('article').nth(1);
    expect(await second.locator('dd').last().textContent()).toBe('0.7 miles');
    await expect.poll(() => page.getByRole('heading', { name: 'Online or by phone: no travel' }).count()).toBe(1);
    const remote = page.locator('.remote-heading + .cards article h3');
    expect(await remote.allTextContents()).toEqual(['Phone Friends']);
  });

  it('sorts by a district typed in "Near a postcode", within a chosen distance, kept in the address', async () => {
    const page = await search('/search/?q=walking');
    await page.getByLabel('Near a postcode').fill('BF3');
    await expect.poll(async () => (await titles(page))[0]).toBe('Moor Top Walking Group');
    await page.getByLabel('Distance').selectOption('1');
    await expect.poll(() => titles(page)).toEqual(['Moor Top Walking Group']);
    // After the "#", which the browser never sends to the site.
    await expect.poll(() => new URL(page.url()).hash).toBe('#near=BF3&within=1');
    expect(new URL(page.url()).search).toBe('?q=walking');
  });

  it('says when a postcode cannot be placed', async () => {
    const page = await search('/search/?q=walking+LS1+4AP');
    await expect.poll(() => page.locator('.place-note').textContent()).toMatch(/cannot place LS1 4AP/);
    expect((await titles(page)).length).toBeGreaterThan(0);
  });

  it('finds what a need adds beside "help" or "support", and a hyphenated word by the part pages have', async () => {
    const page = await search('/search/?q=support+for+lonely+people');
    await expect.poll(() => titles(page)).toContain('Thursday Lunch Club');
    const walks = await search('/search/?q=walking-based');
    await expect.poll(() => titles(walks)).toEqual(expect.arrayContaining(['Moor Top Walking Group', 'Riverside Walking Group']));
  });

  it('ranks an out-of-date entry below a current one', async () => {
    const page = await search('/search/?q=walking');
    await expect.poll(() => titles(page)).toEqual(['Riverside Walking Group', 'Moor Top Walking Group']);
  });

  it('shows the first result on the first screen of a phone, with the filters folded away', async () => {
    const page = await search('/search/?q=walking', { viewport: { width: 390, height: 844 } });
    const first = page.locator('.cards article').first();
    await first.waitFor();
    const box = await first.boundingBox();
    expect(box!.y).toBeLessThan(844);
    const toggle = page.getByRole('button', { name: /^Filters \(0 selected\)$/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('group', { name: 'Category' }).isVisible()).toBe(false);
    await toggle.click();
    expect(await page.getByRole('group', { name: 'Category' }).isVisible()).toBe(true);
  });
});

describe('browsing a category or area with nothing in it', () => {
  it('says so and where to go instead, with no count, filters or calendar of nothing', async () => {
    // No fixture entry is about running.
    const { page } = await browser.open('/categories/running/');
    const main = page.locator('main');
    expect(await main.locator('.nothing-listed p').first().textContent()).toBe('Nothing is listed in Running and parkrun yet.');
    expect(await main.getByRole('link', { name: 'search every activity' }).getAttribute('href')).toBe('/search/');
    expect(await main.getByRole('link', { name: 'the other categories' }).getAttribute('href')).toBe('/categories/');
    expect(await main.getByRole('link', { name: 'Add your activity' }).getAttribute('href')).toBe('/add-your-activity/');
    expect(await main.getByText('0 activities').count()).toBe(0);
    expect(await main.getByRole('link', { name: /Filter these/ }).count()).toBe(0);
    const { page: area } = await browser.open('/areas/high-moor/');
    expect(await area.locator('main .nothing-listed p').first().textContent()).toBe('Nothing is listed in High Moor yet.');
    expect(await area.locator('main').getByRole('link', { name: 'the other areas' }).getAttribute('href')).toBe('/areas/');
    expect(await area.locator('main a[href$="calendar.ics"]').count()).toBe(0);
    expect(await area.locator('main').getByText('What’s on').count()).toBe(0);
    // A category that has entries lists them as before.
    const { page: walking } = await browser.open('/categories/walking/');
    expect(await walking.locator('main .nothing-listed').count()).toBe(0);
    expect(await walking.locator('main .cards article').count()).toBeGreaterThan(0);
  });
});
