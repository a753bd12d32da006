import { describe, expect, it } from 'vitest';
import { MOST_OTHERS, MOST_WORDS, queryKeeping, searchFewerWords } from '../../src/lib/search/fewer-words.ts';

/**
 * Fewer words over a list of pages, each a string of words: a search finds
 * the pages with every word searched for. `widened` adds pages to a word's
 * own, as a need-word's search does.
 */
function fewer(words: string[], pages: readonly string[], widened: Record<string, string[]> = {}, topics: readonly string[] = []) {
  const asked: string[] = [];
  const search = async (text: string) => {
    asked.push(text);
    const terms = text.split(' ');
    const direct = pages.filter((page) => terms.every((w) => page.split(' ').includes(w)));
    return { results: [...direct, ...(widened[text] ?? [])], direct: direct.length };
  };
  const found = searchFewerWords(words, {
    search,
    count: (f) => f.results.length,
    mentions: (f) => f.direct,
    topical: (word) => topics.includes(word),
    totalPages: pages.length,
  });
  return { asked, found };
}

const kept = async (search: ReturnType<typeof fewer>) => (await search.found)?.kept;

describe('searching fewer words when no activity has them all', () => {
  // "class" is on several pages, "cooking" on one, and no page has both.
  const pages = ['cooking course', 'exercise class', 'art class', 'pottery class', 'choir', 'walk near park', 'choir practice', 'quiz'];

  it('lets go of the commoner word and keeps the telling one, in whichever order they were typed', async () => {
    expect(await fewer(['cooking', 'class'], pages).found).toEqual({ kept: ['cooking'], found: { results: ['cooking course'], direct: 1 }, others: [['class']] });
    expect(await kept(fewer(['class', 'cooking'], pages))).toEqual(['cooking']);
  });

  it('weighs a need-word by the pages that mention it, not by all its need adds', async () => {
    // Searched alone, "cooking" is widened to a whole category: it still says more than "class".
    const widened = { cooking: ['lunch club', 'food bank', 'allotment', 'market', 'cafe'] };
    expect(await kept(fewer(['cooking', 'class'], pages, widened))).toEqual(['cooking']);
  });

  it('keeps a word that names what the reader is after before a rarer one that names a kind of meeting', async () => {
    const courses = ['cooking course', 'cooking club', 'cook along', 'exercise class', 'quiz', 'bingo', 'darts', 'chess'];
    // "class" is on one page, "cooking" on two: rarer, but "cooking" is the topic.
    expect(await kept(fewer(['cooking', 'class'], courses))).toEqual(['class']);
    expect(await kept(fewer(['cooking', 'class'], courses, {}, ['cooking']))).toEqual(['cooking']);
  });

  it('drops as few words as it can: two of three kept when two are found together', async () => {
    const more = [...pages, 'art class for beginners'];
    const search = fewer(['art', 'class', 'cooking'], more);
    expect(await search.found).toEqual({ kept: ['art', 'class'], found: { results: ['art class', 'art class for beginners'], direct: 2 }, others: [] });
  });

  it('tries the heavier choice first and moves on when it finds nothing', async () => {
    const search = fewer(['choir', 'near', 'park'], ['choir practice near hall', 'choir', 'walk in park', 'quiz', 'bingo']);
    // "near park" weighs most (each word on one page) but no page has both; the next choice does.
    expect(await kept(search)).toEqual(['choir', 'near']);
    expect(search.asked).toEqual(['choir', 'near', 'park', 'near park', 'choir near', 'choir park']);
  });

  it('lets go of words on most pages before any other, so "choir in millbrook" keeps "choir", not "choir in"', async () => {
    const town = ['choir in oakridge', 'walk in millbrook', 'lunch in millbrook', 'swim in millbrook', 'quiz', 'bingo'];
    const search = fewer(['choir', 'in', 'millbrook'], town);
    expect(await kept(search)).toEqual(['choir']);
    expect(search.asked).toEqual(['choir', 'in', 'millbrook', 'choir millbrook']);
  });

  it(`offers at most ${MOST_OTHERS} other choices, heaviest first`, async () => {
    const five = ['knit', 'sing', 'swim', 'paint', 'bake'];
    const search = fewer(five.slice(0, 4), [...five, 'quiz', 'bingo', 'darts']);
    expect(await search.found).toMatchObject({ kept: ['knit'], others: [['sing'], ['swim']] });
  });

  it('leaves the search alone when a word is on no page at all, so a missing need still shows as missing', async () => {
    expect(await fewer(['yoga', 'class'], pages).found).toBeUndefined();
  });

  it('leaves one word, and more than MOST_WORDS, alone', async () => {
    const one = fewer(['class'], pages);
    expect(await one.found).toBeUndefined();
    const many = fewer(Array.from({ length: MOST_WORDS + 1 }, () => 'class'), pages);
    expect(await many.found).toBeUndefined();
    expect([...one.asked, ...many.asked]).toEqual([]);
  });
});

describe('the query a choice of fewer words offers', () => {
  it('takes out only the words let go, keeping the postcode, the filter words and the rest as typed', () => {
    expect(queryKeeping('free cooking class AV4 2NB', ['cooking', 'class'], ['class'])).toBe('free class AV4 2NB');
    expect(queryKeeping('cooking, class near AV4', ['cooking', 'class'], ['class'])).toBe('class near AV4');
    expect(queryKeeping('walk walk park', ['walk', 'walk', 'park'], ['walk', 'park'])).toBe('walk park');
  });
});
