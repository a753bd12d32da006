/**
 * `GET /openreferral/services` on hosts that cannot route on `?page=`
 * (Cloudflare Pages, GitLab Pages): every service on one page, so whatever
 * page a client asks for, the answer is complete and says it is the last.
 */
import { jsonResponse } from '../../../lib/openreferral/feed.ts';
import { currentFeed } from '../_feed.ts';

export const GET = async () => jsonResponse((await currentFeed()).allServices);
