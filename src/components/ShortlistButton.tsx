/** "Add to my list" inside the Preact islands (search results); the rest of the site uses src/scripts/shortlist-ui.ts. */
import { useEffect, useState } from 'react';
import { getList, onListChange, setList } from '../lib/referral/shortlist-storage.ts';
import { toggle } from '../lib/referral/shortlist.ts';

export default function ShortlistButton({ id, title }: { id: string; title: string }) {
  const [inList, setInList] = useState(false);
  useEffect(() => {
    const refresh = () => setInList(getList().includes(id));
    refresh();
    return onListChange(refresh);
  }, [id]);
  return (
    <button
      type="button"
      className="secondary"
      aria-pressed={inList}
      onClick={() => {
        const after = toggle(getList(), id);
        setList(after, after.includes(id) ? `Added ${title} to your list.` : `Removed ${title} from your list.`);
      }}
    >
      {inList ? 'Remove from my list' : 'Add to my list'}
      {/* The visible words start the accessible name (WCAG 2.5.3); the title says which activity. */}
      <span className="visually-hidden">: {title}</span>
    </button>
  );
}
