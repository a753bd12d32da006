/** Fills every [data-whats-on] section with the coming week, from the file the build wrote for today's date. */
import { todayInLondon } from '../lib/schedule/dates.ts';
import type { WhatsOnDay } from '../lib/schedule/whats-on.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

async function fill(section: HTMLElement) {
  const { whatsOn: source, whatsOnFrom: from, whatsOnTo: to } = section.dataset;
  const list = section.querySelector<HTMLElement>('[data-whats-on-list]');
  const today = todayInLondon();
  // Outside the dates this build covers (it is more than two weeks old), say nothing rather than something stale.
  if (!source || !from || !to || !list || today < from || today > to) return;
  const response = await fetch(`${source}${today}.json`);
  if (!response.ok) return;
  const days = (await response.json()) as WhatsOnDay[];
  list.replaceChildren();
  if (days.length === 0) {
    list.append(element('p', 'Nothing with a fixed time in the next 7 days. Browse the categories for activities by arrangement.'));
  }
  for (const day of days) {
    list.append(element('h3', day.label));
    const ul = element('ul', undefined, { class: 'whats-on-day' });
    for (const s of day.sessions) {
      const li = element('li');
      li.append(element('span', `${s.time}: `), element('a', s.title, { href: s.url }), element('span', `, ${s.where}`));
      ul.append(li);
    }
    if (day.more > 0) {
      const more = element('li');
      more.append(element('a', `and ${day.more} more`, { href: '/search/' }));
      ul.append(more);
    }
    list.append(ul);
  }
  section.hidden = false;
}

for (const section of document.querySelectorAll<HTMLElement>('[data-whats-on]')) {
  fill(section).catch(() => {
    // A failed fetch leaves the section hidden, as it is without JavaScript.
  });
}
