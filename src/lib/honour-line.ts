/** The one way an honour (or a recipient) is written with its year: 2022年 全国五一劳动奖章; without a year, the name alone. */
export function honourLine(year: number | undefined, name: string): string {
  return year === undefined ? name : `${year}年 ${name}`;
}
