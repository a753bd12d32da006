/**
 * "Tell us what is missing", offered when a search finds nothing: the
 * add-or-update issue form, or an email, naming what was searched for.
 */

/** The issue form in .github/ISSUE_TEMPLATE/add-or-update-activity.yml, titled with the search. */
export function missingActivityUrl(repositoryUrl: string, searched: string): string {
  const url = new URL(`${repositoryUrl.replace(/\/$/, '')}/issues/new`);
  url.searchParams.set('template', 'add-or-update-activity.yml');
  url.searchParams.set('title', `Missing from the directory: ${searched}`);
  return url.href;
}

export function missingActivityMailto(email: string, searched: string): string {
  const subject = encodeURIComponent(`Missing from the directory: ${searched}`);
  const body = encodeURIComponent(`I searched for "${searched}" and found nothing. An activity that would fit (its name, where and when, and how to contact it, if you know):\n\n`);
  return `mailto:${email}?subject=${subject}&body=${body}`;
}
