/**
 * The search page's files and Pagefind's list of everything are fetched
 * once, on first use, and shared by every later search; a failed fetch is
 * not remembered, so the next search tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
