/**
 * The "add your activity" form: builds the entry file as the volunteer
 * types, checks it with the same schema and messages as the build and the
 * validator, then lets them download, copy, propose or email it. Nothing is
 * sent anywhere by the page itself: the last two are ordinary links the
 * user chooses to follow.
 */
// First, before any schema is built: see the module's comment.
import '../schema/zod-without-eval.ts';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { activitySchema } from '../schema/activity.ts';
import { ACCESSIBILITY, ACTIVITY_LEVELS, AUDIENCES, CATEGORIES, DELIVERY, FORMATS, FREQUENCIES, JOIN_METHODS, SAFEGUARDING, STATUSES, WEEKDAYS, type StatusKey, type WeekdayCode } from '../schema/vocabulary.ts';
import { formMessage } from '../lib/contributing/form-messages.ts';
import { entryToMarkdown } from '../lib/contributing/entry-markdown.ts';
import { activityUrl, isActivityId } from '../lib/content/activity-url.ts';
import { controlIdFor, emptyForm, emptySession, entryToForm, formToEntry, type SessionForm, type SubmissionForm, type YesNo } from '../lib/contributing/submission.ts';
import { readEntrySource } from '../lib/contributing/entry-source-data.ts';
import { entryChanges } from '../lib/contributing/entry-changes.ts';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../lib/contributing/draft-storage.ts';
import { confirmIssueUrl, editFileUrl } from '../lib/contributing/entry-links.ts';
import { formSection, FORM_SECTIONS, type FormSectionId } from '../lib/contributing/form-sections.ts';
import { slugify } from '../lib/content/slug.ts';
import { formatLongDate, todayInLondon } from '../lib/schedule/dates.ts';

export interface SubmitFormProps {
  areas: { id: string; label: string }[];
  repositoryUrl: string;
  correctionsEmail: string;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}

function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p className="error-message" id={`${id}-error`}><span className="visually-hidden">Error: </span>{error}</p>}
      {children(describedBy)}
    </div>
  );
}

interface ChoicesProps {
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  type: 'checkbox' | 'radio';
  options: { value: string; label: string }[];
  selected: string[];
  onChange: (values: string[]) => void;
}

function Choices({ id, legend, hint, error, type, options, selected, onChange }: ChoicesProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} className={error ? 'field-error' : undefined} aria-describedby={describedBy} tabIndex={-1}>
      <legend>{legend}</legend>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p className="error-message" id={`${id}-error`}><span className="visually-hidden">Error: </span>{error}</p>}
      <div className="choices">
        {options.map((o) => (
          <label key={o.value} className="facet-option">
            <input
              type={type}
              name={id}
              value={o.value}
              checked={selected.includes(o.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(e) => {
                if (type === 'radio') onChange([o.value]);
                else onChange(e.currentTarget.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value));
              }}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const options = (record: Record<string, { label: string }>) => Object.entries(record).map(([value, t]) => ({ value, label: t.label }));

export default function SubmitForm({ areas, repositoryUrl, correctionsEmail }: SubmitFormProps) {
  const [mounted, setMounted] = useState(false);
  const [form, setForm] = useState<SubmissionForm>(() => emptyForm(''));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [copied, setCopied] = useState('');
  const [checks, setChecks] = useState(0);
  const [updateId, setUpdateId] = useState<string | undefined>();
  // The note at the top of the file being updated, kept in the file the form writes.
  const [headerComment, setHeaderComment] = useState<string | undefined>();
  const [original, setOriginal] = useState<{ entry: Record<string, unknown>; body: string; title: string } | undefined>();
  const [loadProblem, setLoadProblem] = useState('');
  const [start, setStart] = useState<SubmissionForm | undefined>();
  const [restored, setRestored] = useState('');
  // The problems as they stood at the last press of "Check my entry": the list is an alert, which a screen
  // reader reads out again at every change, so it does not follow the typing (the fields' own messages do).
  const [summary, setSummary] = useState<[string, string][]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setMounted(true);
    // Today in the reader's browser, not the day the site was built.
    const today = todayInLondon();
    const wanted = new URLSearchParams(location.search).get('update') ?? undefined;
    const begin = (initial: SubmissionForm, id?: string) => {
      const draft = loadDraft(localStorage, draftKey(id));
      setStart(initial);
      setForm(draft?.form ?? initial);
      if (draft) setRestored(draft.savedAt);
    };
    if (!wanted) return begin(emptyForm(today));
    // Only an entry id reaches the address below: never a path or another site.
    if (!isActivityId(wanted)) {
      setLoadProblem('That link does not name an activity in the directory.');
      return undefined;
    }
    fetch(activityUrl(wanted))
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => {
        const source = readEntrySource(new DOMParser().parseFromString(html, 'text/html'));
        if (!source) throw new Error('no entry');
        const current = entryToForm(source.data, source.body);
        setUpdateId(source.id);
        setHeaderComment(source.headerComment);
        setOriginal({ entry: formToEntry(current), body: current.body, title: source.data.title });
        begin({ ...current, assuredDate: today }, source.id);
      })
      .catch(() => setLoadProblem('That activity could not be loaded. It may have been removed, or the connection dropped: try the link on its page again.'));
    return undefined;
  }, []);

  const dirty = start !== undefined && JSON.stringify(form) !== JSON.stringify(start);
  // Kept as they type, in this browser only; a form back as it started keeps nothing.
  useEffect(() => {
    if (!start) return;
    const key = draftKey(updateId);
    if (dirty) saveDraft(localStorage, key, form);
    else clearDraft(localStorage, key);
  }, [form, start, updateId, dirty]);

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  // Each press of "Check my entry" moves focus to the list of problems, as GOV.UK forms do.
  useEffect(() => {
    if (checks > 0) summaryRef.current?.focus();
  }, [checks]);

  const schema = useMemo(() => activitySchema({ areas: areas.map((a) => a.id) }), [areas]);
  const entry = useMemo(() => formToEntry(form), [form]);
  const result = useMemo(() => schema.safeParse(entry), [schema, entry]);
  const errors = useMemo(() => {
    const byControl = new Map<string, string>();
    if (!result.success) {
      for (const issue of result.error.issues) {
        const id = controlIdFor(issue.path);
        if (!byControl.has(id)) byControl.set(id, formMessage(issue, entry));
      }
    }
    return byControl;
  }, [result, entry]);
  const fileName = updateId ? `${updateId}.md` : `${slugify(form.title) || 'new-activity'}.md`;
  const fileText = useMemo(
    () => entryToMarkdown(result.success ? (result.data as Record<string, unknown>) : entry, form.body, headerComment),
    [result, entry, form.body, headerComment],
  );

  const changes = useMemo(() => (original ? entryChanges(original.entry, entry, original.body, form.body) : []), [original, entry, form.body]);

  if (!mounted) {
    return (
      <p className="notice">
        This form needs JavaScript. Without it, email your activity’s details to{' '}
        <a href={`mailto:${correctionsEmail}`}>{correctionsEmail}</a>, or follow the <a href="/contributing/">contributor guide</a>.
      </p>
    );
  }
  if (loadProblem) return <p className="notice" role="alert">{loadProblem} You can also <a href="/add-your-activity/">add a new activity</a>.</p>;
  if (!start) return <p role="status">Loading the activity’s details…</p>;

  const set = <K extends keyof SubmissionForm>(key: K, value: SubmissionForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setSession = (i: number, patch: Partial<SessionForm>) =>
    setForm((f) => ({ ...f, sessions: f.sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const errorFor = (id: string) => (attempted || touched.has(id) ? errors.get(id) : undefined);
  const invalid = (id: string) => (errorFor(id) ? true : undefined);
  const touch = (id: string) => () => setTouched((t) => (t.has(id) ? t : new Set(t).add(id)));
  const text = (id: string, value: string, onChange: (v: string) => void, extra: Record<string, unknown> = {}) =>
    (describedBy: string | undefined) => (
      <input
        id={id}
        type="text"
        value={value}
        aria-invalid={invalid(id)}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.value)}
        onBlur={touch(id)}
        {...extra}
      />
    );
  const area = (id: string, value: string, onChange: (v: string) => void, rows = 3) =>
    (describedBy: string | undefined) => (
      <textarea id={id} rows={rows} value={value} aria-invalid={invalid(id)} aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.value)} onBlur={touch(id)} />
    );
  // A select whose first choice, "Not saying", leaves the field out of the entry.
  const choose = (id: string, value: string, choices: { value: string; label: string }[], onChange: (v: string) => void) =>
    (describedBy: string | undefined) => (
      <select id={id} value={value} aria-invalid={invalid(id)} aria-describedby={describedBy} onChange={(e) => onChange(e.currentTarget.value)} onBlur={touch(id)}>
        <option value="">Not saying</option>
        {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
    );
  // Phone, email and website answer one request, "at least one of these": its hint and its error belong to each.
  const contactText = (id: string, value: string, onChange: (v: string) => void, extra: Record<string, unknown>) =>
    (describedBy: string | undefined) =>
      text(id, value, onChange, {
        ...extra,
        'aria-invalid': errorFor(id) || errorFor('f-contact') ? true : undefined,
        'aria-describedby': [describedBy, 'f-contact-hint', errorFor('f-contact') ? 'f-contact-error' : ''].filter(Boolean).join(' '),
      })(describedBy);
  const yesNo = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];
  const pick = (id: string, f: (v: string[]) => void) => (v: string[]) => {
    f(v);
    touch(id)();
  };

  // A problem's link leads to a control that takes the focus: the contact request's, to the first way to give.
  const targetOf = (id: string) => (id === 'f-contact' ? 'f-contact-phone' : id);
  const visibleErrors = [...errors.entries()].filter(([id]) => attempted || touched.has(id));
  const newFileUrl = `${repositoryUrl.replace(/\/$/, '')}/new/main/content/activities?filename=${encodeURIComponent(fileName)}&value=${encodeURIComponent(fileText)}`;
  const subject = updateId ? `Update to activity: ${original?.title ?? form.title} (${updateId})` : `New activity: ${form.title || 'untitled'}`;
  const mailto = `mailto:${correctionsEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(fileText)}`;
  const sectionErrors = (id: FormSectionId) => visibleErrors.filter(([control]) => formSection(control) === id);
  // A plain function, not a component: a component defined here would be new on every render and lose the focus.
  const section = (id: FormSectionId, children: ReactNode) => {
    const problems = sectionErrors(id);
    return (
      <details open className="form-section" id={`section-${id}`}>
        <summary>
          <h2>{FORM_SECTIONS[id]}</h2>
          {problems.length > 0 && <span className="section-count"> ({problems.length} {problems.length === 1 ? 'problem' : 'problems'})</span>}
        </summary>
        {attempted && problems.length > 0 && (
          <div className="section-problems">
            <p><strong>To fix in this section:</strong></p>
            <ul>{problems.map(([pid, message]) => <li key={pid}><a href={`#${targetOf(pid)}`}>{message}</a></li>)}</ul>
          </div>
        )}
        {children}
      </details>
    );
  };
  const startAgain = () => {
    clearDraft(localStorage, draftKey(updateId));
    setForm(start);
    setRestored('');
    setTouched(new Set());
    setAttempted(false);
    setSummary([]);
  };

  return (
    <div className="submit-form">
      {updateId && <h2 className="updating">Updating: {original?.title}</h2>}
      <div className="notice draft-notice">
        <p>
          What you type is kept <strong>in this browser on this device only</strong>, as you type, so you can come back to it.
          Nothing is sent until you choose to. On a shared computer, press “Start again” when you have finished.
        </p>
        {restored && <p role="status">Welcome back: your unsent changes from {formatLongDate(todayInLondon(new Date(restored)))} are restored.</p>}
        <button type="button" className="secondary" onClick={startAgain}>Start again</button>
      </div>
      {/* Gone, without a word, once the entry passes every check: the status below says so. */}
      {attempted && summary.length > 0 && !result.success && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2>There {summary.length === 1 ? 'is a problem' : `are ${summary.length} problems`} to fix</h2>
          <ul>
            {summary.map(([id, message]) => (
              <li key={id}><a href={`#${targetOf(id)}`}>{message}</a></li>
            ))}
          </ul>
        </div>
      )}
      <form noValidate onSubmit={(e) => {
        e.preventDefault();
        setAttempted(true);
        setSummary([...errors.entries()]);
        setChecks((n) => n + 1);
        // A problem's link must lead somewhere visible: open every section that has one.
        for (const id of errors.keys()) document.getElementById(targetOf(id))?.closest('details')?.setAttribute('open', '');
      }}>
        {section('about', <>
        <Field id="f-title" label="Name of the activity" error={errorFor('f-title')}>{text('f-title', form.title, (v) => set('title', v))}</Field>
        <Field id="f-summary" label="In one sentence, what happens?" hint="Up to 160 characters. This is shown in search results." error={errorFor('f-summary')}>
          {text('f-summary', form.summary, (v) => set('summary', v))}
        </Field>
        <Choices id="f-categories" legend="Which categories fit best?" hint="Choose 1 to 3." type="checkbox" options={options(CATEGORIES)}
          selected={form.categories} onChange={pick('f-categories', (v) => set('categories', v))} error={errorFor('f-categories')} />
        <Field id="f-body" label="Describe it for someone thinking of coming along" hint="A few friendly paragraphs: what happens, what a first visit is like. You can use **bold** and lists starting with “- ”.">
          {area('f-body', form.body, (v) => set('body', v), 6)}
        </Field>

        </>)}

        {section('who', <>
        <Field id="f-organisation-name" label="Organisation or group name" error={errorFor('f-organisation-name')}>
          {text('f-organisation-name', form.organisationName, (v) => set('organisationName', v))}
        </Field>
        <Field id="f-organisation-website" label="Its website (optional)" hint="Starting with https://" error={errorFor('f-organisation-website')}>
          {text('f-organisation-website', form.organisationWebsite, (v) => set('organisationWebsite', v), { inputMode: 'url' })}
        </Field>

        </>)}

        {section('when', <>
        <label className="facet-option">
          <input type="checkbox" id="f-by_arrangement" checked={form.byArrangement} onChange={(e) => set('byArrangement', e.currentTarget.checked)} />
          <span>There is no fixed time: times are arranged with each person</span>
        </label>
        {!form.byArrangement && form.sessions.map((s, i) => {
          const base = `f-schedules-${i}`;
          return (
            <fieldset key={i} className="session">
              <legend>Session {i + 1}</legend>
              <Field id={`${base}-freq`} label="How often?" error={errorFor(`${base}-freq`)}>
                {(d) => (
                  <select id={`${base}-freq`} value={s.freq} aria-invalid={invalid(`${base}-freq`)} aria-describedby={d} onChange={(e) => setSession(i, { freq: e.currentTarget.value as SessionForm['freq'] })}>
                    {Object.entries(FREQUENCIES).map(([v, t]) => <option key={v} value={v}>{t.label}</option>)}
                  </select>
                )}
              </Field>
              {s.freq === 'monthly' && (
                <Field id={`${base}-week_of_month`} label="Which week of the month?" error={errorFor(`${base}-week_of_month`)}>
                  {(d) => (
                    <select id={`${base}-week_of_month`} value={s.week_of_month} aria-invalid={invalid(`${base}-week_of_month`)} aria-describedby={d} onChange={(e) => setSession(i, { week_of_month: e.currentTarget.value })} onBlur={touch(`${base}-week_of_month`)}>
                      <option value="">Choose…</option>
                      <option value="1">First</option><option value="2">Second</option><option value="3">Third</option><option value="4">Fourth</option><option value="-1">Last</option>
                    </select>
                  )}
                </Field>
              )}
              <Choices id={`${base}-byday`} legend="On which day or days?" type="checkbox"
                options={Object.entries(WEEKDAYS).map(([value, label]) => ({ value, label }))}
                selected={s.byday} onChange={pick(`${base}-byday`, (v) => setSession(i, { byday: v as WeekdayCode[] }))} error={errorFor(`${base}-byday`)} />
              <Field id={`${base}-opens_at`} label="Starts at" error={errorFor(`${base}-opens_at`)}>
                {(d) => <input id={`${base}-opens_at`} type="time" value={s.opens_at} aria-invalid={invalid(`${base}-opens_at`)} aria-describedby={d} onChange={(e) => setSession(i, { opens_at: e.currentTarget.value })} onBlur={touch(`${base}-opens_at`)} />}
              </Field>
              <Field id={`${base}-closes_at`} label="Finishes at" error={errorFor(`${base}-closes_at`)}>
                {(d) => <input id={`${base}-closes_at`} type="time" value={s.closes_at} aria-invalid={invalid(`${base}-closes_at`)} aria-describedby={d} onChange={(e) => setSession(i, { closes_at: e.currentTarget.value })} onBlur={touch(`${base}-closes_at`)} />}
              </Field>
              {s.freq === 'fortnightly' && (
                <Field id={`${base}-valid_from`} label="The date of any one session" hint="So the right weeks are shown." error={errorFor(`${base}-valid_from`)}>
                  {(d) => <input id={`${base}-valid_from`} type="date" value={s.valid_from} aria-invalid={invalid(`${base}-valid_from`)} aria-describedby={d} onChange={(e) => setSession(i, { valid_from: e.currentTarget.value })} onBlur={touch(`${base}-valid_from`)} />}
                </Field>
              )}
              {s.freq !== 'fortnightly' && s.valid_from && (
                <Field id={`${base}-valid_from`} label="Date of the first session" error={errorFor(`${base}-valid_from`)}>
                  {(d) => <input id={`${base}-valid_from`} type="date" value={s.valid_from} aria-invalid={invalid(`${base}-valid_from`)} aria-describedby={d} onChange={(e) => setSession(i, { valid_from: e.currentTarget.value })} onBlur={touch(`${base}-valid_from`)} />}
                </Field>
              )}
              <Field id={`${base}-valid_to`} label="Date of the last session (optional)" hint="For a course or season that ends." error={errorFor(`${base}-valid_to`)}>
                {(d) => <input id={`${base}-valid_to`} type="date" value={s.valid_to} aria-invalid={invalid(`${base}-valid_to`)} aria-describedby={d} onChange={(e) => setSession(i, { valid_to: e.currentTarget.value })} onBlur={touch(`${base}-valid_to`)} />}
              </Field>
              <Field id={`${base}-description`} label="Anything to add about this session? (optional)" hint="For example: Not on bank holidays.">
                {text(`${base}-description`, s.description, (v) => setSession(i, { description: v }))}
              </Field>
              {form.sessions.length > 1 && (
                <button type="button" className="secondary" onClick={() => set('sessions', form.sessions.filter((_, j) => j !== i))}>Remove session {i + 1}</button>
              )}
            </fieldset>
          );
        })}
        {!form.byArrangement && (
          <button type="button" className="secondary" onClick={() => set('sessions', [...form.sessions, emptySession()])}>Add another session</button>
        )}
        <Field id="f-schedule_notes" label="Anything else about timing? (optional)" hint="For example: Not in August." error={errorFor('f-schedule_notes')}>
          {text('f-schedule_notes', form.scheduleNotes, (v) => set('scheduleNotes', v))}
        </Field>

        </>)}

        {section('where', <>
        <label className="facet-option">
          <input type="checkbox" checked={form.online} onChange={(e) => set('online', e.currentTarget.checked)} />
          <span>It happens online or by phone</span>
        </label>
        {!form.online && (
          <>
            <Field id="f-location-venue" label="Venue or meeting point" error={errorFor('f-location-venue')}>{text('f-location-venue', form.venue, (v) => set('venue', v))}</Field>
            <Field id="f-location-address" label="Street and town" hint="Without the postcode." error={errorFor('f-location-address')}>{text('f-location-address', form.address, (v) => set('address', v))}</Field>
            <Field id="f-location-postcode" label="Postcode" error={errorFor('f-location-postcode')}>
              {text('f-location-postcode', form.postcode, (v) => set('postcode', v), { autoComplete: 'postal-code', className: 'short' })}
            </Field>
            <Field id="f-location-area" label="Area" error={errorFor('f-location-area')}>
              {(d) => (
                <select id="f-location-area" value={form.area} aria-invalid={invalid('f-location-area')} aria-describedby={d} onChange={(e) => set('area', e.currentTarget.value)} onBlur={touch('f-location-area')}>
                  <option value="">Choose…</option>
                  {areas.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
                </select>
              )}
            </Field>
          </>
        )}
        {!form.online && (
          <>
            <Field id="f-location-latitude" label="Latitude (optional)" hint="For “near me” sorting, such as 53.7421. Leave blank if unsure." error={errorFor('f-location-latitude')}>
              {text('f-location-latitude', form.latitude, (v) => set('latitude', v), { inputMode: 'decimal', className: 'short' })}
            </Field>
            <Field id="f-location-longitude" label="Longitude (optional)" hint="Such as -1.6012 (negative west of Greenwich)." error={errorFor('f-location-longitude')}>
              {text('f-location-longitude', form.longitude, (v) => set('longitude', v), { inputMode: 'decimal', className: 'short' })}
            </Field>
          </>
        )}
        <Field id="f-location-directions" label="How to find it once there (optional)">{text('f-location-directions', form.directions, (v) => set('directions', v))}</Field>
        {!form.online && (
          <>
            <Field id="f-getting_there-buses" label="Nearest bus stops or routes (optional)" hint="For example: Bus 12 to Mill Lane, then a 2 minute walk." error={errorFor('f-getting_there-buses')}>
              {text('f-getting_there-buses', form.buses, (v) => set('buses', v))}
            </Field>
            <Field id="f-getting_there-parking" label="Parking (optional)" hint="For example: Free car park behind the hall, two blue badge spaces." error={errorFor('f-getting_there-parking')}>
              {text('f-getting_there-parking', form.parking, (v) => set('parking', v))}
            </Field>
            <Field id="f-getting_there-step_free_route" label="Step-free way in (optional)" hint="For example: Ramp at the side door on Church Street." error={errorFor('f-getting_there-step_free_route')}>
              {text('f-getting_there-step_free_route', form.stepFreeRoute, (v) => set('stepFreeRoute', v))}
            </Field>
          </>
        )}

        </>)}

        {section('joining', <>
        <Choices id="f-cost_option-free" legend="Does it cost anything?" type="radio"
          options={[{ value: 'free', label: 'It is free' }, { value: 'paid', label: 'There is a charge' }]}
          selected={[form.free ? 'free' : 'paid']} onChange={(v) => set('free', v[0] === 'free')} />
        {!form.free && (
          <Field id="f-cost_option-amount" label="How much?" hint="For example: £3 a session." error={errorFor('f-cost_option-amount')}>{text('f-cost_option-amount', form.amount, (v) => set('amount', v))}</Field>
        )}
        <Field id="f-cost_option-concessions" label={form.free ? 'Anything else about cost (optional)' : 'Reduced prices (optional)'} hint={form.free ? 'For example: Donations welcome.' : undefined} error={errorFor('f-cost_option-concessions')}>
          {text('f-cost_option-concessions', form.concessions, (v) => set('concessions', v))}
        </Field>
        <Choices id="f-how_to_join-method" legend="How do people join?" type="radio" options={options(JOIN_METHODS)}
          selected={[form.joinMethod]} onChange={(v) => set('joinMethod', v[0] ?? 'drop-in')} error={errorFor('f-how_to_join-method')} />
        <Field id="f-how_to_join-instructions" label="What should someone do the first time? (optional)">{area('f-how_to_join-instructions', form.joinInstructions, (v) => set('joinInstructions', v), 2)}</Field>

        </>)}

        {section('contact', <>
        <p className="hint" id="f-contact-hint">Give at least one of a phone number, email address or website.</p>
        {errorFor('f-contact') && <p className="error-message" id="f-contact-error"><span className="visually-hidden">Error: </span>{errorFor('f-contact')}</p>}
        <Field id="f-contact-name" label="Name or role to ask for (optional)">{text('f-contact-name', form.contactName, (v) => set('contactName', v))}</Field>
        <Field id="f-contact-phone" label="Phone" error={errorFor('f-contact-phone')}>{contactText('f-contact-phone', form.phone, (v) => set('phone', v), { type: 'tel', autoComplete: 'tel' })}</Field>
        <Field id="f-contact-email" label="Email" error={errorFor('f-contact-email')}>{contactText('f-contact-email', form.email, (v) => set('email', v), { type: 'email', autoComplete: 'email' })}</Field>
        <Field id="f-contact-website" label="Web page about the activity" hint="Starting with https://" error={errorFor('f-contact-website')}>{contactText('f-contact-website', form.contactWebsite, (v) => set('contactWebsite', v), { inputMode: 'url' })}</Field>

        </>)}

        {section('for', <>
        <Choices id="f-eligibility-audiences" legend="Who is it aimed at? (optional)" type="checkbox" options={options(AUDIENCES)}
          selected={form.audiences} onChange={(v) => set('audiences', v)} error={errorFor('f-eligibility-audiences')} />
        <Field id="f-eligibility-conditions" label="Health conditions it supports (optional)" hint="Separate with commas, for example: type 2 diabetes, COPD" error={errorFor('f-eligibility-conditions')}>
          {text('f-eligibility-conditions', form.conditions, (v) => set('conditions', v))}
        </Field>
        <Field id="f-eligibility-minimum_age" label="Youngest age (optional)" error={errorFor('f-eligibility-minimum_age')}>{text('f-eligibility-minimum_age', form.minimumAge, (v) => set('minimumAge', v), { inputMode: 'numeric', className: 'short' })}</Field>
        <Field id="f-eligibility-maximum_age" label="Oldest age (optional)" error={errorFor('f-eligibility-maximum_age')}>{text('f-eligibility-maximum_age', form.maximumAge, (v) => set('maximumAge', v), { inputMode: 'numeric', className: 'short' })}</Field>
        <Field id="f-eligibility-description" label="Anything else about who can come (optional)" error={errorFor('f-eligibility-description')}>{text('f-eligibility-description', form.eligibilityNote, (v) => set('eligibilityNote', v))}</Field>

        </>)}

        {section('fit', <>
        <Field id="f-languages" label="Languages it is run in (optional)" hint="Language codes separated by commas: en for English, pl for Polish, ur for Urdu, bfi for British Sign Language." error={errorFor('f-languages')}>
          {text('f-languages', form.languages, (v) => set('languages', v), { autoComplete: 'off', spellCheck: false })}
        </Field>
        <Field id="f-interpretation_services" label="Interpreting or translation on offer (optional)" hint="For example: A BSL interpreter can come if you ask a week ahead." error={errorFor('f-interpretation_services')}>
          {text('f-interpretation_services', form.interpretation, (v) => set('interpretation', v))}
        </Field>
        <Field id="f-format" label="Group or one to one? (optional)" error={errorFor('f-format')}>{choose('f-format', form.format, options(FORMATS), (v) => set('format', v))}</Field>
        <Choices id="f-delivery" legend="How is it delivered? (optional)" type="checkbox" options={options(DELIVERY)}
          selected={form.delivery} onChange={pick('f-delivery', (v) => set('delivery', v))} error={errorFor('f-delivery')} />
        <Field id="f-activity_level" label="How physically active is it? (optional)" error={errorFor('f-activity_level')}>
          {choose('f-activity_level', form.activityLevel, Object.entries(ACTIVITY_LEVELS).map(([value, t]) => ({ value, label: `${t.label}: ${t.description}` })), (v) => set('activityLevel', v))}
        </Field>
        <Field id="f-no_experience_needed" label="Can beginners come with no experience? (optional)">{choose('f-no_experience_needed', form.noExperienceNeeded, yesNo, (v) => set('noExperienceNeeded', v as YesNo))}</Field>
        <Field id="f-first_visit-met_on_arrival" label="Will someone meet a newcomer on their first visit? (optional)">{choose('f-first_visit-met_on_arrival', form.metOnArrival, yesNo, (v) => set('metOnArrival', v as YesNo))}</Field>
        <Field id="f-first_visit-bring_someone" label="Can a newcomer bring a friend or carer? (optional)">{choose('f-first_visit-bring_someone', form.bringSomeone, yesNo, (v) => set('bringSomeone', v as YesNo))}</Field>
        <Field id="f-first_visit-free_taster" label="Is the first session a free taster? (optional)">{choose('f-first_visit-free_taster', form.freeTaster, yesNo, (v) => set('freeTaster', v as YesNo))}</Field>
        <Field id="f-first_visit-what_to_bring" label="What to bring or wear (optional)" hint="For example: Comfortable shoes and a bottle of water." error={errorFor('f-first_visit-what_to_bring')}>
          {text('f-first_visit-what_to_bring', form.whatToBring, (v) => set('whatToBring', v))}
        </Field>
        <Field id="f-safeguarding" label="Do leaders have safeguarding training or DBS checks? (optional)" error={errorFor('f-safeguarding')}>
          {choose('f-safeguarding', form.safeguarding, options(SAFEGUARDING), (v) => set('safeguarding', v))}
        </Field>

        </>)}

        {section('access', <>
        <Choices id="f-accessibility-features" legend="What does the venue have?" type="checkbox" options={options(ACCESSIBILITY)}
          selected={form.features} onChange={(v) => set('features', v)} />
        <Field id="f-accessibility-notes" label="Anything else about access (optional)">{text('f-accessibility-notes', form.accessibilityNotes, (v) => set('accessibilityNotes', v))}</Field>

        </>)}

        {section('checked', <>
        <Field id="f-assured_date" label="Date these details were checked" error={errorFor('f-assured_date')}>
          {(d) => <input id="f-assured_date" type="date" value={form.assuredDate} aria-invalid={invalid('f-assured_date')} aria-describedby={d} onChange={(e) => set('assuredDate', e.currentTarget.value)} />}
        </Field>
        <Field id="f-status" label="Is it running?" error={errorFor('f-status')}>
          {(d) => (
            <select id="f-status" value={form.status} aria-invalid={invalid('f-status')} aria-describedby={d} onChange={(e) => set('status', e.currentTarget.value as StatusKey)}>
              {Object.entries(STATUSES).map(([v, t]) => <option key={v} value={v}>{t.label}</option>)}
            </select>
          )}
        </Field>
        {(form.status !== 'running' || form.statusNote) && (
          <Field id="f-status_note" label="Why, or when it restarts (optional)" error={errorFor('f-status_note')}>{text('f-status_note', form.statusNote, (v) => set('statusNote', v))}</Field>
        )}
        {(form.status === 'paused' || form.pausedUntil) && (
          <Field id="f-paused_until" label="The day sessions start again (optional)" error={errorFor('f-paused_until')}>
            {(d) => <input id="f-paused_until" type="date" value={form.pausedUntil} aria-invalid={invalid('f-paused_until')} aria-describedby={d} onChange={(e) => set('pausedUntil', e.currentTarget.value)} />}
          </Field>
        )}
        <Field id="f-maintainers" label="GitHub usernames of people who keep this entry current (optional)" hint="Separate with commas. They are asked to check it before it goes out of date." error={errorFor('f-maintainers')}>
          {text('f-maintainers', form.maintainers, (v) => set('maintainers', v), { autoComplete: 'off', spellCheck: false })}
        </Field>
        </>)}

        <button type="submit">Check my entry</button>
      </form>

      <section aria-labelledby="result-heading" className="result">
        <h2 id="result-heading">Your entry</h2>
        <p role="status" aria-live="polite">
          {result.success
            ? `Ready: ${fileName} passes every check.`
            : attempted
              ? `${visibleErrors.length} ${visibleErrors.length === 1 ? 'problem' : 'problems'} to fix before it can be sent.`
              : 'Fill in the form; the file below updates as you type.'}
        </p>
        {original && (
          <section aria-labelledby="changes-heading" className="changes">
            <h3 id="changes-heading">What you have changed</h3>
            {changes.length === 0 ? (
              <p className="no-changes" role="status">
                You have not changed anything yet. If the activity is still running exactly as described, there is no need to send a file:{' '}
                <a href={confirmIssueUrl(repositoryUrl, updateId!, original.title)}>tell us it is still running, nothing has changed</a>.
              </p>
            ) : (
              <table>
                <thead><tr><th scope="col">Detail</th><th scope="col">Before</th><th scope="col">Now</th></tr></thead>
                <tbody>
                  {changes.map((c) => <tr key={c.label}><th scope="row">{c.label}</th><td>{c.before}</td><td>{c.after}</td></tr>)}
                </tbody>
              </table>
            )}
          </section>
        )}
        {result.success && !(original && changes.length === 0) && (
          <ul className="actions">
            <li>
              <a className="button" download={fileName.split('/').pop()} href={`data:text/markdown;charset=utf-8,${encodeURIComponent(fileText)}`}>Download {fileName}</a>
            </li>
            <li>
              <button type="button" className="secondary" onClick={() => navigator.clipboard.writeText(fileText).then(() => setCopied('Copied to the clipboard.'), () => setCopied('Could not copy: select the text below and copy it.'))}>
                Copy the file’s text
              </button>
              <span role="status">{copied}</span>
            </li>
            {updateId ? (
              <li>
                <a href={editFileUrl(repositoryUrl, updateId)} rel="noopener noreferrer">Propose the change on GitHub</a> (needs a free GitHub account):
                copy the file’s text first, then on the page that opens replace all of the file with it and press “Propose changes”.
              </li>
            ) : (
              <li><a href={newFileUrl} rel="noopener noreferrer">Propose it on GitHub</a> (needs a free GitHub account)</li>
            )}
            <li><a href={mailto}>Email it to {correctionsEmail}</a> (opens your email program)</li>
          </ul>
        )}
        <label htmlFor="f-preview">The file ({fileName})</label>
        <textarea id="f-preview" readOnly rows={16} value={fileText} className="preview" />
      </section>
    </div>
  );
}
