/**
 * Where the test site lives. The global setup builds the sample directory
 * plus the hostile entries in tests/fixtures/hostile into tests/.tmp, so the
 * tests never touch (or depend on) the user's own dist/.
 */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
// TEST_TMP lets two test runs share a checkout without building over each other.
export const TMP = path.resolve(process.env.TEST_TMP ?? path.join(ROOT, 'tests', '.tmp'));
export const TEST_CONTENT = path.join(TMP, 'content');
export const TEST_DIST = path.join(TMP, 'dist');
export const HOSTILE_FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'hostile');
/** Entries kept in folders of the activities folder, copied in as they are. */
export const FOLDER_FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'in-a-folder');
/** list_page_size in the test site's directory.yaml. */
export const TEST_PAGE_SIZE = 6;
