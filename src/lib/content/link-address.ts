/**
 * Where a link in an entry's description leads. Volunteers write an address
 * as they would say it: "www.…", an email address, a phone number, or
 * "//host/…" copied from a page's source. Markdown takes each of those for
 * a page of this site, which does not exist, so the page links what was
 * meant and the validator (body-checks.ts) says how to write it.
 */
import { isUkPhone, telHref } from '../activity/phone.ts';

/** Links in entries may only go to web pages, email addresses and phone numbers. */
export const ALLOWED_LINK_PROTOCOLS = ['https', 'mailto', 'tel'];

export type LinkAddress =
  /** https:, mailto:, tel:, or a page of this site ("/areas/…", "#…"). */
  | { kind: 'allowed'; href: string }
  /** Another protocol (javascript:, data:, http:): never linked. */
  | { kind: 'unsafe' }
  /** An address written without its start, and what it means. */
  | { kind: 'unwritten'; href: string }
  /** Neither an address nor a page of this site ("contact.html", "our website"). */
  | { kind: 'nowhere' }
  /** A web address whose user name names one site and leads to another ("https://nhs.uk@evil.example/"): never linked. */
  | { kind: 'disguised'; user: string; host: string };

const PROTOCOL = /^([a-z][a-z0-9+.-]*):/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;
/** Names that end like a domain but are files beside a page ("poster.pdf"). */
const FILE_NAME = /^[^/]+\.(?:pdf|docx?|odt|rtf|txt|html?|php|aspx?|jpe?g|png|gif|webp|svg|xlsx?|ods|csv|pptx?|mp[34]|zip)$/i;

/** A link to somewhere other than https, mailto or tel. */
export function isUnsafeLink(url: string): boolean {
  const protocol = PROTOCOL.exec(url.trim())?.[1]?.toLowerCase();
  return protocol !== undefined && !ALLOWED_LINK_PROTOCOLS.includes(protocol);
}

export function linkAddress(url: string): LinkAddress {
  // A browser reads "\\" in an address as "/": "/\\evil.example" is another site, not a page of this one.
  const written = url.trim().replaceAll('\\', '/');
  if (PROTOCOL.test(written)) {
    if (isUnsafeLink(written)) return { kind: 'unsafe' };
    const disguise = userPart(written);
    return disguise ? { kind: 'disguised', ...disguise } : { kind: 'allowed', href: written };
  }
  if (written.startsWith('//')) return DOMAIN.test(written.slice(2)) ? { kind: 'unwritten', href: `https:${written}` } : { kind: 'nowhere' };
  if (written.startsWith('/') || written.startsWith('#')) return { kind: 'allowed', href: written };
  if (EMAIL.test(written)) return { kind: 'unwritten', href: `mailto:${written}` };
  if (isUkPhone(written)) return { kind: 'unwritten', href: telHref(written) };
  if (DOMAIN.test(written) && !FILE_NAME.test(written)) return { kind: 'unwritten', href: `https://${written}` };
  return { kind: 'nowhere' };
}

/** The user name (and password) written before "@" in a web address, and the host it leads to. */
export function userPart(address: string): { user: string; host: string } | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (!url.username && !url.password) return undefined;
  const user = url.username || url.password;
  let shown = user;
  try {
    shown = decodeURIComponent(user);
  } catch {
    // A stray "%" stays as written.
  }
  return { user: shown, host: url.hostname };
}
