/** "Add to my list" inside React islands (search results); the rest of the site uses src/scripts/shortlist-ui.ts. */
import { useEffect, useState } from 'react';
import { getList, onListChange, setList } from '../lib/shortlist-browser.ts';
import { toggle } from '../lib/shortlist.ts';

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
      aria-label={`${inList ? 'Remove' : 'Add'} ${title} ${inList ? 'from' : 'to'} my list`}
      onClick={() => {
        const after = toggle(getList(), id);
        setList(after, after.includes(id) ? `Added ${title} to your list.` : `Removed ${title} from your list.`);
      }}
    >
      {inList ? 'Remove from my list' : 'Add to my list'}
    </button>
  );
}
