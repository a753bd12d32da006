/** `GET /openreferral/taxonomy_terms/{id}`: one term. */
import type { GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../lib/openreferral/feed.ts';
import { currentFeed } from '../_feed.ts';

export const getStaticPaths = (async () =>
  (await currentFeed()).taxonomyTerms.contents.map((term) => ({ params: { id: term.id }, props: { term } }))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { term: unknown } }) => jsonResponse(props.term);
