/** Rewords each [data-next-sessions] line for the reader's own date and time, from the sessions the build worked out. */
import { clockInLondon, todayInLondon } from '../lib/schedule/dates.ts';
import { nextSessionsText, type NextSessionsData } from '../lib/schedule/next-sessions-text.ts';

for (const line of document.querySelectorAll<HTMLElement>('[data-next-sessions]')) {
  const { nextSessions: json, nextFrom: from, nextTo: to } = line.dataset;
  const today = todayInLondon();
  // Outside the days this build covers, its dates would be stale: say nothing rather than something wrong.
  if (!json || !from || !to || today < from || today > to) {
    line.hidden = true;
    continue;
  }
  const text = nextSessionsText(JSON.parse(json) as NextSessionsData, today, clockInLondon());
  line.hidden = !text;
  line.textContent = text ?? '';
}
