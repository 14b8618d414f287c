/** Slide bodies and speaker notes: Markdown only, sanitised (raw HTML would break the strict CSP). */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';

let md: Promise<MarkdownRenderer> | undefined;
export async function markdown(text: string): Promise<string> {
  md ??= createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeSanitize] });
  return (await (await md).render(text)).code;
}

/** Notes are plain Chinese by default: every line is its own paragraph. */
export const notesHtml = (notes: string | undefined) =>
  notes ? markdown(notes.replace(/\n(?!\n)/g, '\n\n')) : Promise.resolve(undefined);
