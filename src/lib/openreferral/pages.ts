/**
 * The paginated envelope every ORUK list endpoint answers with
 * (openapi.json `components.schemas.Page`). Pages are numbered from 1.
 */
import type { OrukPage } from './types.ts';

/** Services per page of `/services?page=N`. */
export const PAGE_SIZE = 50;

/** At least one page, so page 1 always exists (empty when there is nothing to list). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function page<T>(items: readonly T[], pageNumber: number, size = PAGE_SIZE): OrukPage<T> {
  const totalPages = pageCount(items.length, size);
  const contents = items.slice((pageNumber - 1) * size, pageNumber * size);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber === totalPages,
    empty: items.length === 0,
    contents,
  };
}

/** Every page of a list, in order. */
export function pages<T>(items: readonly T[], size = PAGE_SIZE): OrukPage<T>[] {
  return Array.from({ length: pageCount(items.length, size) }, (_, i) => page(items, i + 1, size));
}

/** The whole list as one page: what hosts that cannot route on `?page=` serve at `/services`. */
export function singlePage<T>(items: readonly T[]): OrukPage<T> {
  return page(items, 1, Math.max(1, items.length));
}
