/**
 * Splits a line of an activity page into what the search index should read
 * and the site's own wording inside it (`phrases`: explanations written the
 * same for every activity), which it should not. The page wraps the second
 * kind in data-pagefind-ignore (src/components/SiteWording.astro).
 */
export interface WordingPart {
  text: string;
  indexed: boolean;
}

export function splitOutWording(text: string, phrases: readonly string[]): WordingPart[] {
  const parts: WordingPart[] = [];
  let rest = text;
  while (rest) {
    // The earliest phrase in what is left, the longer of two that start together.
    let found: { at: number; phrase: string } | undefined;
    for (const phrase of phrases) {
      const at = phrase ? rest.indexOf(phrase) : -1;
      if (at !== -1 && (!found || at < found.at || (at === found.at && phrase.length > found.phrase.length))) found = { at, phrase };
    }
    if (!found) {
      parts.push({ text: rest, indexed: true });
      break;
    }
    if (found.at > 0) parts.push({ text: rest.slice(0, found.at), indexed: true });
    parts.push({ text: found.phrase, indexed: false });
    rest = rest.slice(found.at + found.phrase.length);
  }
  return parts;
}
