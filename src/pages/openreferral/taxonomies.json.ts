/** `GET /openreferral/taxonomies`: our vocabularies, as one page. */
import { jsonResponse } from '../../lib/openreferral/feed.ts';
import { currentFeed } from './_feed.ts';

export const GET = async () => jsonResponse((await currentFeed()).taxonomies);
