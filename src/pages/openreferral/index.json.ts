/** `GET /openreferral/`: which standard this feed follows. */
import { API_ROOT, jsonResponse } from '../../lib/openreferral/feed.ts';

export const GET = () => jsonResponse(API_ROOT);
