import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The project folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where a test run builds the sample site: its own temp folder, so two runs (or `npm run build`) never collide. */
export const sampleDist = () => join(mkdtempSync(join(tmpdir(), 'honor-roll-sample-')), 'dist');
export const fixture = (name: string) => join(ROOT, 'tests/fixtures', name);
