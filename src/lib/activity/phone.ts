/**
 * The digits a UK number is dialled with: spaces, hyphens and brackets left out, and the
 * "(0)" of "+44 (0)20 7946 0123", which is not dialled after +44. The schema checks a
 * number by them and a tel: link dials them.
 */
export function ukPhoneDigits(written: string): string {
  return written.replace(/^\+44\s*\(0\)/, '+44').replace(/[\s()-]/g, '');
}

/** A tel: link's target: digits only, with the UK +44 prefix kept. */
export function telHref(phone: string): string {
  return `tel:${ukPhoneDigits(phone)}`;
}

/** Whether `written` is one UK number: 0 or +44 and 9 or 10 more digits, spaced, hyphenated or bracketed as people write them. */
export function isUkPhone(written: string): boolean {
  return /^[\d\s()+-]+$/.test(written) && /^(?:0|\+44)\d{9,10}$/.test(ukPhoneDigits(written));
}
