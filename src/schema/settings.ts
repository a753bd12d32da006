/**
 * The directory settings: the one file (content/directory.yaml) a
 * non-programmer edits to set up a directory for their own area.
 */
import { z } from 'astro/zod';
import { httpsUrl } from './activity.ts';

const slug = z
  .string({ error: 'id must be text such as "north-leeds".' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (i) => `"${String(i.input)}" is not a usable id. Use lower-case letters, digits and hyphens, such as "north-leeds".`,
  });

export const settingsSchema = z
  .strictObject({
    /** The directory's name, shown in the header and on handouts. */
    name: z.string().trim().min(1).max(80),
    /** One sentence under the name on the home page. */
    tagline: z.string().trim().min(1).max(200),
    /** The public address the site is served from; used for canonical links and the sitemap. */
    site_url: httpsUrl,
    /** The areas entries can belong to: an id contributors type, and the label people read. */
    areas: z
      .array(
        z.strictObject({
          /** What entries write under location.area. */
          id: slug,
          /** The name people read. */
          label: z.string().trim().min(1).max(60),
          /** A sentence describing where it covers. */
          description: z.string().trim().max(300).optional(),
        }),
      )
      .min(1, { error: 'areas is empty: list at least one area.' })
      .refine((a) => new Set(a.map((x) => x.id)).size === a.length, { error: 'Two areas have the same id.' }),
    /** The public repository where community groups propose changes. */
    repository_url: httpsUrl,
    /** Where people without a repository account send corrections. */
    corrections_email: z.email(),
    /** Months after its last review before an entry is flagged as out of date. */
    review_after_months: z.int().min(1).max(60),
    /** Weeks before an entry is flagged as out of date that the review reminder asks its group to confirm or update it. */
    review_notice_weeks: z.int().min(1).max(26).default(4),
    /** Months after its last review before an entry leaves search and listings as possibly closed. */
    delist_after_months: z.int().min(2).max(120).default(24),
    /** How many activities a category or area page shows before continuing on a next page. */
    list_page_size: z.int().min(1).max(1000).default(50),
    /** True while every entry is made-up sample content: shows a notice on every page. */
    demo: z.boolean().default(false),
  })
  .refine((s) => s.delist_after_months > s.review_after_months, {
    path: ['delist_after_months'],
    error: 'delist_after_months must be more than review_after_months.',
  });

export type Settings = z.output<typeof settingsSchema>;
