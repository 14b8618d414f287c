/** The components a content MDX body may use, by name; the names and props allowed are in src/markdown/mdx-policy.ts. */
import Quote from './Quote.astro';

export const mdxComponents = { Quote };
