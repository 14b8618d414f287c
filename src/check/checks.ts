/**
 * The checker's list of checks. Each is `(entries, context) => Problem[]` over the entries `load.ts` read;
 * adding a check is writing one function and adding it here.
 */
import { checkDrafts } from './drafts.ts';
import { checkDuplicates } from './duplicates.ts';
import { checkImages } from './images.ts';
import { checkLooseFiles } from './loose-files.ts';
import { checkPrivacy } from './privacy.ts';
import { checkReferences } from './references.ts';
import { checkTaxonomyInUse } from './taxonomy.ts';
import type { Check } from './types.ts';

export const CHECKS: readonly Check[] = [checkLooseFiles, checkDuplicates, checkReferences, checkTaxonomyInUse, checkPrivacy, checkDrafts, checkImages];
