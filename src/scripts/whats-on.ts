/** Fills every [data-whats-on] section with the coming week's sessions, worked out today, here. */
import { todayInLondon } from '../lib/dates.ts';
import { upcoming, type WhatsOnItem } from '../lib/whats-on.ts';

const PER_DAY = 6;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

async function fill(section: HTMLElement) {
  const source = section.dataset['whatsOn'];
  const list = section.querySelector<HTMLElement>('[data-whats-on-list]');
  if (!source || !list) return;
  const response = await fetch(source);
  if (!response.ok) return;
  const days = upcoming((await response.json()) as WhatsOnItem[], todayInLondon());
  list.replaceChildren();
  if (days.length === 0) {
    list.append(element('p', 'Nothing with a fixed time in the next 7 days. Browse the categories for activities by arrangement.'));
  }
  for (const day of days) {
    list.append(element('h3', day.label));
    const ul = element('ul', undefined, { class: 'whats-on-day' });
    for (const s of day.sessions.slice(0, PER_DAY)) {
      const li = element('li');
      li.append(element('span', `${s.time}: `), element('a', s.title, { href: s.url }), element('span', `, ${s.where}`));
      ul.append(li);
    }
    if (day.sessions.length > PER_DAY) {
      const more = element('li');
      more.append(element('a', `and ${day.sessions.length - PER_DAY} more`, { href: '/search/' }));
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
