/** `npm run cms:config`: prints the `/admin/` editor's configuration (generated in `src/editor/cms-config.ts`). */
import { cmsConfigText } from '../src/editor/cms-config.ts';

process.stdout.write(cmsConfigText());
