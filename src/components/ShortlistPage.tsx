/**
 * "My list": the activities a link worker has shortlisted with a patient,
 * as a page to review and as a printed handout (the print stylesheet turns
 * the same markup into an A4 sheet). A share link (?ids=a,b) shows someone
 * else's list without touching the reader's own until they choose to save it.
 */
import { Fragment, useEffect, useRef, useState } from 'react';
import QRCode from 'qrcode';
import type { ActivityCard } from '../lib/referral/card.ts';
import { nextDatesText, notesText } from '../lib/referral/handout.ts';
import { clockInLondon, formatLongDate, todayInLondon } from '../lib/schedule/dates.ts';
import { idsFromShareUrl, merge, shareUrl } from '../lib/referral/shortlist.ts';
import { activityUrl } from '../lib/content/activity-url.ts';
import { cardFromPage, getList, onListChange, setList } from '../lib/referral/shortlist-storage.ts';
import { contactLinks } from '../lib/activity/format.ts';
import { activityCount } from '../lib/activity/count.ts';

export interface ShortlistPageProps {
  directoryName: string;
  siteUrl: string;
}

type Loaded = { id: string; card?: ActivityCard; qr?: string; missing?: boolean };

async function loadCard(id: string, siteUrl: string): Promise<Loaded> {
  try {
    const response = await fetch(activityUrl(id));
    if (!response.ok) return { id, missing: true };
    const card = cardFromPage(await response.text());
    if (!card) return { id, missing: true };
    // The QR code points at the public site, so it works from the printed sheet.
    const qr = await QRCode.toDataURL(new URL(card.url, siteUrl).href, { margin: 1, width: 200, errorCorrectionLevel: 'M' });
    return { id, card, qr };
  } catch {
    return { id, missing: true };
  }
}

export default function ShortlistPage({ directoryName, siteUrl }: ShortlistPageProps) {
  const [mounted, setMounted] = useState(false);
  const [shared, setShared] = useState<string[] | undefined>();
  const [ids, setIds] = useState<string[]>([]);
  const [items, setItems] = useState<Loaded[] | null>(null);
  const [today, setToday] = useState('');
  const [status, setStatus] = useState('');
  const [showShare, setShowShare] = useState(false);
  // Where the removed item stood, until the list without it is drawn: its remove button goes with it.
  const removedAt = useRef<number | null>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const emptyHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setMounted(true);
    setToday(todayInLondon());
    const fromLink = idsFromShareUrl(window.location.search);
    setShared(fromLink);
    if (fromLink) {
      setIds(fromLink);
      return undefined;
    }
    const refresh = () => setIds(getList());
    refresh();
    return onListChange(refresh);
  }, []);

  useEffect(() => {
    if (!mounted) return;
    let cancelled = false;
    Promise.all(ids.map((id) => loadCard(id, siteUrl))).then((loaded) => {
      if (!cancelled) setItems(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [ids, mounted, siteUrl]);

  // Focus goes to the remove button of the item that took the removed one's place (or the one before), or
  // to the empty list's heading.
  useEffect(() => {
    const at = removedAt.current;
    if (at === null || items === null) return;
    removedAt.current = null;
    const next = items[at] ?? items[at - 1];
    (next ? removeButtons.current.get(next.id) : emptyHeading.current)?.focus();
  }, [items]);

  if (!mounted) {
    return (
      <p className="notice">
        Your list is kept in this browser and needs JavaScript to show. You can still <a href="/categories/">browse activities by category</a>.
      </p>
    );
  }

  const cards = (items ?? []).flatMap((i) => (i.card ? [i.card] : []));
  const link = shareUrl(window.location.origin, ids);
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus('Could not copy. Select the text and copy it instead.');
    }
  };
  const remove = (id: string, title: string, at: number) => {
    removedAt.current = at;
    setList(getList().filter((x) => x !== id), `Removed ${title} from your list.`);
  };
  const clear = () => {
    removedAt.current = 0;
    setList([], 'Cleared your list.');
  };
  const removeButton = (id: string) => (button: HTMLButtonElement | null) => {
    if (button) removeButtons.current.set(id, button);
    else removeButtons.current.delete(id);
  };

  return (
    <div className="shortlist">
      <header className="handout-header print-only">
        <p className="handout-directory">{directoryName}</p>
        <p>Activities suggested for you, printed on {today ? formatLongDate(today) : ''}.</p>
        <p>Your link worker: <span className="write-in" /></p>
      </header>

      {shared && (
        <div className="notice screen-only" role="note">
          <p>You are looking at a list someone shared with you ({activityCount(ids.length)}). Your own list has not changed.</p>
          <p>
            <button type="button" onClick={() => { setList(merge(getList(), ids), 'Saved the shared activities to your list.'); setStatus('Saved to your list.'); }}>
              Save these to my list
            </button>{' '}
            <a href="/shortlist/">See my own list</a>
          </p>
        </div>
      )}

      <p role="status" aria-live="polite" className="screen-only">
        {items === null ? 'Loading your list…' : ids.length === 0 ? '' : `${activityCount(cards.length)} in this list.`}
        {status && ` ${status}`}
      </p>

      {items !== null && ids.length === 0 && (
        <div className="empty-state screen-only">
          <h2 tabIndex={-1} ref={emptyHeading}>Your list is empty</h2>
          <p>Use <strong>Add to my list</strong> on any activity, or in search results, to keep it here. Then you can print a handout, copy a summary for notes, or share the list as a link.</p>
          <p><a href="/search/">Search activities</a> or <a href="/categories/">browse by category</a>.</p>
        </div>
      )}

      {cards.length > 0 && (
        <div className="page-actions screen-only">
          <button type="button" onClick={() => window.print()}>Print handout</button>
          <button type="button" className="secondary" onClick={() => copy(notesText(cards, today, directoryName, siteUrl), 'Summary copied for the notes.')}>Copy for notes</button>
          <button type="button" className="secondary" aria-expanded={showShare} onClick={() => setShowShare((s) => !s)}>Share link</button>
          {!shared && (
            <button type="button" className="secondary" onClick={clear}>Clear list</button>
          )}
        </div>
      )}
      {showShare && cards.length > 0 && (
        <div className="share screen-only">
          <label htmlFor="share-link">Link to this list (to text or email; it carries only the activities, nothing about the patient)</label>
          <input id="share-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="secondary" onClick={() => copy(link, 'Link copied.')}>Copy link</button>
        </div>
      )}

      <ol className="handout-list">
        {(items ?? []).map((item, at) =>
          item.card ? (
            <li key={item.id} className="handout-item">
              <article>
                <h2><a href={item.card.url}>{item.card.title}</a></h2>
                <p>{item.card.summary}</p>
                {item.card.notices.map((n) => (
                  <p key={n.kind}><span className="flag">{n.flag}</span> {n.brief}</p>
                ))}
                <dl className="facts">
                  <dt>When</dt>
                  <dd>
                    {item.card.when.join('; ')}
                    {today && nextDatesText(item.card, today, 3, clockInLondon()).length > 0 && (
                      <> Next: {nextDatesText(item.card, today, 3, clockInLondon()).join('; ')}.</>
                    )}
                    {item.card.scheduleNotes && <> {item.card.scheduleNotes}</>}
                  </dd>
                  <dt>Where</dt>
                  <dd>{item.card.where}</dd>
                  <dt>Cost</dt>
                  <dd>{item.card.cost}</dd>
                  <dt>How to join</dt>
                  <dd>{item.card.join}</dd>
                  {item.card.languages && (
                    <>
                      <dt>Languages</dt>
                      <dd>{item.card.languages}</dd>
                    </>
                  )}
                  {(item.card.fit ?? []).map((f) => (
                    <Fragment key={f.label}>
                      <dt>{f.label}</dt>
                      <dd>{f.text}</dd>
                    </Fragment>
                  ))}
                  <dt>Contact</dt>
                  <dd>
                    {item.card.contact.name && <>Ask for {item.card.contact.name}: </>}
                    {Object.values(contactLinks(item.card.contact)).map((link, i) => (
                      <Fragment key={link.href}>
                        {i > 0 && ', '}
                        <a href={link.href} {...(link.href.startsWith('https://') ? { rel: 'noopener noreferrer' } : {})}>
                          {link.text}
                        </a>
                      </Fragment>
                    ))}
                  </dd>
                </dl>
                {item.qr && (
                  <figure className="qr">
                    <img src={item.qr} alt={`QR code linking to ${item.card.title} on ${new URL(siteUrl).host}`} width="120" height="120" />
                    <figcaption>Scan for details: {new URL(item.card.url, siteUrl).href}</figcaption>
                  </figure>
                )}
                {!shared && (
                  <button type="button" className="secondary screen-only" ref={removeButton(item.id)} onClick={() => remove(item.card!.id, item.card!.title, at)}>
                    Remove <span className="visually-hidden">{item.card.title}</span> from my list
                  </button>
                )}
              </article>
            </li>
          ) : (
            <li key={item.id} className="screen-only">
              <p>An activity in this list (“{item.id}”) is no longer in the directory.{' '}
                {!shared && <button type="button" className="secondary" ref={removeButton(item.id)} onClick={() => remove(item.id, item.id, at)}>Remove it</button>}
              </p>
            </li>
          ),
        )}
      </ol>
      <p className="print-only handout-footer">
        Details come from the groups themselves. Please ring or email before your first visit to check nothing has changed.
      </p>
    </div>
  );
}
