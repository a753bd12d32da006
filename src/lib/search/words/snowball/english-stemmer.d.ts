/** Snowball's English stemmer, generated from english.sbl by Snowball 3.1.1. */
export default class EnglishStemmer {
  /** The stem of a lowercase word. */
  stem(word: string): string;
}
