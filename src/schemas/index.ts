/**
 * Every content kind, composed in one place. `src/content.config.ts`, `scripts/` and tests import from here.
 */
export * from './common.ts';
export * from './taxonomy.ts';
export { organizationSchema, type Organization } from './organization.ts';
export { honourSchema, type Honour } from './honour.ts';
export { personSchema, type Person } from './person.ts';
export { collectiveSchema, COLLECTIVE_KINDS, type Collective } from './collective.ts';
export { storySchema, type Story } from './story.ts';
export { figureSchema, FIGURE_GROUPS, FIGURE_QUALIFIERS, type Figure } from './figure.ts';
export { siteSchema, type Site } from './site.ts';
export { talkSchema, slideSchema, ENTRY_SLIDE_KINDS, type Talk, type Slide, type EntrySlideKind } from './talk.ts';
