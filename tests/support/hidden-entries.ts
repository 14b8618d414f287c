/** Adds to a fixture tree the two people no production build may show: a draft and one scheduled for 2030. */
import type { Tree } from './fixture-tree.ts';

export const HIDDEN_NAMES = ['草稿测试乙', '定时测试丙'] as const;

export function addHiddenPeople(tree: Tree): void {
  const person = tree.read('people/ce-shijia.md');
  tree.write('people/ce-shiyi.md', person.replace('name: 测试甲', `name: ${HIDDEN_NAMES[0]}`).replace('published: 2024-01-01', 'draft: true\npublished: 2024-01-01'));
  tree.write('people/ce-shibing.md', person.replace('name: 测试甲', `name: ${HIDDEN_NAMES[1]}`).replace('published: 2024-01-01', 'published: 2030-01-01'));
}
