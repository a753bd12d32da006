/**
 * The links a group uses to keep its entry current: update it through the
 * form, or confirm in one step that nothing has changed (a GitHub issue
 * form, .github/ISSUE_TEMPLATE/confirm-activity.yml, pre-filled through its
 * field ids; a maintainer's `confirmed` label then sets the date).
 */
import { idInAddress } from '../content/activity-url.ts';

export const CONFIRM_TEMPLATE = 'confirm-activity.yml';
/** The label a maintainer adds to a confirmation issue to record it. */
export const CONFIRMED_LABEL = 'confirmed';
/** The label every review reminder carries, so the workflow finds its own issues. */
export const REVIEW_LABEL = 'review due';

export function updateFormPath(id: string): string {
  return `/add-your-activity/?update=${idInAddress(id)}`;
}

export function confirmIssueUrl(repositoryUrl: string, id: string, title: string): string {
  const url = new URL(`${repositoryUrl.replace(/\/$/, '')}/issues/new`);
  url.searchParams.set('template', CONFIRM_TEMPLATE);
  url.searchParams.set('title', `Still running: ${title}`);
  url.searchParams.set('entry', id);
  return url.href;
}

/** The entry's file in the repository's editor: GitHub shows the change as a proposal to anyone without write access. */
export function editFileUrl(repositoryUrl: string, id: string): string {
  return `${repositoryUrl.replace(/\/$/, '')}/edit/main/content/activities/${idInAddress(id)}.md`;
}
