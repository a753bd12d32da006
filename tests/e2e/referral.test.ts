/**
 * A link worker's journey in a real browser: shortlist, reload, handout
 * printed to PDF, copy for notes, share link, calendar file, near me and
 * what's on soon. Every test also fails if a page contacts another host.
 */
import { describe, expect, inject, it } from 'vitest';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { layoutShift, useBrowser } from '../support/browser.ts';
import { readEntries } from '../support/content.ts';
import { readPdf } from '../support/pdf.ts';
import { TEST_CONTENT } from '../support/site.ts';
import { distanceMiles } from '../../src/lib/search/distance.ts';
import { todayInLondon } from '../../src/lib/schedule/dates.ts';
import { addDays } from '../../src/lib/schedule/recurrence.ts';
import { toActivityCard } from '../../src/lib/referral/card.ts';
import { capped, dayLabel, upcoming } from '../../src/lib/schedule/whats-on.ts';
import { PER_DAY } from '../../src/lib/schedule/whats-on-files.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { sessionsAvailability } from '../../src/lib/schedule/availability.ts';
import { nextDatesText } from '../../src/lib/referral/handout.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser(baseUrl);
const entries = readEntries(TEST_CONTENT);
const listed = entries.filter((e) => e.listed && e.data.status === 'running' && e.id !== 'zz-hostile-markup-test');
const settings = loadSettings(`${TEST_CONTENT}/directory.yaml`);
const [first, second] = listed.filter((e) => e.data.location.address && e.data.schedules?.length) as [typeof listed[0], typeof listed[0]];

describe('shortlist and handout', () => {
  it('keeps two activities across a reload and prints them as a handout with addresses and QR codes', async () => {
    const { page } = await browser.open(`/activities/${first.id}/`);
    const add = page.getByRole('button', { name: 'Add to my list' });
    await add.click();
    expect(await page.getByRole('button', { name: 'Remove from my list' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('#shortlist-status').textContent()).toBe(`Added ${first.data.title} to your list. 1 activity in your list.`);

    await page.goto(`/search/?q=${encodeURIComponent(second.data.title)}`);
    await page.getByRole("button", { name: second.data.title }).click();
    await expect.poll(() => page.locator('[data-shortlist-count]').textContent()).toBe(' (2)');

    await page.reload();
    await expect.poll(() => page.locator('[data-shortlist-count]').textContent()).toBe(' (2)');
    await page.getByRole('link', { name: /^My list/ }).click();
    await page.waitForURL(/\/shortlist\/$/);
    await expect.poll(() => page.locator('.handout-item h2').allTextContents()).toEqual([first.data.title, second.data.title]);
    // Each way to reach a group is a link on screen, as on its own page.
    const contacts = [first, second].map((e) => e.data.contact);
    expect(contacts.some((c) => c.email)).toBe(true);
    for (const [i, contact] of contacts.entries()) {
      const item = page.locator('.handout-item').nth(i);
      if (contact.email) expect(await item.locator(`a[href="mailto:${contact.email}"]`).textContent()).toBe(contact.email);
      if (contact.phone) expect(await item.locator('a[href^="tel:"]').textContent()).toBe(contact.phone);
      if (contact.website) expect(await item.locator(`a[href="${contact.website}"]`).count()).toBe(1);
    }

    await page.emulateMedia({ media: 'print' });
    const pdf = await readPdf(new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })));
    for (const entry of [first, second]) {
      expect(pdf.text).toContain(entry.data.title);
      expect(pdf.text.replace(/\s+/g, ' ')).toContain(entry.data.location.address);
    }
    expect(pdf.text).toContain(settings.name);
    expect(pdf.text).toContain('Your link worker:');
    expect(pdf.text).not.toContain('Print handout');
    expect(pdf.images).toBe(2);

    // The QR code on the printed sheet opens the activity on the public site.
    const shot = PNG.sync.read(await page.locator('.handout-item').first().locator('img').screenshot());
    const code = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
    expect(code?.data).toBe(new URL(`/activities/${first.id}/`, settings.site_url).href);
  });

  it('prints the languages an activity is run in and its next dates, from the reader’s day and time', async () => {
    const withLanguages = listed.find((e) => e.data.languages?.length && e.data.schedules?.length)!;
    expect(withLanguages).toBeDefined();
    const card = toActivityCard({ ...withLanguages, url: `/activities/${withLanguages.id}/` });
    // 8am in London on the build day's morning: every session of the day is still to come, or over by its close.
    const at = new Date(`${todayInLondon()}T08:00:00Z`);
    const opened = await browser.open();
    await opened.page.clock.setFixedTime(at);
    await opened.page.goto(`/activities/${withLanguages.id}/`);
    await opened.page.getByRole('button', { name: 'Add to my list' }).click();
    await opened.page.goto('/shortlist/');
    const item = opened.page.locator('.handout-item').first();
    await item.locator('h2').waitFor();
    const text = (await item.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain(`Languages${card.languages}`);
    const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    const next = nextDatesText(card, todayInLondon(at), 3, london);
    expect(next.length).toBeGreaterThan(0);
    expect(text).toContain(`Next: ${next.join('; ')}.`);
  });

  it('copies a summary for the notes, and offers a share link that leaves the reader’s own list alone', async () => {
    const { page, context } = await browser.open(`/activities/${first.id}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: 'Add to my list' }).click();
    await page.goto(`/activities/${second.id}/`);
    await page.getByRole('button', { name: 'Add to my list' }).click();
    await page.goto('/shortlist/');
    await page.locator('.handout-item').nth(1).waitFor();

    await page.getByRole('button', { name: 'Copy for notes' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Community activities suggested on \d{1,2} \w+ \d{4} \(/);
    const notes = await page.evaluate(() => navigator.clipboard.readText());
    expect(notes).toContain(`- ${first.data.title} (`);
    expect(notes).toContain(`- ${second.data.title} (`);
    expect(notes).toContain(new URL(`/activities/${second.id}/`, settings.site_url).href);

    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByLabel(/Link to this list/).inputValue();
    expect(new URL(link).searchParams.get('ids')).toBe(`${first.id},${second.id}`);
    await context.close();

    // A colleague or patient opens the link in a browser of their own.
    const fresh = await browser.open();
    await fresh.page.goto(new URL(link).pathname + new URL(link).search);
    await expect.poll(() => fresh.page.locator('.handout-item h2').allTextContents()).toEqual([first.data.title, second.data.title]);
    expect(await fresh.page.evaluate(() => localStorage.getItem('activity-shortlist'))).toBeNull();
    await fresh.page.getByRole('button', { name: 'Save these to my list' }).click();
    await expect.poll(() => fresh.page.evaluate(() => JSON.parse(localStorage.getItem('activity-shortlist') ?? '[]'))).toEqual([first.id, second.id]);
  });

  it('keeps the focus in the list as activities are removed, and on the empty list’s heading once none is left', async () => {
    const { page } = await browser.open('/shortlist/');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return !el || el === document.body ? 'body' : el.textContent;
      });
    const fill = async () => {
      await page.evaluate((ids) => localStorage.setItem('activity-shortlist', JSON.stringify(ids)), [first.id, second.id]);
      await page.reload();
      await page.locator('.handout-item').nth(1).waitFor();
    };
    await fill();
    await page.getByRole('button', { name: `Remove ${first.data.title} from my list` }).click();
    await expect.poll(focused).toBe(`Remove ${second.data.title} from my list`);
    expect(await page.locator('.handout-item').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Your list is empty');

    await fill();
    await page.getByRole('button', { name: 'Clear list' }).click();
    await expect.poll(focused).toBe('Your list is empty');
  });

  it('does not move the page when the shortlist button appears, on a phone or a desktop', async () => {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
      const { page } = await browser.open(`/activities/${first.id}/`, { viewport });
      // The button is hidden until its script runs; showing it must not push the schedule below it down.
      await page.getByRole('button', { name: 'Add to my list' }).waitFor();
      expect(await layoutShift(page)).toBe(0);
    }
  });

  it('shows a helpful empty state', async () => {
    const { page } = await browser.open('/shortlist/');
    await page.getByRole('heading', { name: 'Your list is empty' }).waitFor();
    expect(await page.getByRole('button', { name: 'Print handout' }).count()).toBe(0);
  });
});

describe('add to calendar', () => {
  it('downloads an .ics whose repeating events match the entry’s schedule', async () => {
    const monthly = listed.find((e) => e.data.schedules?.some((s) => s.freq === 'monthly'))!;
    const { page } = await browser.open(`/activities/${monthly.id}/`, { acceptDownloads: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Add to calendar' }).click()]);
    expect(download.suggestedFilename()).toBe(`${monthly.id}.ics`);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBe(monthly.data.schedules!.length);
    monthly.data.schedules!.forEach((session, i) => {
      const event = events[i]!;
      const rule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect(rule.freq).toBe(session.freq === 'monthly' ? 'MONTHLY' : 'WEEKLY');
      expect(rule.interval).toBe(session.freq === 'fortnightly' ? 2 : 1);
      expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
      expect(event.startDate.toString().slice(11, 16)).toBe(session.opens_at);
      expect(event.summary).toBe(monthly.data.title);
      expect(event.location).toContain(monthly.data.location.postcode ?? '');
    });
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/London');
  });
});

describe('near me', () => {
  it('sorts by distance from a granted position, nearest first, and keeps entries without coordinates last', async () => {
    const located = listed.filter((e) => e.data.location.latitude !== undefined);
    const target = located[Math.floor(located.length / 2)]!;
    const here = { latitude: target.data.location.latitude! + 0.001, longitude: target.data.location.longitude! };
    const { page } = await browser.open('/search/?cost=Free', { geolocation: here, permissions: ['geolocation'] });
    await page.locator('.result-count').filter({ hasText: /found/ }).waitFor();
    await page.getByRole('button', { name: 'Sort by distance from me' }).click();
    await expect.poll(() => page.locator('.cards article h3').first().textContent()).toBe(target.data.title);

    const free = entries.filter((e) => e.listed && e.data.cost_option.free);
    const expectedOrder = free
      .filter((e) => e.data.location.latitude !== undefined)
      .sort((a, b) => distanceMiles(here, a.data.location as never) - distanceMiles(here, b.data.location as never))
      .map((e) => e.data.title);
    const shown = await page.locator('.cards article h3').allTextContents();
    expect(shown.slice(0, expectedOrder.length)).toEqual(expectedOrder.slice(0, shown.length));
    expect(await page.locator('.cards article').first().textContent()).toContain('Under 0.1 miles');
  });
});

describe("what's on soon", () => {
  // The build writes a file for each date from the day before it to two weeks after;
  // the build and the tests run on the same day.
  const buildDay = todayInLondon();
  const onOrAfter = (from: string, weekday: number) => {
    let d = from;
    while (new Date(`${d}T12:00:00Z`).getUTCDay() !== weekday) d = addDays(d, 1);
    return d;
  };
  const atEightInLondon = (date: string) => new Date(`${date}T08:00:00Z`);
  const items = (area?: string) =>
    // Everything the build lists, the hostile test entry included.
    entries
      .filter((e) => e.listed && sessionsAvailability(e.data, false).kind === 'running' && e.data.schedules?.length && (!area || e.data.location.area === area))
      .map((e) => ({
        t: e.data.title, u: `/activities/${e.id}/`, w: '', s: toActivityCard({ ...e, url: `/activities/${e.id}/` }).sessions, a: e.data.assured_date,
        // A paused activity with a restart day is on from that day.
        ...(e.data.paused_until ? { f: e.data.paused_until } : {}),
      }));

  // The earliest weekly Tuesday session, so it is among the first listed for the day.
  const tuesday = listed
    .flatMap((e) => (e.data.schedules ?? []).filter((s) => s.freq === 'weekly' && s.byday.includes('TU') && !s.valid_from && !s.valid_to).map((s) => ({ e, opens: s.opens_at })))
    .sort((a, b) => a.opens.localeCompare(b.opens))[0]!.e;

  it('lists the coming week from the browser’s own date, so it is never frozen at the build date', async () => {
    // A Tuesday in the coming week, 8am in London.
    const nextTuesday = onOrAfter(addDays(buildDay, 1), 2);
    const first = await browser.open();
    await first.page.clock.setFixedTime(atEightInLondon(nextTuesday));
    await first.page.goto('/');
    const section = first.page.locator('section.whats-on');
    await section.waitFor();
    const expected = capped(upcoming(items(), nextTuesday), PER_DAY);
    expect(await section.locator('h3').allTextContents()).toEqual(expected.map((d) => d.label));
    expect(await section.locator('h3').first().textContent()).toBe(dayLabel(nextTuesday, nextTuesday));
    expect(expected[0]!.label).toMatch(/^Today, Tuesday /);
    const firstDay = section.locator('ul').first();
    expect(await firstDay.locator('li > a').allTextContents()).toEqual([
      ...expected[0]!.sessions.map((s) => s.title),
      ...(expected[0]!.more ? [`and ${expected[0]!.more} more`] : []),
    ]);
    expect(await firstDay.textContent()).toContain(tuesday.data.title);
    await first.context.close();

    // A different day, on an area's page: its own week, from a Wednesday.
    const wednesday = onOrAfter(buildDay, 3);
    const area = tuesday.data.location.area!;
    const later = await browser.open();
    await later.page.clock.setFixedTime(atEightInLondon(wednesday));
    await later.page.goto(`/areas/${area}/`);
    await later.page.locator('section.whats-on h3').first().waitFor();
    const expectedInArea = capped(upcoming(items(area), wednesday), PER_DAY);
    expect(await later.page.locator('section.whats-on h3').allTextContents()).toEqual(expectedInArea.map((d) => d.label));
    expect(await later.page.locator('section.whats-on h3').last().textContent()).toBe(dayLabel(addDays(wednesday, 6), wednesday));
    expect(await later.page.locator('section.whats-on').textContent()).toContain(tuesday.data.title);
  });

  it('stays hidden, without errors, on a date this build has no week for', async () => {
    const { page } = await browser.open();
    await page.clock.setFixedTime(atEightInLondon(addDays(buildDay, 60)));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('section.whats-on').isVisible()).toBe(false);
  });

  it('is absent without JavaScript', async () => {
    const { page } = await browser.open('/', { javaScriptEnabled: false });
    expect(await page.locator('section.whats-on').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: /What’s on/ }).count()).toBe(0);
  });
});
