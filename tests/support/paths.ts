import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the test run builds the sample site (kept apart from the editor's own `dist/`). */
export const SAMPLE_DIST = join(ROOT, 'tests/.tmp/sample-dist');
export const fixture = (name: string) => join(ROOT, 'tests/fixtures', name);
