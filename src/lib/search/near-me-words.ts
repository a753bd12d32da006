/**
 * Words that ask for what is near the reader ("walks near me", "choir
 * nearby"). No page says them, so searched for they would narrow to pages
 * that happen to say "near" and "me"; and where the reader is can only come
 * from their own device, when they ask, so the search says how instead.
 */
import { phraseAt, singleWords } from './words/query-words.ts';

const PHRASES: readonly (readonly string[])[] = [
  ['near', 'me'],
  ['close', 'to', 'me'],
  ['near', 'to', 'me'],
  ['around', 'me'],
  ['nearby'],
  ['near', 'here'],
  ['in', 'my', 'area'],
  ['local', 'to', 'me'],
];

/** What the search page says when a query asked for what is near the reader. */
export const NEAR_ME_NOTE = 'To see the nearest first, type a postcode in “Near a postcode”, or sort by distance from you.';

/** The query without the words that ask for what is near the reader, and whether there were any; as typed when there were none. */
export function takeNearMeWords(query: string): { query: string; nearMe: boolean } {
  const tokens = query.trim().split(/\s+/).filter(Boolean);
  const words = singleWords(tokens);
  const kept: string[] = [];
  let nearMe = false;
  for (let i = 0; i < tokens.length; i++) {
    const phrase = PHRASES.find((p) => phraseAt(words, i, p));
    if (phrase) {
      nearMe = true;
      i += phrase.length - 1;
    } else {
      kept.push(tokens[i]!);
    }
  }
  // Without them, the query stays exactly as typed: a space after a word says the word is complete.
  return nearMe ? { query: kept.join(' '), nearMe } : { query, nearMe };
}
