import { describe, expect, it } from 'vitest';
import { collectIndexWords, indexedWords, wordListParts } from '../../src/lib/search/words/extract.ts';
import { boundedDistance, IndexWords, wordPartsFor, type SuggestionWork } from '../../src/lib/search/words/match.ts';
import { queryWords } from '../../src/lib/search/words/query-words.ts';
import { stem } from '../../src/lib/search/words/stem.ts';
import { decodeWordList, encodeWordList } from '../../src/lib/search/words/word-list.ts';

function listOf(words: Record<string, number> | string[]): IndexWords {
  const map = new Map(Array.isArray(words) ? words.map((w) => [w, 1] as const) : Object.entries(words));
  return IndexWords.fromText(encodeWordList(map));
}

describe('the words Pagefind indexes', () => {
  it('lowercases and keeps letters and digits, as one word', () => {
    expect(indexedWords('WALKING')).toEqual(['walking']);
    expect(indexedWords('Tuesday,')).toEqual(['tuesday']);
    expect(indexedWords('10am')).toEqual(['10am']);
  });

  it('indexes an apostrophe word whole and by its parts of two letters or more', () => {
    expect(indexedWords('St')).toEqual(['st']);
    expect(indexedWords("Mark's")).toEqual(['marks', 'mark']);
  });

  it('indexes hyphenated and run-together words whole and as parts', () => {
    expect(indexedWords('Step-free')).toEqual(['stepfree', 'step', 'free']);
    expect(indexedWords('forEllie')).toEqual(['forellie', 'for', 'ellie']);
    expect(indexedWords('NHS-funded')).toEqual(['nhsfunded', 'nhs', 'funded']);
  });

  it('indexes a dotted word also from after each dot', () => {
    expect(new Set(indexedWords('www.nhs.uk'))).toEqual(new Set(['wwwnhsuk', 'www', 'nhs', 'uk', 'nhsuk']));
  });

  it('keeps underscores, as Pagefind does', () => {
    expect(indexedWords('window.__injected')).toEqual(['window__injected', 'window', 'injected', '__injected']);
  });

  it('takes diacritics off', () => {
    expect(indexedWords('Café')).toEqual(['cafe']);
  });

  it('counts each word once per page, over the text and every meta field, leaving out numbers', () => {
    const words = collectIndexWords([
      { content: 'Walking group. Walking for health, 10 to 12.', meta: { title: 'Walking group', id: 'oak-walkers' } },
      { content: 'Yoga in the hall.', meta: { title: 'Yoga', lat: '53.7' } },
    ]);
    expect(words.get('walking')).toBe(1);
    expect(words.get('group')).toBe(1);
    expect(words.get('oakwalkers')).toBe(1);
    expect(words.get('yoga')).toBe(1);
    expect(words.get('the')).toBe(1);
    expect([...words.keys()].filter((w) => /^\d+$/.test(w))).toEqual([]);
    const both = collectIndexWords([{ content: 'Yoga' }, { content: 'yoga classes' }]);
    expect(both.get('yoga')).toBe(2);
  });
});

describe('the word-list file', () => {
  it('gives back every word and page count', () => {
    const words = new Map([
      ['walk', 3],
      ['walking', 12],
      ['walks', 1],
      ['yoga', 2],
      ['a', 40],
      ['😀', 1],
      ['𝒳ray', 1],
      ['𝒳rays', 1],
      ['zürich', 1],
    ]);
    const text = encodeWordList(words);
    expect(new Map(decodeWordList(text).map((e) => [e.word, e.pages]))).toEqual(words);
  });

  it('stores a word sharing its start with the one before by its end only', () => {
    const family = ['volunteer', 'volunteered', 'volunteering', 'volunteers', 'volunteersweek'];
    const text = encodeWordList(new Map(family.map((w) => [w, 1])));
    const plain = family.join('\n');
    const body = text.slice(text.indexOf('\n') + 1);
    expect(body.length).toBeLessThan(plain.length / 2);
  });

  it('survives the trip through UTF-8 that serving it takes', () => {
    const words = new Map([
      ['𝒳ray', 1],
      ['𝒳rays', 2],
    ]);
    const bytes = new TextEncoder().encode(encodeWordList(words));
    expect(decodeWordList(new TextDecoder().decode(bytes)).map((e) => e.word)).toEqual(['𝒳ray', '𝒳rays']);
  });

  it('refuses a file that is not a word list', () => {
    expect(() => decodeWordList('<!doctype html>')).toThrow(/Not a word list/);
  });
});

describe('the word list in parts', () => {
  const text =
    'Walking walks walked walker Tuesday tuesdays happy happiness yoga you your young skiing skis dying lying ' +
    "ugly early only idly Mark's step-free forEllie café Łódź polski 10am 3pm www.nhs.uk über y ys a an";
  const words = collectIndexWords([{ content: text }]);
  const whole = IndexWords.fromText(encodeWordList(words));
  const parts = wordListParts(words);

  it('puts every word in a part, and the parts of a query word answer as the whole list does', () => {
    const inParts = new Set([...parts.values()].flatMap((t) => decodeWordList(t).map((e) => e.word)));
    expect([...inParts].sort()).toEqual([...words.keys()].sort());
    // Every listed word, every start of one, and words the list lacks, whatever their first character.
    const asked = [...words.keys()].flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1)));
    asked.push('autism', 'cancer', 'zzz', 'łodz', '9lives', 'walkign', 'you', 'yoga class', 'ünder');
    for (const query of asked) {
      const some = IndexWords.fromParts(wordPartsFor([query]).map((part) => parts.get(part)!));
      expect([query, some.unmatched(query)]).toEqual([query, whole.unmatched(query)]);
    }
  });

  it('needs the parts of each word and of its stem, and none for numbers', () => {
    expect(wordPartsFor(['Walking yoga'])).toEqual(['w', 'y']);
    expect(wordPartsFor(['Łódź'])).toEqual(['other']);
    expect(wordPartsFor(['3pm', '10'])).toEqual(['digits']);
    expect(wordPartsFor([])).toEqual([]);
  });

  it('writes every part, if only as an empty list', () => {
    expect(parts.size).toBe(28);
    expect(decodeWordList(parts.get('q')!)).toEqual([]);
  });
});

describe('query words, as Pagefind normalises them', () => {
  it('drops punctuation, lowercases, and takes diacritics off', () => {
    expect(queryWords("St Mark's")).toEqual(['st', 'marks']);
    expect(queryWords('  Café   YOGA! ')).toEqual(['cafe', 'yoga']);
    expect(queryWords('walking-group')).toEqual(['walkinggroup']);
    expect(queryWords('…')).toEqual([]);
  });
});

describe('matches', () => {
  const index = listOf(['a', 'can', 'st', 'walking', 'walk', 'framing']);

  it('is false for a word Pagefind finds only through a shorter indexed word', () => {
    expect(index.matches('autism')).toBe(false);
    expect(index.matches('cancer')).toBe(false);
    expect(index.matches('stroke')).toBe(false);
  });

  it('is true for an indexed word, its inflections, and the start of one being typed', () => {
    expect(index.matches('walk')).toBe(true);
    expect(index.matches('walks')).toBe(true);
    expect(index.matches('walked')).toBe(true);
    expect(index.matches('walki')).toBe(true);
    expect(index.matches('wa')).toBe(true);
    expect(index.matches('Walks!')).toBe(true);
    expect(index.matches('frame')).toBe(true);
  });

  it('is false for the start of a word whose stem is not a start of it, as Pagefind finds nothing then', () => {
    // "framing" is indexed as "frame": "framin" neither leads to it nor falls back to it.
    expect(index.matches('framin')).toBe(false);
  });

  it('names the words of a query that only the fallback matches', () => {
    expect(index.unmatched('Walking autism cancer')).toEqual(['autism', 'cancer']);
    expect(index.unmatched('walks')).toEqual([]);
  });

  it('takes numbers, which the list leaves out, as matching', () => {
    expect(index.matches('2026')).toBe(true);
  });

  it('stems as Pagefind does (Snowball 3 English)', () => {
    expect(stem('psychologists')).toBe(stem('psychology'));
    expect(stem('evenings')).not.toBe(stem('even'));
    expect(stem('walking')).toBe('walk');
  });
});

describe('suggest', () => {
  const index = listOf({
    dementia: 4,
    demented: 1,
    exercise: 9,
    exercises: 3,
    yoga: 6,
    yoda: 1,
    toga: 1,
    hall: 2,
    halls: 1,
    bat: 5,
    cat: 1,
    singing: 7,
    kelderby: 40,
    knitting: 2,
    places: 9,
    poetry: 2,
  });

  it('offers the word a typo was probably meant to be', () => {
    expect(index.suggest('dimentia')[0]).toBe('dementia');
    expect(index.suggest('excercise')[0]).toBe('exercise');
    expect(index.suggest('yogga')[0]).toBe('yoga');
    expect(index.suggest('sining')[0]).toBe('singing');
  });

  it('counts swapping two neighbouring letters as one slip', () => {
    expect(index.suggest('yoag')).toContain('yoga');
    expect(boundedDistance('yoag', 'yoga', 1)).toBe(1);
  });

  it('prefers nearer words, then words on more pages, and offers at most `max`', () => {
    expect(index.suggest('hat', 1)).toEqual(['bat']);
    expect(index.suggest('hat')).toEqual(['bat', 'cat']);
    expect(index.suggest('yodga')).toEqual(['yoga', 'yoda']);
  });

  it('never offers the word itself, nor another form of it', () => {
    expect(index.suggest('yoga')).not.toContain('yoga');
    expect(index.suggest('exercise')).toEqual([]);
    expect(index.suggest('exercize')).toEqual(['exercise']);
  });

  it('offers a word with another first letter only for a single slip', () => {
    // "elderly" is two slips from the town every page names, one of them its first letter.
    expect(index.suggest('elderly')).toEqual([]);
    expect(index.suggest('nitting')).toEqual(['knitting']);
  });

  it('allows one slip in short words and two in longer ones', () => {
    expect(index.suggest('yigga')).toEqual([]);
    expect(index.suggest('dimentai')).toContain('dementia');
    expect(index.suggest('dimenshia')).toEqual([]);
    // Two slips from a word of seven letters reach other real words.
    expect(index.suggest('pilates')).toEqual([]);
    expect(index.suggest('pottery')).toEqual([]);
    expect(index.suggest('palces')).toEqual(['places']);
  });

  it('compares only words whose length is within reach, and a narrow band of each', () => {
    // 30,000 made-up words, as many as a large directory's index, plus the one we misspell.
    let seed = 1;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words = new Map<string, number>([['dementia', 3]]);
    while (words.size < 30_000) {
      const length = 3 + Math.floor(random() * 12);
      let w = '';
      for (let i = 0; i < length; i++) w += letters[Math.floor(random() * 26)];
      words.set(w, 1 + Math.floor(random() * 5));
    }
    const big = IndexWords.fromText(encodeWordList(words));
    const work: SuggestionWork = { compared: 0, cells: 0 };
    expect(big.suggest('dimentia', 3, work)[0]).toBe('dementia');
    const reachable = [...words.keys()].filter((w) => Math.abs(w.length - 'dimentia'.length) <= 2).length;
    expect(work.compared).toBe(reachable);
    expect(work.compared).toBeLessThan(words.size / 2);
    // At most five cells a row (the band two either side), over at most ten rows each.
    expect(work.cells).toBeLessThanOrEqual(work.compared * 5 * 'dimentia'.length);
  });
});
