/**
 * What raw HTML an editor may paste into Markdown (often copied from WeChat articles): formatting stays, anything
 * that can run or load from elsewhere goes — <script>, event handlers, javascript: URLs, iframes, inline styles.
 * `.md` files: rehype-raw parses the HTML, rehype-sanitize keeps only this schema.
 * `.mdx` files: JSX is not raw HTML, so `rehypeSafeMdx` removes the same things from MDX's element nodes.
 */
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Heading ids are made by Astro after this step; do not prefix the ones editors write.
  clobberPrefix: '',
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'style'), 'lang', 'dir'],
    abbr: ['title'],
    span: ['lang'],
  },
  tagNames: [...(defaultSchema.tagNames ?? []).filter((t) => t !== 'input'), 'abbr', 'figure', 'figcaption', 'mark', 'small', 'u'],
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'], cite: ['http', 'https'] },
};

const DANGEROUS_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math']);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'data']);

/** javascript:, vbscript: and data: URLs, however they are disguised with case, spaces or control characters. */
export function isUnsafeUrl(value: string): boolean {
  const v = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(v) || /^&#/.test(v);
}

interface AnyNode {
  type: string;
  name?: string | null;
  tagName?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  properties?: Record<string, unknown>;
  children?: AnyNode[];
}

function clean(node: AnyNode) {
  if (!node.children) return;
  node.children = node.children.filter((child) => {
    const tag = (child.type === 'element' ? child.tagName : child.type.startsWith('mdxJsx') ? child.name : undefined)?.toLowerCase();
    if (tag && DANGEROUS_TAGS.has(tag)) return false;
    if (child.type === 'raw') return false;
    if (child.properties) {
      for (const key of Object.keys(child.properties)) {
        const value = child.properties[key];
        const lower = key.toLowerCase();
        if (lower.startsWith('on') || lower === 'style' || (URL_ATTRS.has(lower) && typeof value === 'string' && isUnsafeUrl(value))) delete child.properties[key];
      }
    }
    if (child.attributes) {
      child.attributes = child.attributes.filter((a) => {
        if (a.type !== 'mdxJsxAttribute' || !a.name) return a.type !== 'mdxJsxExpressionAttribute';
        const lower = a.name.toLowerCase();
        if (lower.startsWith('on') || lower === 'style' || lower === 'dangerouslysetinnerhtml') return false;
        return !(URL_ATTRS.has(lower) && typeof a.value === 'string' && isUnsafeUrl(a.value));
      });
    }
    clean(child);
    return true;
  });
}

/** Rehype plugin for MDX: removes dangerous elements and attributes from both HTML and JSX element nodes. */
export function rehypeSafeMdx() {
  return (tree: AnyNode) => clean(tree);
}
