// The roads fixture pack's blind question sets, alone and beside the NSPCC pack (split from blind-questions.test.ts
// so that the two test workers share the evaluation).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { evaluateBlind, loadBlindCases } from '../../src/eval/blind-questions.js';
import { setNumber } from '../../src/eval/claims-eval.js';
import { loadPack, loadPacks } from '../../src/pack/load-pack.js';

// A pack written by a new author from the README alone, and questions written blind from its source. First score,
// before anyone read them: 45/66 answered right, 45/54 declined right, 13 wrong (the same with the NSPCC pack
// loaded); the bars hold what the engine reaches since (issue 15's target is 90%).
describe('third pack (Eastmoor road casualties), alone and beside the NSPCC pack', () => {
  const dir = join('test', 'fixtures', 'packs', 'eastmoor-roads-2023');
  const third = loadPack(dir);
  for (const [label, packs] of [
    ['alone', [third]],
    ['with the NSPCC pack', [...loadPacks('knowledge'), third]],
  ] as const) {
    // One index per way of loading, built when its first set is scored (not one per set: 88 builds of the same packs).
    let built: ReturnType<typeof buildIndex> | undefined;
    const indexOf = () => {
      built ??= buildIndex(packs);
      return built;
    };
    // Set 2 (other personas), first score before anyone read it: 37/68, 44/52, 17 wrong.
    for (const [set, answeredBar, declinedBar, wrongBar] of [
      // 12 wrong: "serious inj 22 vs 23" is answered with the fact stating 221 → 238 ("up 8 per cent from 221 in
      // 2022"); the set's excerpt, from another sentence, counts that as wrong.
      ['questions-blind.yml', 0.75, 0.85, 12],
      ['questions-blind-2.yml', 0.6, 0.84, 16],
      // Set 3, first score before anyone read it: 29/54, 39/46, 13 wrong.
      ['questions-blind-3.yml', 0.59, 0.84, 12],
      // Set 4, first score before anyone read it: 43/70, 50/60, 19 wrong (8 answers quote sentences no fact holds).
      ['questions-blind-4.yml', 0.61, 0.83, 19],
      // Set 5, scored at the start (44/73, 51/57, 13 wrong) and end (45/73, 51/57, 13 wrong) of a session, unread;
      // 43/73 after that session's review made year-before comparisons decline.
      ['questions-blind-5.yml', 0.585, 0.87, 14],
      // Set 6, scored twice in one session before anyone read it: 42/69, 48/61, 21 wrong (9 answers in no fact).
      ['questions-blind-6.yml', 0.6, 0.78, 21],
      // Set 7, scored twice in one session before anyone read it: 44/73, 47/57, 17 wrong.
      ['questions-blind-7.yml', 0.6, 0.82, 17],
      // Set 8, scored at the start (41/70, 48/60, 17 wrong) and end (45/70, 49/60, 17 wrong) of a session before
      // anyone read it; read since.
      ['questions-blind-8.yml', 0.64, 0.81, 17],
      // Set 9, scored mid-session and at its end before anyone read it (42/70, 50/60, 18 wrong both times).
      ['questions-blind-9.yml', 0.6, 0.83, 18],
      // Set 10, scored at the start (45/74, 52/56, 8 wrong) and end (48/77, 50/53, 6 wrong) of one session before
      // anyone read it (the pack's header facts made 3 answers answerable between the two).
      ['questions-blind-10.yml', 0.62, 0.94, 6],
      // Set 11, scored at the start (56/78, 43/52, 12 wrong) and end (57/78, 45/52, 10 wrong) of one session before
      // anyone read it.
      ['questions-blind-11.yml', 0.73, 0.86, 10],
      // Set 12, scored at the start (54/73, 44/57, 18 wrong), mid-session and end (55/73, 46/57, 15 wrong) of one
      // session before anyone read it.
      ['questions-blind-12.yml', 0.75, 0.8, 15],
      // Sets 13 and 14, scored at the start, mid-session and end of one session before anyone read them: set 13
      // 58/76, 49/54, 7 wrong throughout; set 14 52/74, 47/56, 16 wrong at the start and 17 at the end.
      ['questions-blind-13.yml', 0.76, 0.9, 7],
      // Since excerpts no fact quotes count as answered by the facts stating their figures, set 14 holds 77
      // answerable questions, not 74: 53/77, 47/53, 16 wrong.
      ['questions-blind-14.yml', 0.68, 0.83, 16],
      // Set 15, scored before anyone read it at the start (48/78, 45/52, 12 wrong), mid-session (49/78, 47/52, 11) and
      // end (50/78 = 64.1%, 47/52, 11) of one session.
      ['questions-blind-15.yml', 0.64, 0.9, 11],
      // Set 16, scored before anyone read it at 1acb07e (51/77, 49/53, 9 wrong), 7c28f86 (52/77, 49/53, 9) and 4b2df4a
      // (52/77 = 67.5%, 51/53, 7) of one session; with all three packs 50/77, 51/53, 6.
      ['questions-blind-16.yml', 0.64, 0.96, 7],
      // Set 17, scored before anyone read it at 354ff27 and 7b70ecf, the start and end of one session: 58/76, 51/54,
      // 8 wrong (all three packs 57/76, 51/54, 9); read the next session, so the bar is today's (alone 60/76, 52/54, 7;
      // with the NSPCC pack 59/76, 52/54, 8).
      ['questions-blind-17.yml', 0.77, 0.96, 8],
      // Set 18, scored before anyone read it at 2f232c9 and 7929b2b, the start and end of one session: 59/77, 51/53,
      // 6 wrong, then 61/77, 52/53, 5 (the same with the NSPCC pack both times); read the next session (62/77).
      ['questions-blind-18.yml', 0.8, 0.98, 5],
      // Set 19, scored unread at 63d74b6 (55/76, 49/54, 9 wrong; 8 with the NSPCC pack) and mid-session (57/76); read
      // after, so the bar is today's (58/76 both ways, 49/54, 9 wrong alone and 8 with the NSPCC pack).
      ['questions-blind-19.yml', 0.76, 0.9, 9],
      // Set 20, written mid-session and scored unread at 4c7093f and the end: 62/76 alone and 61/76 with the NSPCC
      // pack, 51/54, 9 and 8 wrong.
      ['questions-blind-20.yml', 0.8, 0.94, 9],
      // Set 21, written at the start of the eighth 2026-11-30 session and scored unread at edd48a4 and 359642a:
      // 68/76, 52/54, 6 wrong, alone and with the NSPCC pack.
      ['questions-blind-21.yml', 0.89, 0.96, 6],
      // Set 22, written mid-session with the brief to use the writer's own words for things, scored unread at
      // edd48a4, 534fddb and 43e9929: 51/75, 55/55, 6 wrong each time, alone and with the NSPCC pack.
      ['questions-blind-22.yml', 0.68, 1, 6],
      // Set 23, written at the start of the ninth 2026-11-30 session and scored unread: 53/75, 52/55, 10 wrong (11 with
      // the NSPCC pack) at d5bf49c, and the same once the pack learned its example questions. Never learned from.
      ['questions-blind-23.yml', 0.7, 0.94, 11],
      // Set 24, written at the start of the tenth 2026-11-30 session and scored unread at 10f4c15 (50/74, 56/56, 8
      // wrong, alone and with the NSPCC pack) and mid-session at 8bdfd0f (51/74, one more right while the fixture
      // dropped its alias "a road", restored after a review found "how many casualties on an A road?" given the
      // county total). Never learned from.
      ['questions-blind-24.yml', 0.67, 1, 8],
      // Set 25, written at the start of the eleventh 2026-11-30 session and scored unread at 7a7a09a, mid-session and
      // at the end (b08d2e3): 54/74, 50/56, 14 wrong each time, alone and with the NSPCC pack. Learned from since the
      // sixteenth session.
      ['questions-blind-25.yml', 0.72, 0.89, 14],
      // Set 26, written at the start of the twelfth 2026-11-30 session and scored unread at eeb2059 (56/74, 53/56, 8
      // wrong), mid-session at ae39f72 (58/74, 53/56, 7) and at the end (58/74, 53/56, 7), alone and with the NSPCC
      // pack; 58/74, 53/56, 6 wrong at the end of the thirteenth. Learned from since the sixteenth
      // session.
      ['questions-blind-26.yml', 0.78, 0.94, 6],
      // Set 27, written at the start of the thirteenth session and scored unread at 1c63762, mid-session and at the end:
      // 50/74, 53/56, 7 wrong alone; 49/74, 53/56, 8 wrong with the NSPCC pack. Learned from since the
      // sixteenth session.
      ['questions-blind-27.yml', 0.66, 0.94, 8],
      // Set 28, written at the start of the fourteenth session and scored unread at 71834b3 (51/74, 51/56, 13 wrong
      // alone; 49/74 with the NSPCC pack), mid-session and at the end (53/74, 51/56, 13 wrong alone; 51/74, 51/56, 13
      // with the NSPCC pack). Learned from since the sixteenth session.
      ['questions-blind-28.yml', 0.68, 0.91, 13],
      // Set 29, written at the start of the fifteenth session and scored unread at 661816a (59/74, 52/56, 10 wrong
      // alone; 58/74 with the NSPCC pack) and at the end (60/74, 52/56, 10 wrong alone; 59/74 with the NSPCC pack).
      // Learned from since the sixteenth session.
      ['questions-blind-29.yml', 0.79, 0.92, 10],
      // Set 31, written mid-way through the sixteenth session to be read and worked from (a tuning set): 64/74, 55/56,
      // 5 wrong when first scored; 64/74, 56/56, 4 wrong alone (63/74 with the NSPCC pack) after its misses were read.
      ['questions-blind-31.yml', 0.85, 1, 4],
      // Set 30, written at the start of the sixteenth session and scored unread at fac74f0 (58/74, 52/56, 13 wrong,
      // alone and with the NSPCC pack), mid-session (the same) and at the end (58/74, 53/56, 12 wrong, both ways).
      // Not learned from.
      // Read in the seventeenth session: 60/74, 56/56, 7 wrong.
      ['questions-blind-30.yml', 0.81, 1, 7],
      // Set 32, written at the start of the seventeenth session and scored unread at b2a2c0c (60/74, 53/56, 9 wrong
      // alone; 58/74, 53/56, 10 wrong with the NSPCC pack), mid-session (61/74, 54/56, 7 wrong alone) and at the end
      // (61/74, 54/56, 7 wrong alone; 59/74, 54/56, 8 wrong with the NSPCC pack). Not learned from. Read in the
      // eighteenth session: 63/74, 54/56, 7 wrong alone; 61/74, 54/56, 8 wrong with the NSPCC pack.
      ['questions-blind-32.yml', 0.82, 0.96, 8],
      // Set 33, written at the start of the eighteenth session and scored unread at b8e8778 (59/74, 54/56, 6 wrong,
      // alone and with the NSPCC pack), mid-session and at the end (58/74, 54/56, 7 wrong both ways: the change that
      // prefers a close fact with a change figure for "yoy"/"up or down" questions, measured alone, cost one answer).
      // Not learned from. Read in the nineteenth session: 60/74, 54/56, 7 wrong, both ways.
      ['questions-blind-33.yml', 0.81, 0.96, 7],
      // Set 34, written at the start of the nineteenth session and scored unread at 773afe3, mid-session (5a638c2) and
      // at the end (ed1e7ae, and again at 396a797 and d4444a2): 63/74 alone and 62/74 with the NSPCC pack, 55/56, 3 wrong each
      // time. Not learned from. Read in the twentieth session: unchanged.
      ['questions-blind-34.yml', 0.83, 0.98, 3],
      // Set 35, written at the start of the twentieth session and scored unread at 7745ce0, mid-session (fb6ddd0) and
      // at the end (c8f9dfe): 62/74, 55/56, 8 wrong each time, alone and with the NSPCC pack. Not learned from. Read in
      // the twenty-first session: 64/74, 55/56, 7 wrong, both ways.
      ['questions-blind-35.yml', 0.86, 0.98, 7],
      // Set 36, written at the start of the twenty-first session and scored unread at 8b757e1, mid-session (f537da5:
      // 60/74, 9 wrong — the change behind it was withdrawn) and at the end (a6cf909): 61/74, 54/56, 8 wrong, alone and
      // with the NSPCC pack. Not learned from. Read in the twenty-second session: 63/74, 54/56, 8 wrong, both ways.
      ['questions-blind-36.yml', 0.85, 0.96, 8],
      // Set 37, written at the start of the twenty-second session and scored unread at 624eb86, mid-session (143e0a0)
      // and at the end (6be736d): 69/74, 55/56, 2 wrong each time, alone and with the NSPCC pack. Not learned from.
      // Read in the twenty-third session: 70/74, 55/56, 2 wrong, both ways.
      ['questions-blind-37.yml', 0.94, 0.98, 2],
      // Set 38, written at the start of the twenty-third session and scored unread at 2319bc5: 60/73, 56/57, 8 wrong,
      // both ways. Partly seen (a formatter's output showed two of its rows; none worked from), so set 39 is that
      // session's unread measure; unchanged at the end.
      ['questions-blind-38.yml', 0.82, 0.98, 8],
      // Set 39, written in the twenty-third session and scored unread at 2319bc5 (the session's starting code):
      // 58/75, 53/55, 5 wrong; mid-session and at the end 59/75, 53/55, 5 wrong, both ways. Not learned from.
      ['questions-blind-39.yml', 0.78, 0.96, 5],
      // Set 40, written in the twenty-fourth session and scored unread at its starting code, mid-session and at the
      // end: 65/74, 54/56, 5 wrong each time, both ways. Not learned from.
      ['questions-blind-40.yml', 0.87, 0.96, 5],
      // Set 41, written in the twenty-fifth session (138 questions; 81 whose excerpt names a fact) and scored unread at
      // its starting code, mid-session and at the end: 63/81, 57/57, 7 wrong alone; 62/81, 56/57, 8 wrong with the
      // NSPCC pack, each time. Not learned from.
      ['questions-blind-41.yml', 0.76, 0.98, 8],
      // Set 42, written in the twenty-sixth session (124 questions; 68 whose excerpt names a fact) and scored unread
      // at its starting code (56/68, 56/56, 3 wrong alone; 55/68 with the NSPCC pack) and at the end (57/68 alone,
      // 56/68 with the NSPCC pack; 56/56, 3 wrong both ways). Not learned from.
      ['questions-blind-42.yml', 0.82, 0.98, 3],
      // Set 43, written in the twenty-seventh session (138 questions; 82 whose excerpt names a fact) and scored unread
      // at its starting code and at the end: 65/82, 54/56, 7 wrong alone; 64/82, 54/56, 8 wrong with the NSPCC pack,
      // both times. Not learned from.
      ['questions-blind-43.yml', 0.78, 0.96, 8],
      // Set 44, written in the twenty-eighth session (138 questions; 81 whose excerpt names a fact) and scored unread
      // at its starting code and at the end: 73/81, 56/57, 3 wrong, alone and with the NSPCC pack, both times. Not
      // learned from.
      ['questions-blind-44.yml', 0.9, 0.98, 3],
      // Set 45, written in the twenty-ninth session (140 questions; 81 whose excerpt names a fact) and scored unread at
      // its starting code and at the end: 66/81, 56/59, 8 wrong alone; 65/81, 56/59, 8 wrong with the NSPCC pack, both
      // times, and 67/81 (66 with the NSPCC pack) through the thirty-first session. Read in the thirty-second session
      // and worked from: 74/81 alone, 73/81 with the NSPCC pack, 57/59, 7 wrong at its end. No longer blind.
      ['questions-blind-45.yml', 0.9, 0.96, 7],
      // Set 46, written in the thirty-first session (138 questions; 82 whose excerpt names a fact) and scored unread at
      // its starting code and at the end: 71/82, 53/56, 6 wrong alone; 70/82, 53/56, 6 wrong with the NSPCC pack. At
      // the thirty-second session's end, still unread: 72/82 alone, 71/82 with the NSPCC pack, 53/56, 6 wrong.
      // Read in the thirty-third session: 74/82 alone, 73/82 with the NSPCC pack at its end.
      ['questions-blind-46.yml', 0.89, 0.94, 6],
      // Set 47, written in the thirty-second session (138 questions; 82 whose excerpt names a fact) and scored unread
      // at 895c96f: 72/82, 54/56, 5 wrong, alone and with the NSPCC pack; at the end 73/82. Read in the thirty-third
      // session: 75/82 at its end. Not learned from.
      ['questions-blind-47.yml', 0.91, 0.96, 5],
      // Set 48, written at the start of the thirty-third session (138 questions; 82 whose excerpt names a fact) and
      // scored unread at 20292b2 and after that session's first changes: 69/82 alone, 68/82 with the NSPCC pack,
      // 56/56, 4 wrong. Then read; unchanged at its end.
      ['questions-blind-48.yml', 0.82, 1, 4],
      // Set 49, written late in the thirty-third session and scored unread: at 20292b2 65/82 alone, 63/82 with the
      // NSPCC pack, 53/56, 6 wrong; at the session's end 66/82 and 64/82. Unread; at the thirty-fourth session's end
      // 66/82 alone, 65/82 with the NSPCC pack.
      ['questions-blind-49.yml', 0.78, 0.94, 6],
      // Set 50, written at the start of the thirty-fourth session (138 questions; 74 whose excerpt names a fact) and
      // scored unread at ef0bf0b: 63/74, 59/64, 7 wrong, alone and with the NSPCC pack; the same at that session's end
      // (64/74 for a while mid-session, given back by a safety fix). Unread.
      ['questions-blind-50.yml', 0.85, 0.92, 7],
      // Set 51, written at the start of the thirty-fifth session (138 questions; 73 whose excerpt names a fact) and
      // scored unread at 216af3f and at that session's end: 60/73, 61/65, 7 wrong alone, 8 with the NSPCC pack, both
      // times. (Set 50 was 64/74 at that session's end.) Unread; at the thirty-seventh session's end 60/73 alone, 59/73
      // with the NSPCC pack, 61/65, 6 and 7 wrong (answers under even odds became choices).
      ['questions-blind-51.yml', 0.8, 0.93, 7],
      // Set 52, written at the start of the thirty-sixth session (140 questions; 83 whose excerpt names a fact) and
      // scored unread at 9a8f54f and at that session's end: 78/83, 57/57, 1 wrong, alone and with the NSPCC pack.
      // Unread.
      ['questions-blind-52.yml', 0.93, 0.98, 1],
      // Set 53, written at the start of the fortieth session (100 questions; 60 whose excerpt names a fact) and scored
      // unread at 9d9dd43: 49/60, 40/40, 2 wrong alone; 49/60, 39/40, 4 wrong with the NSPCC pack. Unread.
      ['questions-blind-53.yml', 0.81, 0.97, 4],
      // Set 54, written at the start of the forty-first session (100 questions; 60 whose excerpt names a fact) and
      // scored unread at 35ed613: 52/60, 40/40, 2 wrong alone; 51/60, 39/40, 3 wrong with the NSPCC pack; after that
      // session's first changes 53/60 and 52/60, the rest the same. Unread.
      ['questions-blind-54.yml', 0.85, 0.97, 3],
      // Set 55, written by a fresh helper late in the forty-first session (100 questions; 60 whose excerpt names a
      // fact) and scored unread at 57bd05a: 56/60, 38/40, 2 wrong alone; 55/60, 38/40, 2 wrong with the NSPCC pack; the
      // same at 35ed613. Unread.
      ['questions-blind-55.yml', 0.91, 0.95, 2],
      // Set 56, written by a fresh helper at the start of the forty-second session (100 questions; 58 whose excerpt
      // names a fact) and scored unread at 4fe8f28: 55/58, 41/42, 3 wrong, alone and with the NSPCC pack. Unread.
      ['questions-blind-56.yml', 0.94, 0.97, 3],
      // Set 57, written by a fresh helper at the start of the forty-third session (100 questions; 49 whose excerpt
      // names a fact) and scored unread at fecb280: 47/49, 49/51, 2 wrong, alone and with the NSPCC pack. Unread.
      ['questions-blind-57.yml', 0.95, 0.96, 2],
    ] as const) {
      // Alone, only the newer sets are scored: with the NSPCC pack beside it, every set is, against the same bars
      // (the harder of the two ways, and what issue 15 measures), so the older sets' second pass cost suite time
      // and caught nothing the first did not.
      if (label === 'alone' && setNumber(set) < 40) continue;
      it(`${set}, ${label}: at least ${answeredBar * 100}% answered right, ${declinedBar * 100}% declined right, at most ${wrongBar} wrong`, () => {
        const within = indexOf();
        const { total, misses } = evaluateBlind(loadBlindCases(join(dir, set), within), within);
        const shown = JSON.stringify(misses.length);
        expect(total.answeredRight / total.answerable, shown).toBeGreaterThanOrEqual(answeredBar);
        expect(total.declinedRight / total.declinable, shown).toBeGreaterThanOrEqual(declinedBar);
        expect(total.wrong, shown).toBeLessThanOrEqual(wrongBar);
      });
    }
  }
});
