import { describe, expect, it } from 'vitest';
import { isoDate, releaseHeader } from '../../../src/pack/draft/release-header.js';

describe("pack:new reads a release's header lines", () => {
  it('takes the run of labelled lines near the top, with the publisher and the date', () => {
    const text =
      'Road casualties 2023\n\nPublished by: Road Unit\nRelease date: 20 June 2024\nStatus: Provisional\n\nBody.';
    expect(releaseHeader(text)).toEqual({
      quote: 'Published by: Road Unit\nRelease date: 20 June 2024\nStatus: Provisional',
      publisher: 'Road Unit',
      published: '2024-06-20',
    });
  });
  it('ends a value where the next label starts on the same line', () => {
    expect(
      releaseHeader('Title\n\nPublished by: Road Unit. Release date: 5 March 2024. Coverage: 2023\n'),
    ).toMatchObject({
      publisher: 'Road Unit',
      published: '2024-03-05',
    });
  });
  it('finds nothing in a source without header lines, and no date in a month alone', () => {
    expect(releaseHeader('A news article.\n\nIt says 51 percent of cases…')).toBeUndefined();
    expect(isoDate('June 2024')).toBeUndefined();
  });
});
