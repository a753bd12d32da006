/**
 * A query word joined by hyphens or slashes, as its parts: "knit-and-natter",
 * "tai-chi", "couch-to-5k", "arts/crafts". Pagefind's search drops the
 * punctuation and looks for "knitandnatter", which no page has unless it
 * was written exactly so; a page that says "chair-based" is indexed under
 * "chair" and "based" too, so the parts find both ways of writing it. A part
 * of one letter ("e-learning", "x-ray") is no word alone, so such a word
 * stays whole.
 */
const JOINERS = /[-‐‑–—/&]/;

export function splitCompounds(query: string, onSomePage?: (part: string) => boolean): string {
  return query.replace(/\S+/g, (token) => {
    const parts = token.split(JOINERS);
    const words = parts.filter((part) => part !== '');
    if (words.length < 2 || !words.every((part) => (part.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2)) return token;
    // A part no page has beside one that some page has says how, not what: "chair-based" is a
    // search for chair, where "based" alone would leave nothing to find.
    const found = onSomePage ? words.filter(onSomePage) : words;
    return (found.length ? found : words).join(' ');
  });
}
