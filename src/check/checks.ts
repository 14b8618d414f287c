/**
 * The checker's list of checks. Each is `(entries, context) => Problem[]` over the entries `load.ts` read;
 * adding a check is writing one function and adding it here.
 */
import { checkBodyImages } from './body.ts';
import { checkDrafts } from './drafts.ts';
import { checkDuplicates } from './duplicates.ts';
import { checkFiles } from './files.ts';
import { checkImages } from './images.ts';
import { checkLooseFiles } from './loose-files.ts';
import { checkMdx } from './mdx.ts';
import { checkPrivacy } from './privacy.ts';
import { checkReferences } from './references.ts';
import { checkTaxonomyInUse } from './taxonomy.ts';
import { checkText } from './text.ts';
import { checkTwinNames } from './twins.ts';
import { checkRelativeTime } from './relative-time.ts';
import type { Check } from './types.ts';

export const CHECKS: readonly Check[] = [
  checkFiles,
  checkLooseFiles,
  checkDuplicates,
  checkReferences,
  checkTaxonomyInUse,
  checkTwinNames,
  checkText,
  checkMdx,
  checkRelativeTime,
  checkPrivacy,
  checkDrafts,
  checkImages,
  checkBodyImages,
];
