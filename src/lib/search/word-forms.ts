/**
 * The form a typed word is compared in, so "Carers", "carer" and "carer's"
 * meet, and "Alzheimer’s" meets "alzheimers". Deliberately simple (no
 * dictionary, no stemmer): it must run the same in the browser and in the
 * validator, and a contributor must be able to predict what it will match.
 * Applying it twice gives the same result as applying it once, so words
 * already in this form (the browser vocabulary) can be passed through again.
 */

export interface Token {
  /** The word as typed, lower-cased. */
  text: string;
  /** The word in comparison form. */
  form: string;
}

/** A plural or possessive to its singular, by the common English endings only. */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  // "ache" is the one health word whose plural would otherwise lose its e.
  if (/(?:ss|sh|ch|x|z)es$/.test(word) && !word.endsWith('aches')) return word.slice(0, -2);
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * Splits text into words: letters and digits, with accents and apostrophes
 * dropped and everything else (spaces, hyphens, punctuation) separating.
 */
export function tokenise(text: string): Token[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((text) => ({ text, form: singular(text) }));
}

/** A word or phrase in comparison form: its words' forms joined by single spaces. */
export function phraseForm(text: string): string {
  return tokenise(text).map((t) => t.form).join(' ');
}
