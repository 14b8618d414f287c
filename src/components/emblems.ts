/**
 * The emblem of each kind of entry that is not a person: simple line drawings on a 48×48 grid, drawn in the current
 * colour, so a page's kind is seen before it is read. People keep their typographic avatar or portrait.
 * Used inline by `Emblem.astro` and, as <symbol>s, by the search page's result cards (`EmblemSprite.astro`).
 */
export const EMBLEM_KINDS = ['collective', 'organization', 'honour', 'story', 'talk'] as const;
export type EmblemKind = (typeof EMBLEM_KINDS)[number];

/** Each shape: stroked paths (line art) and filled paths (solid details). */
export const EMBLEM_SHAPES: Record<EmblemKind, { stroke: string[]; fill?: string[] }> = {
  // Three people side by side: a team, a 班组, a 工作室.
  collective: {
    stroke: [
      'M18.5 33.5c0-4.4 2.5-8 5.5-8s5.5 3.6 5.5 8',
      'M7 35c0-4 2.3-7 5-7 1.4 0 2.7.7 3.6 1.9',
      'M41 35c0-4-2.3-7-5-7-1.4 0-2.7.7-3.6 1.9',
      'M6 39.5h36',
    ],
    fill: ['M24 12.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z', 'M12 17.5a3.8 3.8 0 1 1 0 7.6 3.8 3.8 0 0 1 0-7.6Z', 'M36 17.5a3.8 3.8 0 1 1 0 7.6 3.8 3.8 0 0 1 0-7.6Z'],
  },
  // A works with a saw-tooth roof and a chimney: a company or institution.
  organization: {
    stroke: ['M6 40V24l8 5v-5l8 5v-5l8 5V9h7v31Z', 'M4 40h40'],
    fill: ['M10 32h3.5v3.5H10Z', 'M18 32h3.5v3.5H18Z', 'M26 32h3.5v3.5H26Z', 'M32 13h3v3h-3Z'],
  },
  // A medal on a ribbon, with a five-pointed star.
  honour: {
    stroke: ['M16 5l6 13', 'M32 5l-6 13', 'M24 19.5a10.5 10.5 0 1 1 0 21 10.5 10.5 0 0 1 0-21Z'],
    fill: ['M24.0 23.5L25.6 27.8L30.2 28.0L26.6 30.8L27.8 35.3L24.0 32.7L20.2 35.3L21.4 30.8L17.8 28.0L22.4 27.8Z'],
  },
  // A page of a newspaper: headline block and columns of text.
  story: {
    stroke: ['M10 6.5h28v35H10Z', 'M15 22h18', 'M15 28h18', 'M15 34h11'],
    fill: ['M15 11h18v6H15Z'],
  },
  // A lectern with a microphone: a 宣讲 (talk).
  talk: {
    stroke: ['M13 24h22', 'M17 24l2.5 16h9L31 24', 'M15 40.5h18', 'M24 24v-6', 'M30.5 8.5a8 8 0 0 1 0 8.5', 'M17.5 8.5a8 8 0 0 0 0 8.5'],
    fill: ['M24 8a3.5 3.5 0 0 1 3.5 3.5v3a3.5 3.5 0 0 1-7 0v-3A3.5 3.5 0 0 1 24 8Z'],
  },
};
