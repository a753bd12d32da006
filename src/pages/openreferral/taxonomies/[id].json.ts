/** `GET /openreferral/taxonomies/{id}`: one vocabulary with its terms. */
import type { GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../lib/openreferral/feed.ts';
import { currentFeed } from '../_feed.ts';

export const getStaticPaths = (async () =>
  (await currentFeed()).taxonomyDetails.map((taxonomy) => ({ params: { id: taxonomy.id }, props: { taxonomy } }))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { taxonomy: unknown } }) => jsonResponse(props.taxonomy);
