import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateClaims, loadClaimsCases } from '../../src/eval/claims-eval.js';
import { realIndex } from '../helpers/real-pack.js';

const index = realIndex();
const dir = join('test', 'eval', 'claims');

describe('blind claims sets (written from the article alone, split by a hash before anyone read them)', () => {
  const tuning = loadClaimsCases(join(dir, 'tuning.yml'));
  const heldOut = loadClaimsCases(join(dir, 'held-out.yml'));

  it('are big enough and hold all four verdicts', () => {
    const claims = [...tuning, ...heldOut].flatMap((m) => m.claims);
    expect(claims.length).toBeGreaterThanOrEqual(200);
    for (const verdict of ['supported', 'contradicted', 'different_scope', 'not_in_source'])
      expect(claims.filter((c) => c.verdict === verdict).length).toBeGreaterThanOrEqual(40);
  });

  // Regression bars just under what the held-out half measures in aggregate (127/163, 1 false supported; its
  // items stay unread). The targets, 95% right and no false `supported`, are not reached yet.
  const result = evaluateClaims(heldOut, index);
  const misses = `${result.misses.length} misses (STATBOT_EVAL_SHOW_HELD_OUT=1 npm run eval lists them)`;
  it('gets at least 77% of held-out verdicts right', () => {
    expect(result.right / result.claims, misses).toBeGreaterThanOrEqual(0.77);
  });
  it('calls at most 1 held-out claim supported that is not', () => {
    expect(result.falseSupported, misses).toBeLessThanOrEqual(1);
  });

  // Scored once at the end of the session that built claim checking (81/105, 2 false supported), then kept;
  // measured in aggregate only since (84/105, no false supported).
  it('gets at least 79% of the fresh set right, with no false supported', () => {
    const fresh = evaluateClaims(loadClaimsCases(join(dir, 'fresh.yml')), index);
    expect(fresh.right / fresh.claims).toBeGreaterThanOrEqual(0.79);
    expect(fresh.falseSupported).toBe(0);
  });

  // The fresh sets, each written blind and scored before anyone read it (first scores in their headers): fresh-2
  // at the end of the session that halved false supported (105/130, 1 false supported); fresh-3 at the end of the
  // session that read claims without their frames (132/164, 2); fresh-4 at the start and end of the session that
  // read contained phrasings (141/172, 1, since fixed: a share of one platform said of none); fresh-5 (128/173, 3,
  // since fixed); fresh-6 (131/163 then 132/163, 1, since fixed); fresh-7 (127/165 twice, 1, since fixed); fresh-8
  // (117/164 twice, 3, two since fixed); fresh-9 (127/164 twice, none); fresh-10 (142/164 at the start, mid-session
  // and end of one session, 1 false supported); fresh-11 (121/164 at the start and end of one session, 1).
  it.each([
    ['fresh-2.yml', 0.8, 1],
    ['fresh-3.yml', 0.8, 2],
    ['fresh-4.yml', 0.81, 0],
    ['fresh-5.yml', 0.75, 0],
    ['fresh-6.yml', 0.81, 0],
    ['fresh-7.yml', 0.77, 0],
    ['fresh-8.yml', 0.72, 1],
    ['fresh-9.yml', 0.77, 0],
    ['fresh-10.yml', 0.86, 1],
    // Scored at the start and end of one session before anyone read it: 121/164, 1 false supported, both times.
    ['fresh-11.yml', 0.73, 1],
    // Scored at the start (140/164, 1 false supported) and end (144/164, none) of one session before anyone read it.
    ['fresh-12.yml', 0.87, 0],
    // Scored at the start, mid-session and end of one session before anyone read it: 142/164, 1 false supported (chat,
    // "ok back", read as "backed by the police chiefs"; fixed after reading, so the bar is none).
    ['fresh-13.yml', 0.86, 0],
    // Scored at the start, mid-session and end of one session before anyone read it: 138/164, none false supported.
    ['fresh-14.yml', 0.84, 0],
    // Scored at the start and end of one session before anyone read it: 145/165, 2 false supported (a quote given
    // to "Sandberg:", a statement moved to France); read and fixed the next session, so the bar is none.
    ['fresh-15.yml', 0.88, 0],
    // Scored at the start and end of one session before anyone read it: 128/165, none false supported, both times;
    // read the next session, which fixed chat misspellings, headline verbs and "came from" (134/165).
    ['fresh-16.yml', 0.81, 0],
    // Scored unread at the start of the seventh 2026-11-30 session, mid-way and at its end: 141/165, none false
    // supported.
    ['fresh-17.yml', 0.85, 0],
    // Written mid-session, scored unread at 4c7093f (135/165, 4 false supported; 133 and 4 at the session's start);
    // its false supported lines read and three fixed (138/165, 1): the bar holds the one it still calls supported.
    ['fresh-18.yml', 0.83, 1],
    // Written at the start of the eighth 2026-11-30 session, scored unread at edd48a4: 119/165, 3 false supported (a
    // headline speaker before a colon, "X demands…", an age group); only those lines read and fixed: 122/165, none.
    ['fresh-19.yml', 0.73, 0],
    // Written mid-session, scored unread at edd48a4 and c95c01a (123/165, 2 false supported) and 534fddb (124, 2);
    // only its false supported lines read (a share of "these" said of another count) and fixed: 126/165, none.
    ['fresh-20.yml', 0.76, 0],
    // Written at the start of the ninth 2026-11-30 session, scored unread at d5bf49c and after: 128/165, 1 false
    // supported; then read: its false supported ("said this year" of what the source dates "last year") fixed.
    ['fresh-21.yml', 0.78, 0],
    // Written mid-way through the ninth session, scored unread at d5bf49c and at the session's end: 137/165, none
    // false supported both times.
    ['fresh-22.yml', 0.83, 0],
    // Written at the start of the tenth 2026-11-30 session, scored unread at 10f4c15, mid-session and at the end
    // (ab8cedd): 130/165, none false supported each time.
    ['fresh-23.yml', 0.78, 0],
    // Written at the start of the eleventh 2026-11-30 session, scored unread at 7a7a09a: 114/165, 5 false supported;
    // then read, and its false supported fixed ("the same month" of a date before it, "Every. Single. Year.", "…and
    // Snapchat in a fifth" of all cases, "Stat to cite: … in 2020", governments denied in Zuckerberg's quote): 119/165.
    ['fresh-24.yml', 0.72, 0],
    // Written mid-way through the eleventh session and scored unread at 7a7a09a and b08d2e3: 129/165, 1 false
    // supported (the open letter "led by the National Police Chiefs' Council"); only that line read and fixed: 130/165.
    ['fresh-25.yml', 0.78, 0],
    // Written at the start of the twelfth 2026-11-30 session and scored unread at eeb2059 (141/165, none false
    // supported), mid-session (140, then 141) and at the end (141/165, none false supported).
    ['fresh-26.yml', 0.85, 0],
    // Written at the start of the thirteenth 2026-11-30 session and scored unread at 1c63762 (132/165, none false
    // supported), mid-session and at the end (133/165, none false supported).
    ['fresh-27.yml', 0.8, 0],
    // Written at the start of the fourteenth session and scored unread at 71834b3, mid-session and at the end:
    // 121/165 with one false supported each time (a claim this session did not read). Read in the fifteenth session:
    // its false supported ('During this period, … 51 per cent') fixed, 130/165.
    ['fresh-28.yml', 0.78, 0],
    // Written at the start of the fifteenth session and scored unread at 661816a (134/165, none false supported),
    // mid-session and at the end (135/165, none false supported).
    ['fresh-29.yml', 0.81, 0],
    // Written mid-way through the sixteenth session to be read and worked from, on claims a careless checker would
    // call supported: 117/150, none false supported, when first scored; 123/150 after its misses were read.
    ['fresh-31.yml', 0.82, 0],
    // Written at the start of the sixteenth session and scored unread at fac74f0, mid-session and at the end: 118/165
    // with two false supported each time (claims this session did not read; the bar keeps them from growing).
    // Read in the seventeenth session: both false supported fixed, 123/165.
    ['fresh-30.yml', 0.74, 0],
    // Written mid-way through the seventeenth session to be read and worked from, on claims a careless checker would
    // call supported: 87/110 with two false supported when first scored; 89/110, none, after its misses were read.
    ['fresh-33.yml', 0.8, 0],
    // Written at the start of the seventeenth session and scored unread at b2a2c0c, mid-session and at the end:
    // 128/165 with three false supported each time (claims this session did not read; the bar keeps them from growing).
    // Read in the eighteenth session: the three false supported fixed, 131/165.
    ['fresh-32.yml', 0.79, 0],
    // Written at the start of the eighteenth session and scored unread at b8e8778 (130/165, two false supported),
    // mid-session (the same) and at the end (132/165, two false supported: claims this session did not read).
    // Read in the nineteenth session: 133/165, the two false supported not yet fixed.
    ['fresh-34.yml', 0.8, 2],
    // Written at the start of the nineteenth session and scored unread at 2c181e5 (120/165, one false supported),
    // mid-session and at the end (121/165, one false supported: a claim this session did not read).
    // Read in the twentieth session: 123/165, the false supported not yet fixed.
    ['fresh-35.yml', 0.74, 1],
    // Written at the start of the twentieth session and scored unread at b20408f (132/165, none false supported),
    // mid-session and at the end (133/165, none false supported). Read in the twenty-first session: 140/165.
    ['fresh-36.yml', 0.84, 0],
    // Written at the start of the twenty-first session and scored unread at ccbb067 (129/165, none false supported),
    // mid-session (126/165) and at the end (127/165, none false supported: the police chiefs' backing quoting the
    // whole "turn the tide" sentence cost two, kept for what it gained on the read sets). Read in the twenty-second
    // session: 128/165, none false supported.
    ['fresh-37.yml', 0.77, 0],
    // Written at the start of the twenty-second session and scored unread at 624eb86 (121/165, two false supported),
    // mid-session (122/165) and at the end (122/165, two false supported: claims this session did not read). Read in
    // the twenty-third session: 126/165, none false supported.
    ['fresh-38.yml', 0.76, 0],
    // Written at the start of the twenty-third session and scored unread at 2319bc5 (136/165, two false supported).
    // Partly seen (a formatter's output showed about 25 of its claims; none worked from), so fresh-40 is that
    // session's unread measure; 137/165, two false supported, at the end.
    ['fresh-39.yml', 0.83, 2],
    // Written in the twenty-third session and scored unread at 2319bc5 (the session's starting code: 124/165, one
    // false supported), mid-session and at the end the same. Not learned from.
    ['fresh-40.yml', 0.75, 1],
    // Written at the start of the twenty-fourth session and scored unread at 758e1fb (the session's starting code:
    // 132/165, three false supported), mid-session and at the end (133/165, three false supported). Not learned from.
    ['fresh-41.yml', 0.8, 3],
    // Written at the start of the twenty-fifth session and scored unread at 8c99897 (the session's starting code:
    // 134/165, two false supported), mid-session and at the end (135/165, two false supported). Not learned from.
    ['fresh-42.yml', 0.81, 2],
    // Written at the start of the twenty-sixth session and scored unread at b666a36 (the session's starting code) and at
    // the end: 129/165, one false supported, both times. Not learned from.
    ['fresh-43.yml', 0.78, 1],
    // Written at the start of the twenty-seventh session and scored unread at f0c586f (the session's starting code) and at
    // the end: 106/165, none false supported, both times. Not learned from.
    ['fresh-44.yml', 0.64, 0],
    // Written at the start of the twenty-eighth session and scored unread at 8bb844a (the session's starting code) and at
    // the end: 116/165, none false supported, both times. Not learned from.
    ['fresh-45.yml', 0.7, 0],
    // Written at the start of the twenty-ninth session and scored unread at 459f304 (the session's starting code) and at
    // the end: 112/165, one false supported, both times (111/165 with the roads pack loaded). Not learned from.
    // (113/165 at the end of the thirty-first session.)
    ['fresh-46.yml', 0.67, 1],
    // Written at the start of the thirty-first session and scored unread at 5fb70a9 (the session's starting code) and at
    // the end: 106/172 → 107/172, one false supported both times. Not learned from.
    ['fresh-47.yml', 0.62, 1],
    // Written at the start of the thirty-fourth session (120 messages, 172 claims) and scored unread at ef0bf0b and at
    // that session's end: 148/172, no false supported. Not learned from.
    ['fresh-48.yml', 0.86, 0],
    // Written at the start of the thirty-fifth session (120 messages, 170 claims) and scored unread at 216af3f and at
    // that session's end: 134/170, no false supported, both times. Not learned from.
    ['fresh-49.yml', 0.78, 0],
    // Written at the start of the thirty-sixth session (120 messages, 170 claims) and scored unread at 9a8f54f and at
    // that session's end: 145/170, one false supported, both times. Not learned from.
    ['fresh-50.yml', 0.85, 1],
    // Written at the start of the forty-third session (170 messages, 210 claims, ten messages with none) and scored
    // unread at fecb280: 193/210, no false supported (one extra claim found and called supported). Not learned from.
    ['fresh-51.yml', 0.91, 0],
    // Written at the start of the forty-seventh session the same way (170 messages, 210 claims) and scored unread at
    // ffb3ef5: 185/210, one false supported (a figure for a narrower scope).
    ['fresh-52.yml', 0.88, 1],
    // Written at the start of the forty-eighth session the same way (170 messages, 210 claims, 25 messages with none)
    // and scored unread at 32321bc: 174/210, three false supported. Not learned from.
    ['fresh-53.yml', 0.82, 3],
    // Written the same way late in the forty-eighth session (170 messages, 210 claims) and scored unread both at the
    // session's start (32321bc) and after its changes: 181/210, two false supported, both times. Not learned from.
    ['fresh-54.yml', 0.86, 2],
    // Written the same way at the start of the forty-ninth session (170 messages, 210 claims, ten with none) and scored
    // unread at f2a1874: 183/210, three false supported; after that session's changes 185/210, two. Not learned from.
    ['fresh-55.yml', 0.87, 2],
    // Written the same way late in the forty-ninth session, with more compound messages (170 messages, 210 claims), and
    // scored unread at f2a1874 (before that session's changes) and at da0a378 (after them): 182/210, one false
    // supported, both times. Not learned from.
    ['fresh-56.yml', 0.86, 1],
  ])('%s: at least %s right, with at most %s false supported', (file, bar, maxFalse) => {
    const fresh = evaluateClaims(loadClaimsCases(join(dir, file)), index);
    expect(fresh.right / fresh.claims).toBeGreaterThanOrEqual(bar);
    expect(fresh.falseSupported).toBeLessThanOrEqual(maxFalse);
  });

  it('gets at least 92% of tuning verdicts right and calls no tuning claim supported that is not', () => {
    const t = evaluateClaims(tuning, index);
    expect(t.right / t.claims).toBeGreaterThanOrEqual(0.92);
    expect(t.falseSupported).toBe(0);
    expect(t.extraSupported).toBe(0);
  });
});
