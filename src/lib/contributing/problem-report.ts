/**
 * "Report a problem with this entry": links that open a problem report
 * already naming the entry, as a GitHub issue form or as an email.
 */

/** The issue form in .github/ISSUE_TEMPLATE/report-a-problem.yml, pre-filled through its field ids. */
export function problemReportUrl(repositoryUrl: string, title: string, pageUrl: string): string {
  const url = new URL(`${repositoryUrl.replace(/\/$/, '')}/issues/new`);
  url.searchParams.set('template', 'report-a-problem.yml');
  url.searchParams.set('title', `Problem with: ${title}`);
  url.searchParams.set('entry', `${title}\n${pageUrl}`);
  return url.href;
}

export function problemReportMailto(email: string, title: string, pageUrl: string): string {
  const subject = encodeURIComponent(`Problem with: ${title}`);
  const body = encodeURIComponent(
    `Activity: ${title}\nPage: ${pageUrl}\n\nWhat is wrong (for example: it has closed, the time or place has changed, the phone number does not work):\n\n\nThe correct details, if you know them:\n\n`,
  );
  return `mailto:${email}?subject=${subject}&body=${body}`;
}
