import { describe, expect, it } from 'vitest';
import { renderSlackGaps } from '../../../../adapters/slack/render/catalogue.js';

describe('/stats gaps rendering', () => {
  it('escapes stored questions in the plain-text fallback as in the blocks', () => {
    const message = renderSlackGaps({
      allowed: true,
      groups: [],
      lines: ['1. 2× "<!channel> how many cases on <@U123> tiktok?"', '   abstained 2 · nearest fact: x'],
    });
    expect(message.text).not.toMatch(/<!channel>|<@U123>/u);
    expect(message.text).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(message.blocks)).not.toMatch(/<!channel>|<@U123>/u);
  });
});
