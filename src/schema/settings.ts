/**
 * The directory settings: the one file (content/directory.yaml) a
 * non-programmer edits to set up a directory for their own area.
 */
import { z } from 'astro/zod';
import { email, httpsUrl } from './activity.ts';

/** One line of text people read, with messages that say which setting and what to write. */
function text(what: string, max: number, example: string) {
  return z
    .string({ error: (i) => (i.input === undefined || i.input === null ? `${what} is missing. Write it, for example ${example}.` : `${what} must be text, for example ${example}.`) })
    .trim()
    .min(1, { error: `${what} is empty. Write it, for example ${example}.` })
    .max(max, { error: `${what} is too long: keep it to ${max} characters.` });
}

/** A whole number of `unit` from `min` to `max`. */
function count(what: string, unit: string, min: number, max: number) {
  const rule = `${what} must be a whole number of ${unit} from ${min} to ${max}`;
  return z.int({ error: (i) => (i.input === undefined ? `${what} is missing. Write a whole number of ${unit}, such as ${min + 1}.` : `${rule}, written in digits without quotes.`) }).min(min, { error: `${rule}.` }).max(max, { error: `${rule}.` });
}

const slug = z
  .string({ error: 'id must be text such as "north-leeds".' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (i) => `"${String(i.input)}" is not a usable id. Use lower-case letters, digits and hyphens, such as "north-leeds".`,
  });

export const settingsSchema = z
  .strictObject({
    /** The directory's name, shown in the header and on handouts. */
    name: text('name', 80, '"Ashworth Vale activities"'),
    /** One sentence under the name on the home page. */
    tagline: text('tagline', 200, '"Things to do near you, for your health and wellbeing"'),
    /** The public address the site is served from; used for canonical links and the sitemap. */
    site_url: httpsUrl,
    /** The areas entries can belong to: an id contributors type, and the label people read. */
    areas: z
      .array(
        z.strictObject({
          /** What entries write under location.area. */
          id: slug,
          /** The name people read. */
          label: text('label', 60, '"North Leeds"'),
          /** A sentence describing where it covers. */
          description: text('description', 300, '"Chapel Allerton, Moortown and Roundhay"').optional(),
        }),
      )
      .min(1, { error: 'areas is empty: list at least one area.' })
      .superRefine((areas, ctx) => {
        const seen = new Set<string>();
        areas.forEach((area, i) => {
          if (seen.has(area.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `Another area already has the id "${area.id}". Give each area its own id.` });
          seen.add(area.id);
        });
      }),
    /** The public repository where community groups propose changes. */
    repository_url: httpsUrl,
    /** Where people without a repository account send corrections. */
    corrections_email: email,
    /** Months after its last review before an entry is flagged as out of date. */
    review_after_months: count('review_after_months', 'months', 1, 60).default(12),
    /** Weeks before an entry is flagged as out of date that the review reminder asks its group to confirm or update it. */
    review_notice_weeks: count('review_notice_weeks', 'weeks', 1, 26).default(4),
    /** Months after its last review before an entry leaves search and listings as possibly closed. */
    delist_after_months: count('delist_after_months', 'months', 2, 120).default(24),
    /** How many activities a category or area page shows before continuing on a next page. */
    list_page_size: count('list_page_size', 'activities', 1, 1000).default(50),
    /** True while every entry is made-up sample content: shows a notice on every page. */
    demo: z.boolean({ error: 'demo must be true or false.' }).default(false),
  })
  .refine((s) => s.delist_after_months > s.review_after_months, {
    path: ['delist_after_months'],
    error: 'delist_after_months must be more than review_after_months.',
  });

export type Settings = z.output<typeof settingsSchema>;
