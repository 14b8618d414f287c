/** Fixture entries no production build may show (drafts, scheduled ones), and one shared build that has them. */
import type { BuildResult } from './build-site.ts';
import { copyFixture, type Tree } from './fixture-tree.ts';
import { sharedBuild } from './shared-build.ts';

export const HIDDEN_NAMES = ['草稿测试乙', '定时测试丙'] as const;

/** Adds to a fixture tree the two people no production build may show: a draft and one scheduled for 2030. */
export function addHiddenPeople(tree: Tree): void {
  const person = tree.read('people/ce-shijia.md');
  tree.write('people/ce-shiyi.md', person.replace('name: 测试甲', `name: ${HIDDEN_NAMES[0]}`).replace('published: 2024-01-01', 'draft: true\npublished: 2024-01-01'));
  tree.write('people/ce-shibing.md', person.replace('name: 测试甲', `name: ${HIDDEN_NAMES[1]}`).replace('published: 2024-01-01', 'published: 2030-01-01'));
}

/** The "now" of the hidden-entries build: after every published date of the fixture, before 2030. */
export const HIDDEN_NOW = '2026-11-28T12:00:00+08:00';

/**
 * One production build, shared by every test file that asks, of the minimal fixture plus what no such build may show:
 * the two hidden people, a draft story (`caogao-gushi`, 草稿测试故事) and one scheduled for 2030 (`weilai-gushi`,
 * 未来测试故事). Read it, never write into it.
 */
export function hiddenEntriesBuild(): Promise<BuildResult> {
  return sharedBuild('hidden-entries', () => {
    const tree = copyFixture();
    addHiddenPeople(tree);
    const story = tree.read('stories/ceshi-gushi.md');
    tree.write('stories/caogao-gushi.md', story.replace('title: 测试故事', 'title: 草稿测试故事').replace('published: 2024-01-01', 'draft: true\npublished: 2024-01-01'));
    tree.write('stories/weilai-gushi.md', story.replace('title: 测试故事', 'title: 未来测试故事').replace('published: 2024-01-01', 'published: 2030-01-01'));
    return { content: tree.dir, env: { HONOR_ROLL_NOW: HIDDEN_NOW } };
  });
}
