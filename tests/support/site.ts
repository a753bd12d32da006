/**
 * Where the test site lives. The global setup builds the sample directory
 * plus the hostile entries in tests/fixtures/hostile into tests/.tmp, so the
 * tests never touch (or depend on) the user's own dist/.
 */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const TMP = path.join(ROOT, 'tests', '.tmp');
export const TEST_CONTENT = path.join(TMP, 'content');
export const TEST_DIST = path.join(TMP, 'dist');
export const HOSTILE_FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'hostile');
