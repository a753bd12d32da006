/**
 * Progressive enhancement for the shortlist on every page: the count in the
 * header and the "Add to my list" buttons, which stay hidden without
 * JavaScript (the list lives in the browser, so without it there is none).
 */
import { getList, onListChange, setList } from '../lib/referral/shortlist-storage.ts';
import { toggle } from '../lib/referral/shortlist.ts';

function render() {
  const ids = getList();
  for (const el of document.querySelectorAll<HTMLElement>('[data-shortlist-count]')) {
    el.textContent = ids.length ? ` (${ids.length})` : '';
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-shortlist-id]')) {
    const inList = ids.includes(button.dataset['shortlistId'] ?? '');
    button.hidden = false;
    button.setAttribute('aria-pressed', String(inList));
    button.textContent = inList ? 'Remove from my list' : 'Add to my list';
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-shortlist-id]');
  if (!button) return;
  const id = button.dataset['shortlistId'] ?? '';
  const title = button.dataset['shortlistTitle'] ?? 'Activity';
  const before = getList();
  const after = toggle(before, id);
  setList(after, after.includes(id) ? `Added ${title} to your list.` : `Removed ${title} from your list.`);
});

onListChange(render);
render();
