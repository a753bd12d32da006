/**
 * The languages an entry may say an activity is run in, and what each is
 * called. Codes are ISO 639-1 (two letters) or, for a language with no
 * two-letter code, ISO 639-3 (three letters, such as `bfi` for British Sign
 * Language). The list is explicit so a typing slip is an error rather than a
 * language nobody can name.
 *
 * Names come from the platform (`Intl.DisplayNames`) where it knows the
 * language; the table below fills in codes it does not know and the few
 * whose platform name is not the one used in the UK.
 */
import { nearestKeys } from '../lib/validation/nearest.ts';

/** ISO 639-1: every current two-letter code. */
const ISO_639_1 = (
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ' +
  'ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo ' +
  'lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl ' +
  'sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
).split(' ');

/**
 * ISO 639-3 codes for languages with no two-letter code that UK community
 * groups are run in: sign languages, and languages of large UK communities
 * that ISO 639-1 folds into a wider one.
 */
const ISO_639_3 = ['bfi', 'isg', 'syl', 'phr', 'yue', 'cmn', 'hak', 'ckb', 'kmr', 'prs', 'haz', 'kri', 'rom', 'sco'] as const;

export const LANGUAGE_CODES: readonly string[] = [...ISO_639_1, ...ISO_639_3];

/** Names the platform lacks or gives differently from UK usage; `own` only where a written own name is settled. */
const NAMES: Record<string, { english: string; own?: string }> = {
  bfi: { english: 'British Sign Language (BSL)' },
  isg: { english: 'Irish Sign Language (ISL)' },
  syl: { english: 'Sylheti' },
  phr: { english: 'Pahari-Pothwari' },
  haz: { english: 'Hazaragi' },
  bn: { english: 'Bengali', own: 'বাংলা' },
  cmn: { english: 'Mandarin Chinese', own: '普通话' },
};

export interface LanguageName {
  code: string;
  /** The English name: "Polish". */
  english: string;
  /** The language's name for itself, when it differs from the English one: "polski". */
  own?: string;
}

let english: Intl.DisplayNames | undefined;

/** What a known code is called in English and in the language itself. */
export function languageName(code: string): LanguageName {
  const table = NAMES[code];
  english ??= new Intl.DisplayNames('en-GB', { type: 'language', fallback: 'none' });
  const name = table?.english ?? english.of(code) ?? code;
  // Without data for the language itself the platform answers in English: no own name then.
  const own = table ? table.own : Intl.DisplayNames.supportedLocalesOf([code]).length ? new Intl.DisplayNames(code, { type: 'language', fallback: 'none' }).of(code) : undefined;
  return own && own !== name ? { code, english: name, own } : { code, english: name };
}

/**
 * The known codes a mistyped one was most likely meant to be: codes whose
 * English name contains what was typed ("polish" finds `pl`, "bsl" finds
 * `bfi`), otherwise the codes closest in spelling.
 */
export function nearestLanguageCodes(input: string, count = 3): string[] {
  const typed = input.trim().toLowerCase();
  const terms = Object.fromEntries(LANGUAGE_CODES.map((c) => [c, { label: languageName(c).english }]));
  const named = typed.length >= 3 ? LANGUAGE_CODES.filter((c) => terms[c]!.label.toLowerCase().includes(typed)) : [];
  return named.length ? named.slice(0, count) : nearestKeys(typed, terms, count);
}
