/**
 * Pagefind's English stemmer. Pagefind 1.6 stems with Snowball 3.1's
 * English algorithm, and the code in snowball/ is that algorithm as the
 * Snowball compiler writes it in JavaScript (`snowball english.sbl -js`,
 * release 3.1.1, BSD licence in snowball/COPYING). The porter2 package
 * follows the older Snowball 2 rules, which keep "psychologist" whole where
 * Snowball 3 makes it "psycholog", and so would miss what Pagefind finds.
 */
import EnglishStemmer from './snowball/english-stemmer.js';

const stemmer = new EnglishStemmer();

export function stem(word: string): string {
  return stemmer.stem(word);
}
