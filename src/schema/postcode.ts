/**
 * The format of a UK postcode (Royal Mail's rules, not a lookup of real ones).
 * On its own, free of zod, so the search island can use it without the
 * activity schema.
 */
/** How a postcode and a district are written, for saying so: a real Leeds city-centre code. */
export const POSTCODE_EXAMPLE = { postcode: 'LS1 4AP', district: 'LS1' } as const;

export const UK_POSTCODE = /^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})$/i;
