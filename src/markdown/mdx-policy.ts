/**
 * MDX is code: a `.mdx` body may import modules, run expressions at build time and emit any element. By default a
 * content MDX body may only use plain HTML elements the sanitiser keeps and the project's own components listed in
 * `MDX_COMPONENTS`, each with literal (quoted) props: no import/export, no {expressions}, no <script>/<style>, no event
 * handlers. The checker (src/check/mdx.ts) and the build (the remark plugin below) both refuse anything else with the
 * same Chinese message. A site that truly wants free MDX sets `freeMdx: true` in content/site.yaml; the pull-request
 * workflows set HONOR_ROLL_MDX=safe, which overrides it.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { envSettings } from '../settings.ts';
import { sanitizeSchema } from './sanitize.ts';

/** The project's own components an MDX body may use, with the props each accepts (all literal strings). */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Quote: ['by', 'source'],
};

/** HTML elements an MDX body may write: those the sanitiser keeps for Markdown. */
const HTML_TAGS = new Set((sanitizeSchema.tagNames ?? []).map((t) => t.toLowerCase()));

export interface MdxFinding {
  line: number;
  column: number;
  message: string;
  fix: string;
}

interface Point {
  line: number;
  column: number;
}
interface MdNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown; position?: { start: Point } }[];
  children?: MdNode[];
  position?: { start: Point };
}

const isComment = (code: string) => /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(code);

/** What in an MDX syntax tree goes beyond safe MDX. Lines are as in the tree. */
export function mdxFindings(tree: MdNode): MdxFinding[] {
  const out: MdxFinding[] = [];
  const at = (n: { position?: { start: Point } }) => ({ line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 });
  const visit = (n: MdNode) => {
    if (n.type === 'mdxjsEsm') {
      out.push({ ...at(n), message: 'MDX 正文里不能写 import 或 export（这是程序代码，会在构建时运行）', fix: '删除这一行。正文只写文字、Markdown 和项目自带的组件。' });
    } else if ((n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && !isComment(String(n.value ?? ''))) {
      out.push({ ...at(n), message: 'MDX 正文里不能写花括号 { } 表达式（这是程序代码，会在构建时运行）', fix: '删除花括号及其内容；要显示花括号本身，写成 \\{ 和 \\}。' });
    } else if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      const name = n.name ?? '';
      const component = Object.hasOwn(MDX_COMPONENTS, name) ? MDX_COMPONENTS[name] : undefined;
      if (/^(script|style)$/i.test(name)) {
        out.push({ ...at(n), message: `MDX 正文里不能写 <${name}>（脚本和样式不能来自内容）`, fix: `删除 <${name}> … </${name}>。` });
      } else if (!component && !(name === name.toLowerCase() && HTML_TAGS.has(name))) {
        const list = Object.keys(MDX_COMPONENTS).join('、');
        out.push({
          ...at(n),
          message: name ? `MDX 正文里不能用 <${name}>：只能用常见的 HTML 排版标签和项目自带的组件（${list}）` : 'MDX 正文里不能用空标签 <> </>',
          fix: name ? `删除 <${name}>，或改用 Markdown 写法。` : '删除 <> 和 </>。',
        });
      }
      for (const a of n.attributes ?? []) {
        const where = a.position ? at(a) : at(n);
        if (a.type !== 'mdxJsxAttribute') {
          out.push({ ...where, message: `<${name}> 上不能写 {…} 展开属性（这是程序代码）`, fix: '删除花括号部分，属性写成 名字="值"。' });
          continue;
        }
        const attr = a.name ?? '';
        if (/^on/i.test(attr)) out.push({ ...where, message: `<${name}> 上不能写事件属性 ${attr}（会在访客的浏览器里运行脚本）`, fix: `删除 ${attr}="…"。` });
        else if (a.value !== null && typeof a.value === 'object') out.push({ ...where, message: `<${name}> 的属性 ${attr} 不能用 {…} 表达式（这是程序代码）`, fix: `写成 ${attr}="文字"。` });
        else if (component && !component.includes(attr)) out.push({ ...where, message: `组件 <${name}> 没有属性 ${attr}，可用的属性：${component.join('、') || '（无）'}`, fix: `删除 ${attr}，或改成可用的属性。` });
      }
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(tree);
  return out;
}

/** Parses an MDX body the way @astrojs/mdx does and lists what goes beyond safe MDX; a syntax error is one finding. */
export function checkMdxBody(body: string): MdxFinding[] {
  try {
    return mdxFindings(unified().use(remarkParse).use(remarkMdx).parse(body) as MdNode);
  } catch (err) {
    const e = err as { line?: number; column?: number; reason?: string; message?: string };
    return [{ line: e.line ?? 1, column: e.column ?? 1, message: `MDX 写法错误：${e.reason ?? e.message ?? String(err)}`, fix: '检查这一行的尖括号和花括号是否配对；只写文字和 Markdown 时，可以把文件改成 .md。' }];
  }
}

/** Whether this build may compile free MDX: only when the site asks for it and nothing forces safe MDX. */
export function freeMdxAllowed(siteWantsFree: boolean, env: Record<string, string | undefined> = process.env): boolean {
  return siteWantsFree && !envSettings(env).forceSafeMdx;
}

/**
 * Remark plugin for the build: refuses unsafe MDX before it is compiled into a module (so nothing in it ever runs).
 * `allowFree` is read once from the site settings.
 */
export function remarkSafeMdx(options: { allowFree: boolean }) {
  return (tree: MdNode, file: { path?: string; history?: string[] }) => {
    if (options.allowFree) return;
    const findings = mdxFindings(tree);
    if (!findings.length) return;
    const name = file.path ?? file.history?.[0] ?? 'MDX';
    const lines = findings.map((f) => `${name}:${f.line}:${f.column} ${f.message}\n  怎么改：${f.fix}`);
    throw new Error(`MDX 内容不安全，网站没有生成：\n${lines.join('\n')}\n（网站设置 freeMdx: true 才允许任意 MDX，合并请求的构建始终不允许。）`);
  };
}
