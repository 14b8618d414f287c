import { z } from 'astro/zod';
import { text } from './common.ts';
import { deckKindsText, ENTRY_FILES_LIMIT } from '../lib/scale.ts';

/** Site settings: `content/site.yaml`. */
export const siteSchema = () =>
  z.strictObject({
    /** 网站名称，例：某某市劳模工匠光荣榜 */
    title: text('网站名称').describe('网站名称，例：某某市劳模工匠光荣榜'),
    /** 工会名称，例：某某市总工会 */
    union: text('工会名称').describe('工会名称，例：某某市总工会'),
    /** 工会简称（可选），例：市总工会 */
    unionShort: z.string().trim().min(1).optional().describe('工会简称（可选），例：市总工会'),
    /** 地区或单位的简称（可选），用在“数说某某”“某某工会工作与劳模工匠的故事”里；不写时用工会简称，例：某某市 */
    region: z.string().trim().min(1).optional().describe('地区或单位的简称（可选），用在“数说某某”等标题里；不写时用工会简称，例：某某市'),
    /** “关于本站”页上说明内容来源的一段话（可选），例：本站内容取自本会编印的《劳模风采录》，每条资料都注明出处。 */
    about: z.string().trim().min(1).optional().describe('“关于本站”页上说明内容来源的一段话（可选）'),
    /** 页脚的一句说明（可选），不写时为“本站每条资料都注明出处。”，例：本站内容均来自公开报道，每条资料都注明出处。 */
    footerNote: z.string().trim().min(1).optional().describe('页脚的一句说明（可选），不写时为“本站每条资料都注明出处。”'),
    /** 一句话介绍，用于搜索引擎和分享 */
    description: text('网站介绍').describe('一句话介绍，用于搜索引擎和分享'),
    /** 网站正式地址，以 / 结尾，例：https://honor.example.org/ */
    baseUrl: z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的网址，如 https://honor.example.org/' }).describe('网站正式地址，例：https://honor.example.org/'),
    /** ICP备案号（可选），显示在页脚，例：京ICP备00000000号 */
    icp: z.string().trim().min(1).optional().describe('ICP备案号（可选），显示在页脚'),
    /**
     * 每个人物、集体和故事各画一张分享图：true 画；false 全站共用一张，构建更快、网站更小；
     * 不写时按网站规模自动决定：这三类合计不超过 1000 条时画，超过时不画（src/lib/scale.ts）。
     */
    entryShareImages: z.boolean({ error: '应为 true 或 false' }).optional()
      .describe(`每个${deckKindsText()}各画一张分享图：true 画；false 全站共用一张，构建更快、网站更小；不写时自动：合计不超过 ${ENTRY_FILES_LIMIT} 条时画，超过时不画`),
    /**
     * 每个人物、集体和故事各有一个投影页（/project/…，页面上有“投影”链接）：true 生成；false 不生成；
     * 不写时按网站规模自动决定：这三类合计不超过 1000 条时生成，超过时不生成。宣讲和光荣榜放映总会生成。
     */
    entryDecks: z.boolean({ error: '应为 true 或 false' }).optional()
      .describe(`每个${deckKindsText()}各有一个投影页：true 生成；false 不生成，网站更小；不写时自动：合计不超过 ${ENTRY_FILES_LIMIT} 条时生成，超过时不生成。宣讲和光荣榜放映总会生成`),
    /**
     * 每个人物、集体和故事的投影各生成一个离线放映文件（约 100 KB，放映页上有下载链接）：true 生成；false 不生成；
     * 不写时按网站规模自动决定：这三类合计不超过 1000 条时生成，超过时不生成。宣讲和光荣榜放映总有离线文件。
     */
    entryOfflineFiles: z.boolean({ error: '应为 true 或 false' }).optional()
      .describe(`每个${deckKindsText()}的投影各生成一个离线放映文件（约 100 KB）：true 生成；false 不生成；不写时自动：合计不超过 ${ENTRY_FILES_LIMIT} 条时生成，超过时不生成。宣讲和光荣榜放映总有离线文件`),
    /**
     * 允许任意 MDX（可选，默认 false）。MDX 是程序代码：打开后 .mdx 正文可以 import 模块、在构建时运行表达式。
     * 只在所有能改 content/ 的人都可信时打开；合并请求的构建始终不允许。
     */
    freeMdx: z.boolean({ error: '应为 true 或 false' }).default(false).describe('允许任意 MDX（慎用，默认 false）：MDX 是程序代码，合并请求的构建始终不允许'),
  });
export type Site = z.infer<ReturnType<typeof siteSchema>>;
