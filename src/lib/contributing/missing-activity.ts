/**
 * "Tell us what is missing", offered when a search finds nothing: the
 * add-or-update issue form, or an email, naming what was searched for.
 */

import { parsePostcodeQuery } from '../search/postcode-query.ts';

/**
 * What was searched for, as the issue or email says it: a full postcode, often a patient's
 * and an issue public, only as its district ("choir near AV4 2NB" as "choir near AV4"),
 * which says where an activity is missing without saying who is looking.
 */
export function searchedInPublic(searched: string): string {
  const { words, postcode } = parsePostcodeQuery(searched);
  return postcode?.full ? [...words, 'near', postcode.district].join(' ') : searched;
}

/** The issue form in .github/ISSUE_TEMPLATE/add-or-update-activity.yml, titled with the search. */
export function missingActivityUrl(repositoryUrl: string, searched: string): string {
  const url = new URL(`${repositoryUrl.replace(/\/$/, '')}/issues/new`);
  url.searchParams.set('template', 'add-or-update-activity.yml');
  url.searchParams.set('title', `Missing from the directory: ${searchedInPublic(searched)}`);
  return url.href;
}

export function missingActivityMailto(email: string, typed: string): string {
  const searched = searchedInPublic(typed);
  const subject = encodeURIComponent(`Missing from the directory: ${searched}`);
  const body = encodeURIComponent(`I searched for "${searched}" and found nothing. An activity that would fit (its name, where and when, and how to contact it, if you know):\n\n`);
  return `mailto:${email}?subject=${subject}&body=${body}`;
}
