/**
 * Finds a UK postcode, sector or district in what a link worker types, so
 * "walking AV4 2NB" searches for walking near AV4 2NB. Runs in the browser;
 * the postcode is never sent anywhere.
 *
 * A postcode's parts, for AV4 2NB: area "AV" (its letters), district "AV4"
 * (the outward code), sector "AV4 2" (district plus the inward code's digit).
 */
import { UK_POSTCODE } from '../../schema/postcode.ts';

export interface PostcodeParts {
  /** The whole postcode when one was given: "AV4 2NB". */
  full?: string;
  /** "AV4 2", when a full postcode or a sector was given. */
  sector?: string;
  district: string;
  area: string;
}

export type PlaceLevel = 'postcode' | 'sector' | 'district' | 'area';

export interface PostcodeQuery {
  /** Everything else typed, in order, for the text search. */
  words: string[];
  postcode?: PostcodeParts;
}

/**
 * The schema's regex holds Royal Mail's rules once. Inward codes do not
 * depend on the outward code, so an outward code is valid exactly when it
 * makes a valid postcode with an inward code every district allows.
 * The regex also has a digit in every outward code, so no plain word
 * ("walk", "art") can be taken for a district.
 */
const isDistrict = (code: string) => /\d/.test(code) && UK_POSTCODE.test(`${code} 0AA`);
const isSectorDigit = (code: string) => /^\d$/.test(code);
const isInward = (code: string) => /^\d[A-Z]{2}$/.test(code) && UK_POSTCODE.test(`A1 ${code}`);

function parts(district: string, inward?: string): PostcodeParts {
  const area = district.match(/^[A-Z]+/)![0];
  if (inward === undefined) return { district, area };
  if (inward.length === 1) return { sector: `${district} ${inward}`, district, area };
  return { full: `${district} ${inward}`, sector: `${district} ${inward[0]}`, district, area };
}

/** The most specific level a code names. */
export function levelOf(code: PostcodeParts): Exclude<PlaceLevel, 'area'> {
  return code.full ? 'postcode' : code.sector ? 'sector' : 'district';
}

/**
 * One code on its own, as a deployer's file or an entry writes it: a full
 * postcode ("av42nb", "AV4 2NB"), a sector ("AV4 2") or a district ("AV4").
 */
export function parsePlaceCode(text: string): PostcodeParts | undefined {
  const tokens = text.trim().toUpperCase().split(/\s+/).filter(Boolean);
  const found = readCode(tokens, 0);
  return found && found.used === tokens.length ? found.code : undefined;
}

/** A code starting at tokens[i], and how many tokens it takes. */
function readCode(tokens: readonly string[], i: number): { code: PostcodeParts; used: number } | undefined {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  // Written without its space: the inward code is always the last three characters.
  if (token.length >= 5 && isInward(token.slice(-3)) && isDistrict(token.slice(0, -3))) {
    return { code: parts(token.slice(0, -3), token.slice(-3)), used: 1 };
  }
  if (!isDistrict(token)) return undefined;
  if (next !== undefined && (isInward(next) || isSectorDigit(next))) return { code: parts(token, next), used: 2 };
  return { code: parts(token), used: 1 };
}

/**
 * Words that only join a postcode to the rest ("choir near AV4 2NB"): no
 * page needs them, and searched for they would narrow to the pages that
 * happen to say "near".
 */
const BEFORE_PLACE: ReadonlySet<string> = new Set(['near', 'nr', 'around', 'in', 'at', 'by', 'nearby']);
const BEFORE_PLACE_TO: ReadonlySet<string> = new Set(['close', 'near', 'next']);

/** `words` without the joining word or two at its end ("near", "close to"). */
function withoutJoiningWords(words: string[]): string[] {
  const last = words.at(-1)?.toLowerCase();
  if (last === 'to' && words.length >= 2 && BEFORE_PLACE_TO.has(words.at(-2)!.toLowerCase())) return words.slice(0, -2);
  return last !== undefined && BEFORE_PLACE.has(last) ? words.slice(0, -1) : words;
}

/**
 * Splits a search into words and the first postcode, sector or district in
 * it, in any case or spacing, leaving out a joining word just before it
 * ("near", "in", "close to"). Later codes stay words, as do codes `accept`
 * turns down.
 */
export function parsePostcodeQuery(query: string, accept: (code: PostcodeParts) => boolean = () => true): PostcodeQuery {
  const typed = query.split(/[\s,]+/).filter(Boolean);
  const upper = typed.map((t) => t.toUpperCase());
  let words: string[] = [];
  let postcode: PostcodeParts | undefined;
  for (let i = 0; i < typed.length; i++) {
    const found = postcode ? undefined : readCode(upper, i);
    if (found && accept(found.code)) {
      postcode = found.code;
      words = withoutJoiningWords(words);
      i += found.used - 1;
    } else {
      words.push(typed[i]!);
    }
  }
  return postcode ? { words, postcode } : { words };
}
