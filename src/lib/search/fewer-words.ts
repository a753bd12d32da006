/**
 * What to search for when every word of a search is on some activity but no
 * activity has them all: "knit walking" finds nothing where the knitting
 * group and the walks are different activities. The search falls back to
 * fewer of the reader's words, letting go first of those that say least
 * about what they want. A word that names a need or a category ("cooking",
 * "lonely") is what they are after, so it is kept before one that only
 * describes ("gentle", "friendly"). Otherwise a word that is on few pages says
 * more than one on many, so each word weighs as its inverse document
 * frequency, and the kept words with the largest weight that still find
 * something win.
 *
 * Only words that each find something alone are searched this way: a word
 * no activity mentions at all ("yoga") is the reader's actual need, and
 * showing the rest of their words' results would hide that it is missing.
 */

/** More words than this and the search is left as it is: the subsets would be too many to try. */
export const MOST_WORDS = 5;

/** At most this many other choices are offered beside the one shown. */
export const MOST_OTHERS = 2;

export interface FewerWords<T> {
  /** The words kept, in the order typed. */
  kept: string[];
  found: T;
  /** Other choices of as many words that find something too, heaviest first, for the reader to pick instead. */
  others: string[][];
}

/** Every way of choosing `k` of `n` positions, each in ascending order. */
function choose(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let first = 0; first <= n - k; first++) {
    for (const rest of choose(n - first - 1, k - 1)) out.push([first, ...rest.map((i) => i + first + 1)]);
  }
  return out;
}

export interface FewerWordsSearch<T> {
  search: (text: string) => Promise<T>;
  /** How many activities a search found. */
  count: (found: T) => number;
  /**
   * How many activities a word searched alone is on, which weighs it:
   * fewer than `count` where a need-word widened its search.
   */
  mentions: (found: T) => number;
  /**
   * Whether a word, by what it found alone, names what the reader is after
   * (a need, a category) rather than describing it ("gentle", "friendly"):
   * such words are kept before any others, however many pages they are on.
   */
  topical: (word: string, found: T) => boolean;
  totalPages: number;
}

/**
 * For a search whose words together found nothing: searches them with one
 * dropped, then two, and so on, trying the heaviest choice of kept words
 * first, and returns the first that finds something, with the next few
 * choices that do too. A word on more than half the pages ("in", "the")
 * tells almost nothing, so those are let go before any other. Undefined
 * when there are fewer than two words or more than MOST_WORDS, or when some
 * word finds nothing alone.
 */
export async function searchFewerWords<T>(words: readonly string[], { search, count, mentions, topical, totalPages }: FewerWordsSearch<T>): Promise<FewerWords<T> | undefined> {
  const n = words.length;
  if (n < 2 || n > MOST_WORDS) return undefined;
  const alone = await Promise.all(words.map((word) => search(word)));
  if (alone.some((found) => count(found) === 0)) return undefined;
  // A need-word no page mentions is weighed by what its need found.
  const pages = alone.map((found) => mentions(found) || count(found));
  const weight = pages.map((on) => Math.log(1 + totalPages / on));
  const topic = words.map((word, i) => topical(word, alone[i]!));
  const telling = words.map((_, i) => i).filter((i) => pages[i]! <= totalPages / 2);
  const pool = telling.length ? telling : words.map((_, i) => i);
  for (let k = pool.length === n ? n - 1 : pool.length; k >= 1; k--) {
    // Most topical words first, then heaviest; between equals, the words typed first.
    const choices = choose(pool.length, k)
      .map((picked) => picked.map((p) => pool[p]!))
      .map((kept) => ({ kept, topics: kept.filter((i) => topic[i]).length, weight: kept.reduce((sum, i) => sum + weight[i]!, 0) }))
      .sort((a, b) => b.topics - a.topics || b.weight - a.weight);
    const finding: { kept: string[]; found: T }[] = [];
    for (const { kept } of choices) {
      const found = k === 1 ? alone[kept[0]!]! : await search(kept.map((i) => words[i]!).join(' '));
      if (count(found) > 0) finding.push({ kept: kept.map((i) => words[i]!), found });
      if (finding.length > MOST_OTHERS) break;
    }
    const [best, ...others] = finding;
    if (best) return { ...best, others: others.map((o) => o.kept) };
  }
  return undefined;
}

/**
 * The reader's whole query ("free cooking class AV4 2NB") with the words of
 * `words` (each a word or a phrase) that `kept` lets go taken out, so a
 * choice offered keeps the postcode and the filter words the fewer words
 * were searched with.
 */
export function queryKeeping(query: string, words: readonly string[], kept: readonly string[]): string {
  const dropped = [...words];
  for (const word of kept) {
    const at = dropped.indexOf(word);
    if (at >= 0) dropped.splice(at, 1);
  }
  const tokens = query.trim().split(/\s+/);
  // A unit may be a phrase of several ("older people").
  for (const word of dropped.flatMap((unit) => unit.split(' '))) {
    // The query may have a comma after a word ("cooking, class") where the words do not.
    const at = tokens.findIndex((token) => token.replace(/,+$/, '') === word);
    if (at >= 0) tokens.splice(at, 1);
  }
  return tokens.join(' ');
}
