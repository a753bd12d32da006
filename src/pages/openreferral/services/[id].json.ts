/** `GET /openreferral/services/{id}`: one full service. */
import type { GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../lib/openreferral/feed.ts';
import { currentFeed } from '../_feed.ts';

export const getStaticPaths = (async () =>
  (await currentFeed()).services.map((service) => ({ params: { id: service.id }, props: { service } }))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { service: unknown } }) => jsonResponse(props.service);
