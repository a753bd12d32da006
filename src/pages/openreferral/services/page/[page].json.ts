/** `GET /openreferral/services?page=N`: page N of the services, PAGE_SIZE to a page. */
import type { GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../../lib/openreferral/feed.ts';
import { currentFeed } from '../../_feed.ts';

export const getStaticPaths = (async () =>
  (await currentFeed()).servicePages.map((page) => ({ params: { page: String(page.page_number) }, props: { page } }))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { page: unknown } }) => jsonResponse(props.page);
