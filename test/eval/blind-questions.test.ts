import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { evaluateBlind, factsForExcerpt, loadBlindCases } from '../../src/eval/blind-questions.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { realIndex } from '../helpers/real-pack.js';

const index = realIndex();
const blind = (file: string) => evaluateBlind(loadBlindCases(join('test', 'eval', file), index), index);

// Regression bars at what the blind sets measure today (never tuned against: held-out half, and the fresh sets
// written at the end of a session). The targets of the understanding issue (95% / 95% / 1 wrong in 200) are far
// above these; the bars only stop a change from losing ground unseen.
describe.each([
  ['questions-blind/held-out.yml', 0.75, 0.95, 10],
  ['fresh/questions.yml', 0.85, 0.93, 9],
  ['fresh-2/questions.yml', 0.83, 0.95, 4],
  // First (blind) score of fresh-3: 77/109 answered right, 76/91 declined right, 19 wrong.
  ['fresh-3/questions.yml', 0.8, 0.91, 12],
  // First (blind) score of fresh-4, at the end of that session's understanding work: 75/97, 94/103, 11 wrong.
  ['fresh-4/questions.yml', 0.8, 0.91, 11],
  // First (blind) score of fresh-5, at the very end of that session: 75/106, 50/54, 6 wrong.
  ['fresh-5/questions.yml', 0.77, 0.92, 6],
  // First (blind) score of fresh-6, at the end of the session that read formal frames and stated figures: 98/120,
  // 76/80, 6 wrong.
  ['fresh-6/questions.yml', 0.81, 0.95, 6],
  // Scored at the start (95/120, 74/80, 10 wrong) and the end (97/120, 73/80, 11 wrong) of the session that read
  // contained phrasings and compared periods, unread both times; 95/120, 73/80, 11 after that session's review.
  ['fresh-7/questions.yml', 0.79, 0.91, 11],
  // Scored twice in one session before anyone read it (97/120, 72/80, 11 wrong both times).
  ['fresh-8/questions.yml', 0.8, 0.9, 11],
  // Scored twice in one session before anyone read it (99/120, 77/80, 7 wrong both times).
  ['fresh-9/questions.yml', 0.82, 0.95, 7],
  // Scored at the start (96/120, 78/80, 6 wrong) and, after that session's changes, again (98/120, 79/80, 5 wrong)
  // before anyone read it; read since (two of its misses were then fixed), so the bar is today's 99/120.
  ['fresh-10/questions.yml', 0.82, 0.98, 5],
  // Scored mid-session and at its end before anyone read it (90/120, 78/80, 4 wrong both times).
  ['fresh-11/questions.yml', 0.75, 0.97, 4],
  // Scored at the start (92/120, 78/80, 6 wrong), mid-session (93/120, 78/80, 5) and end (96/120, 78/80, 5) of one
  // session before anyone read it.
  ['fresh-12/questions.yml', 0.8, 0.97, 5],
  // Scored at the start (99/120, 77/80, 7 wrong), mid-session (100/120, 77/80, 7) and end (100/120, 76/80, 8) of one
  // session before anyone read it; read since (two of its wrong answers then fixed), so the bar is today's.
  ['fresh-13/questions.yml', 0.83, 0.97, 6],
  // Scored at the start (108/120, 73/80, 11 wrong), mid-session (108/120, 74/80, 10) and end (108/120, 74/80, 10) of
  // one session before anyone read it.
  ['fresh-14/questions.yml', 0.9, 0.92, 10],
  // Scored at the start (88/120, 77/80, 8 wrong), mid-session (90/120, 77/80, 9) and end (89/120, 77/80, 8) of one
  // session before anyone read it (its comparison and long-formal misses were shown once mid-session).
  ['fresh-15/questions.yml', 0.74, 0.96, 8],
  // Scored at the start (89/120, 74/80, 10 wrong), mid-session (93/120, 74/80, 10) and end (92/120, 74/80, 10) of one
  // session before anyone read it.
  ['fresh-16/questions.yml', 0.76, 0.92, 10],
  // Scored at the start (99/120, 77/80, 7 wrong), mid-session (99/120, 78/80, 6) and end (99/120, 78/80, 6) of one
  // session before anyone read it; read since (one opinion and one period fixed), so the bar is today's: 100, 79, 5.
  ['fresh-17/questions.yml', 0.83, 0.98, 5],
  // Scored at 1acb07e (98/120, 76/80, 6 wrong), 7c28f86 (99/120, 76/80, 7) and 4b2df4a (99/120, 76/80, 7) of one
  // session before anyone read it; read since (one wrong answer fixed: which month), so the bar is today's. (7 since
  // "quoting" reads as asking for the words: a question on the NSPCC's concerns about encryption "quoting the article"
  // is answered with its accusation that Facebook gives offenders a place to hide, where the set's writer chose the
  // safeguards sentence; both are the NSPCC's stated concern.)
  ['fresh-18/questions.yml', 0.82, 0.96, 7],
  // Scored unread at 63d74b6 and 4c7093f (99/120, 79/80, 4 wrong); read after, so the bar is today's (101/120).
  ['fresh-24/questions.yml', 0.84, 0.98, 4],
  // Written mid-way through the seventh 2026-11-30 session and scored unread at 4c7093f and the end: 105/120, 77/80, 5.
  ['fresh-25/questions.yml', 0.87, 0.96, 5],
  // Scored at 354ff27 and 7b70ecf, the start and end of one session, before anyone read it: 105/120, 72/80, 12 wrong;
  // read the next session (near-misses, predictions, responses never reported fixed), so the bar is today's: 105, 78, 6.
  ['fresh-19/questions.yml', 0.87, 0.97, 6],
  // Scored at 2f232c9 and 7929b2b, the start and end of one session, before anyone read it: 102/120, 76/80, 7 wrong,
  // then 103/120, 77/80, 7 wrong.
  ['fresh-22/questions.yml', 0.85, 0.96, 7],
  // Written at the start of the eighth 2026-11-30 session and scored unread at edd48a4 (102/120, 77/80, 5 wrong),
  // f0d0575 (101: a question the old safety model had sent to help, with its figure, was then declined as off topic)
  // and 359642a (102/120, 77/80, 5). Only the four lines whose route the safety change moved were read.
  ['fresh-27/questions.yml', 0.85, 0.96, 5],
  // Written mid-way through the eighth session, scored unread at edd48a4, c95c01a, 534fddb and 43e9929: 101/120,
  // 77/80, 3 wrong each time (this session's question changes, worked from read sets, did not move it).
  ['fresh-28/questions.yml', 0.84, 0.96, 3],
  // Written at the start of the ninth 2026-11-30 session, scored unread at d5bf49c (96/120, 79/80, 4 wrong), after
  // three small understanding fixes (97) and with the packs' example questions (99/120, 79/80, 4); never learned from
  // (src/eval/question-examples.ts).
  ['fresh-29/questions.yml', 0.82, 0.98, 4],
  // Written at the start of the tenth 2026-11-30 session and scored unread at 10f4c15 (101/120, 79/80, 3 wrong) and
  // mid-session at 8bdfd0f (102/120, 79/80, 3) and at the end at ab8cedd (103/120, 79/80, 3); never learned from
  // (src/eval/question-examples.ts).
  ['fresh-32/questions.yml', 0.85, 0.98, 3],
  // Written at the start of the eleventh 2026-11-30 session and scored unread at 7a7a09a, mid-session and at the end
  // (b08d2e3): 107/120, 79/80, 3 wrong each time. Learned from (src/eval/question-examples.ts) since the sixteenth
  // session, so its figure since then is partly in-sample.
  ['fresh-33/questions.yml', 0.89, 0.98, 3],
  // Written at the start of the twelfth 2026-11-30 session and scored unread at eeb2059 (104/120, 75/80, 6 wrong),
  // mid-session at ae39f72 (104/120) and at the end (105/120, 75/80, 6 wrong); learned from since the sixteenth
  // session. In the thirteenth
  // session one line was read, the one a change made wrong ("what's the exact % for instagram? not 'over a third'…"),
  // and that change fixed: 106/120, 75/80, 6 wrong.
  ['fresh-34/questions.yml', 0.87, 0.93, 6],
  // Written at the start of the thirteenth 2026-11-30 session and scored unread at 1c63762 (91/120, 76/80, 10 wrong),
  // mid-session (the same) and at the end (91/120, 76/80, 9 wrong): that session's changes, worked from read sets,
  // hardly moved it; learned from since the sixteenth session.
  ['fresh-35/questions.yml', 0.75, 0.95, 9],
  // Written at the start of the fourteenth session and scored unread at 71834b3 (105/120, 78/80, 5 wrong), mid-session
  // (106/120, 6 wrong, after the MiniSearch agreement) and at the end (107/120, 78/80, 5 wrong); learned from since the
  // sixteenth session.
  ['fresh-36/questions.yml', 0.89, 0.97, 5],
  // Written at the start of the fifteenth session and scored unread at 661816a (108/120, 77/80, 3 wrong), mid-session
  // and at the end (the same): that session's changes, worked from read sets and review probes, did not move it.
  // Learned from since the sixteenth session.
  ['fresh-37/questions.yml', 0.9, 0.96, 3],
  // Written at the start of the sixteenth session and scored unread at fac74f0, mid-session and at the end: 111/120,
  // 79/80, 1 wrong each time; not learned from. Read in the seventeenth session: 115/120, 79/80, 1 wrong.
  ['fresh-38/questions.yml', 0.95, 0.98, 1],
  // Written at the start of the seventeenth session and scored unread at b2a2c0c, mid-session and at the end:
  // 111/120, 78/80, 2 wrong each time; not learned from. Read in the eighteenth session: 114/120, 78/80, 2 wrong.
  ['fresh-39/questions.yml', 0.95, 0.97, 2],
  // Written at the start of the eighteenth session and scored unread at b8e8778, mid-session and at the end:
  // 111/120, 78/80, 6 wrong each time; not learned from. Read in the nineteenth session: 113/120, 78/80, 5 wrong.
  ['fresh-41/questions.yml', 0.94, 0.97, 5],
  // Written at the start of the nineteenth session and scored unread at 773afe3, mid-session (5a638c2) and at the end
  // (ed1e7ae, and again at 396a797 and d4444a2): 109/120, 80/80, none wrong each time, alone and with the roads pack; not learned
  // from. Read in the twentieth session: unchanged, 109/120, 80/80, none wrong.
  ['fresh-42/questions.yml', 0.9, 1, 0],
  // Written at the start of the twentieth session and scored unread at 7745ce0 (before any change), mid-session
  // (fb6ddd0) and at the end (c8f9dfe): 110/120, 76/80, 5 wrong alone (108/120 with the roads pack) each time; not
  // learned from. Read in the twenty-first session: 114/120 alone (112/120 with the roads pack), 77/80, 4 wrong.
  ['fresh-43/questions.yml', 0.93, 0.96, 4],
  // Written at the start of the twenty-first session and scored unread at 8b757e1 (before any change), mid-session
  // (f537da5) and at the end (a6cf909): 112/120, 77/80, 4 wrong each time, alone and with the roads pack; not learned
  // from. Read in the twenty-second session: 117/120, 80/80, 1 wrong, both ways.
  ['fresh-44/questions.yml', 0.97, 1, 1],
  // Written at the start of the twenty-second session and scored unread at 624eb86 (before any change): 113/120,
  // 77/80, 6 wrong alone (111/120, 8 wrong with the roads pack); mid-session (143e0a0) and at the end (6be736d):
  // 114/120, 77/80, 6 wrong (112/120, 8 wrong). Not learned from. Read in the twenty-third session: 117/120, 77/80, 5
  // wrong alone (115/120, 7 wrong with the roads pack).
  ['fresh-45/questions.yml', 0.97, 0.96, 5],
  // Written at the start of the twenty-third session and scored unread at 2319bc5 (before any change): 108/120, 76/80,
  // 5 wrong, alone and with the roads pack. Partly seen: a formatter's output showed about 25 of its rows during the
  // session (none worked from), so fresh-47 is that session's unread measure; unchanged at the end.
  ['fresh-46/questions.yml', 0.9, 0.95, 5],
  // Written in the twenty-third session and scored unread at 2319bc5 (the session's starting code): 112/120, 78/80, 4
  // wrong alone (111/120 with the roads pack); mid-session and at the end the same. Not learned from.
  ['fresh-47/questions.yml', 0.93, 0.97, 4],
  // Written at the start of the twenty-fourth session and scored unread at 758e1fb (the session's starting code),
  // mid-session and at the end: 107/120, 77/80, 8 wrong alone (106/120, 9 wrong with the roads pack) each time. Not
  // learned from.
  ['fresh-48/questions.yml', 0.89, 0.96, 8],
  // Written at the start of the twenty-fifth session and scored unread at 8c99897 (the session's starting code),
  // mid-session and at the end: 114/120, 77/80, 5 wrong alone (113/120, 5 wrong with the roads pack) each time. Not
  // learned from.
  ['fresh-49/questions.yml', 0.95, 0.96, 5],
  // Written at the start of the twenty-sixth session and scored unread at b666a36 (the session's starting code) and at
  // the end: 113/120, 79/80, 2 wrong alone (109/120, 5 wrong with the roads pack) both times. Not learned from.
  ['fresh-50/questions.yml', 0.94, 0.98, 2],
  // Written at the start of the twenty-seventh session and scored unread at f0c586f (the session's starting code) and
  // at the end: 104/120, 80/80, 1 wrong, alone and with the roads pack, both times. Not learned from.
  ['fresh-51/questions.yml', 0.86, 1, 1],
  // Written at the start of the twenty-eighth session and scored unread at 8bb844a (the session's starting code) and at
  // the end: 108/120, 79/80, 4 wrong at the start, 108/120, 80/80, 3 wrong at the end (with the roads pack 108/120,
  // 78/80, 5 wrong → 79/80, 4 wrong). Not learned from.
  ['fresh-52/questions.yml', 0.9, 0.98, 4],
  // Written at the start of the twenty-ninth session and scored unread at 459f304 (the session's starting code) and at
  // the end: 110/120, 78/80, 5 wrong both times (4 wrong with the roads pack), and the same through the thirtieth and
  // thirty-first sessions. Read in the thirty-second session and worked from: 112/120, 80/80, 3 wrong at its end. No
  // longer blind; not in the examples model.
  ['fresh-53/questions.yml', 0.93, 1, 3],
  // Written at the start of the thirty-first session and scored unread at 5fb70a9 (the session's starting code) and at
  // the end: 105/120, 75/80, 9 wrong both times, alone and with the roads pack. In the thirty-second session its one
  // harmful ask that got a figure was read (and refused since); its end: 105/120, 76/80, 8 wrong. Read in the
  // thirty-third session and worked from: 109/120, 77/80, 7 wrong at its end. Not learned from.
  ['fresh-54/questions.yml', 0.9, 0.96, 7],
  // Written at the start of the thirty-second session (202 questions) and scored unread at 79cacbb and at the end:
  // 111/122, 80/80, 3 wrong alone (110/122 with the roads pack) both times. Read in the thirty-third session: 115/122,
  // 80/80, 3 wrong at its end. Not learned from.
  ['fresh-55/questions.yml', 0.94, 1, 3],
  // Written at the start of the thirty-third session (202 questions) and scored unread at 20292b2 and after that
  // session's first changes: 108/122, 79/80, 6 wrong both times. Then read: 111/122, 79/80, 6 wrong at its end.
  ['fresh-56/questions.yml', 0.9, 0.98, 6],
  // Written late in the thirty-third session (202 questions) and scored unread at 20292b2 and at that session's end:
  // 116/122, 78/80, 3 wrong both times, alone and with the roads pack. Unread.
  ['fresh-57/questions.yml', 0.95, 0.97, 3],
  // Written at the start of the thirty-fourth session (202 questions; 110 whose excerpt names a fact) and scored
  // unread at ef0bf0b and at that session's end: 102/110, 87/92, 8 wrong both times (86/92, 9 wrong with the roads
  // pack). Unread.
  // (Thirty-ninth session: an apostrophe inside a word, "what's", no longer opens a quoted span; one of its wrong
  // answers became right and one decline an answer, both unread: 0.935 declined.)
  ['fresh-58/questions.yml', 0.92, 0.93, 8],
  // Written at the start of the thirty-fifth session (202 questions; 110 whose excerpt names a fact) and scored unread
  // at 216af3f and at that session's end: 102/110, 90/92, 4 wrong both times, alone and with the roads pack. Unread.
  ['fresh-59/questions.yml', 0.92, 0.97, 4],
  // Written at the start of the thirty-sixth session (210 questions; 127 whose excerpt names a fact) and scored unread
  // at 9a8f54f and at that session's end: 112/127, 80/83, 5 wrong both times, alone and with the roads pack (that
  // session changed what answers say of their confidence, not what is answered). Unread; at the thirty-seventh
  // session's end 111/127, 82/83, 3 wrong (answers under even odds became choices: one right, two wrong). In the
  // forty-first session 110/127: refitting the calibration after that session's changes put one right answer under
  // even odds (a choice, with it first).
  ['fresh-60/questions.yml', 0.86, 0.98, 3],
  // Written by a helper during the thirty-seventh session from the source alone (208 questions; 119 whose excerpt names
  // a fact) and scored unread once, at that session's last change (367d12a): 108/119, 81/89, 8 wrong, alone and with
  // the roads pack. Unread.
  ['fresh-61/questions.yml', 0.9, 0.9, 8],
  // Written by a helper at the start of the thirty-eighth session from the source alone, aimed at the kinds fresh-61
  // found weakest (160 questions: opinions about a quote, periods, near-misses; 75 whose excerpt names a fact). Scored
  // unread at ba8854f: 66/75, 74/85, 12 wrong; then read and worked from: 67/75, 78/85, 8 wrong at that session's end.
  ['fresh-62/questions.yml', 0.89, 0.91, 8],
  // Written by a helper in the thirty-eighth session from the source alone (208 questions; 122 whose excerpt names a
  // fact) and scored unread at ba8854f (that session's starting code) and at cbcac33: 111/122, 83/86, 7 wrong both
  // times (110/122 with the roads pack). Unread.
  ['fresh-63/questions.yml', 0.9, 0.96, 7],
  // Written by a helper at the start of the thirty-ninth session from the source alone, weighted to comparisons and
  // near-misses (200 questions; 115 whose excerpt names a fact). Scored unread at a725827: 109/115, 77/85, 9 wrong; then
  // read and worked from: 111/115, 84/85, 2 wrong at that session's end.
  ['fresh-64/questions.yml', 0.96, 0.98, 2],
  // Written by a helper at the start of the fortieth session from the source alone (200 questions; 123 whose excerpt
  // names a fact). Scored unread at 9d9dd43: 107/123, 73/77, 11 wrong; then read and worked from: 113/123, 75/77,
  // 7 wrong at the first commit after (4 of the 7 answer a fact beside the one its excerpt names, in the same sentence
  // or saying the same).
  ['fresh-65/questions.yml', 0.91, 0.97, 7],
  // Written by a fresh helper late in the same session from the source alone (160 questions; 94 whose excerpt names a
  // fact) and scored unread at a3c0c25, after that session's understanding changes: 92/94, 60/66, 6 wrong (at 9d9dd43,
  // before them: 91/94, 60/66, 6). Unread.
  ['fresh-66/questions.yml', 0.97, 0.9, 6],
  // Written by a helper at the start of the forty-first session from the source alone (200 questions; 128 whose
  // excerpt names a fact) and scored unread at 35ed613: 116/128, 68/72, 6 wrong (67/72, 7 wrong with the roads pack);
  // the same after that session's first changes (a figure named and asked about, "the year before", what someone
  // quoted "thinks"). Unread.
  ['fresh-67/questions.yml', 0.9, 0.93, 7],
  // Written by a fresh helper in the same session from the source alone (180 questions; 115 whose excerpt names a
  // fact) and scored unread at 57bd05a, after that session's understanding changes: 100/115, 63/65, 5 wrong (99/115
  // with the roads pack); the same at 35ed613, before them.
  ['fresh-68/questions.yml', 0.86, 0.96, 5],
  // Written by a fresh helper at the end of the same session from the source alone (160 questions; 101 whose excerpt
  // names a fact) and scored unread after that session's last change: 92/101, 55/59, 7 wrong (54/59, 8 wrong with the
  // roads pack); the same at 35ed613, before the session's changes. Unread.
  ['fresh-69/questions.yml', 0.91, 0.93, 7],
  // Written by a fresh helper at the start of the forty-second session from the source alone (200 questions; 120 whose
  // excerpt names a fact) and scored unread at 4fe8f28, before any of that session's changes: 112/120, 79/80, 2 wrong
  // (111/120, 77/80, 4 wrong with the roads pack). Unread.
  ['fresh-70/questions.yml', 0.93, 0.98, 2],
  // One set of 140 messages on what the article's people and organisations said, written by a fresh helper in the
  // forty-second session from the source alone (70 answerable: what someone said; 70 to decline: a verdict or forecast
  // asked of the bot, or what the article does not report), split by turns before anyone read it and scored unread at
  // 45dd225. fresh-71, the tuning half: 32/35, 22/35, 13 wrong (9 of 18 verdicts declined); read, and after the
  // verdict reading of the asking sentence (understand/judgement.ts) 32/35, 30/35, 5 wrong (17 of 18: "is a ten
  // percent rise … significant, or is it noise?" is left to the packs, which may say how far a figure can be read);
  // 29/35, 6 wrong once a review's false readings were narrowed away (a feelings word list, "are they actually…?").
  ['fresh-71/questions.yml', 0.91, 0.82, 6],
  // fresh-72, the held-out half: 34/35, 27/35, 9 wrong (15 of 18 verdicts declined), the same before and after that
  // change. Unread.
  ['fresh-72/questions.yml', 0.97, 0.77, 9],
  // Comparisons only: 160 messages written by a fresh helper in the forty-second session from the source alone (110
  // answerable, 50 to decline), scored unread at 4fe8f28 and at d72cf23, the same both times: 78/110, 39/50, 21 wrong
  // (the weakest kind there is), then split by turns before anyone read it. fresh-73, the tuning half: 37/56, 17/24,
  // 13 wrong.
  ['fresh-73/questions.yml', 0.66, 0.7, 13],
  // fresh-74, the held-out half: 41/54, 22/26, 8 wrong. Unread.
  ['fresh-74/questions.yml', 0.75, 0.84, 8],
  // Written by a fresh helper late in the forty-second session from the source alone (160 questions; 101 whose
  // excerpt names a fact) and scored unread at 212b8a3, after that session's changes: 98/101, 59/59, 2 wrong, alone
  // and with the roads pack; the same at 4fe8f28, before them. Unread.
  ['fresh-75/questions.yml', 0.97, 0.99, 2],
  // Written by a fresh helper at the start of the forty-third session from the source alone (190 questions; 112
  // whose excerpt names a fact) and scored unread at fecb280: 104/112, 73/78, 7 wrong alone; 104/112, 75/78, 5 wrong
  // with the roads pack. Read from the middle of that session on (its misses were looked at); 105/112, 77/78, 3 wrong
  // at 0282441.
  ['fresh-76/questions.yml', 0.93, 0.98, 3],
  // Written by a fresh helper in the forty-third session, after fresh-76 was read (190 questions, 112 whose excerpt
  // names a fact), and scored unread at fecb280, at 8fabce6 and at 0282441: 104/112, 75/78, 6 wrong each time, alone
  // and with the roads pack. Read at the start of the forty-fourth session; 108/112, 78/78, 3 wrong at its first
  // commit.
  ['fresh-77/questions.yml', 0.96, 1, 3],
  // Written by a fresh helper at the start of the forty-fourth session from the source alone (190 questions, 108
  // whose excerpt names a fact) and scored unread at 824b607, before that session's changes: 103/108, 81/82, 4 wrong
  // alone (102/108 with the roads pack). Unread.
  ['fresh-78/questions.yml', 0.95, 0.98, 4],
  // Written by a fresh helper mid-way through the forty-fourth session from the source alone, weighted to the hardest
  // kinds (180 questions, 108 answerable; 20 comparisons, 20 claims, 22 near-misses) and scored unread at 824b607
  // (95/108, 67/72, 8 wrong) and at that session's later change (95/108, 68/72, 7 wrong). Read at the start of the
  // forty-fifth session (its misses looked at); 99/108, 70/72, 5 wrong at 86cbba7.
  ['fresh-80/questions.yml', 0.91, 0.97, 5],
  // Written by a fresh helper at the start of the forty-fifth session from the source alone (180 questions, 109
  // answerable; weighted like fresh-80) and scored unread at fbd524b, before that session's matching changes:
  // 101/109, 66/71, 6 wrong, alone and with the roads pack; 101/109, 67/71, 5 wrong at 86cbba7. Unread.
  ['fresh-81/questions.yml', 0.92, 0.94, 5],
  // Written by a fresh helper at the start of the forty-sixth session from the source alone (180 questions, 109
  // answerable; the same kinds and weights as fresh-81), scored unread at 00d4083: 91/109, 68/71, 4 wrong alone
  // (69/71, 3 wrong beside the roads pack). Then read, and its misses fixed by class: 100/109, 71/71, 1 wrong.
  ['fresh-82/questions.yml', 0.91, 1, 1],
  // Written the same way later in the forty-sixth session (180 questions, 109 answerable), scored unread at 00d4083
  // and after the fresh-82 fixes (f5fa03f): 90/109, 64/71, 10 wrong both times. Then read and fixed by class:
  // 98/109, 68/71, 6 wrong.
  ['fresh-83/questions.yml', 0.89, 0.95, 6],
  // Written the same way near the end of the forty-sixth session (180 questions, 109 answerable) and scored unread at
  // 00d4083 and after that session's changes: 95/109, 68/71, 6 wrong both times, alone and beside the roads pack.
  // Unread.
  ['fresh-84/questions.yml', 0.87, 0.95, 6],
  // Written the same way at the start of the forty-seventh session (180 questions, 109 answerable) and scored unread
  // at ffb3ef5: 105/109, 70/71, 1 wrong (104/109 beside the roads pack). Unread.
  ['fresh-85/questions.yml', 0.96, 0.98, 1],
  // Written the same way at the start of the forty-eighth session (180 questions, 132 answerable: more claims the
  // source settles) and scored unread at 32321bc: 117/132, 48/48, 4 wrong, alone and beside the roads pack. Unread.
  ['fresh-86/questions.yml', 0.88, 1, 4],
  // Written the same way in the forty-eighth session, comparisons only (90 questions, 70 answerable: figures, dates,
  // positions, bases and periods set against each other), scored unread before and after that session's comparison
  // change (28c2055): 50/70, 16/20, 5 wrong both times. Its odd-numbered questions were then read and fixed by class
  // (30/40 → 32/40, 4/5 → 5/5, 2 → 1 wrong); the even-numbered half stays unread (20/30, 12/15, 3 wrong throughout).
  ['fresh-87/questions.yml', 0.74, 0.85, 4],
  // Written the same way as fresh-86 late in the forty-eighth session (180 questions, 132 answerable) and scored unread
  // both at the session's start (32321bc) and after its changes: 120/132, 48/48, 3 wrong both times, alone and beside
  // the roads pack. Unread.
  ['fresh-88/questions.yml', 0.9, 1, 3],
  // Written the same way at the start of the forty-ninth session (180 questions, 132 answerable) and scored unread at
  // f2a1874: 124/132, 47/48, 5 wrong. Unread.
  ['fresh-89/questions.yml', 0.93, 0.97, 5],
])('blind questions %s', (file, answeredBar, declinedBar, wrongBar) => {
  const { total, misses } = blind(file);
  const shown = JSON.stringify(misses.length);

  it(`answers at least ${answeredBar * 100}% of the answerable ones with the right fact`, () => {
    expect(total.answeredRight / total.answerable, shown).toBeGreaterThanOrEqual(answeredBar);
  });
  it(`declines at least ${declinedBar * 100}% of those it must decline`, () => {
    expect(total.declinedRight / total.declinable, shown).toBeGreaterThanOrEqual(declinedBar);
  });
  it(`gives at most ${wrongBar} wrong answers`, () => {
    expect(total.wrong, shown).toBeLessThanOrEqual(wrongBar);
  });
});

describe('which facts a writer’s excerpt points at', () => {
  const roads = buildIndex([loadPack(join('test', 'fixtures', 'packs', 'eastmoor-roads-2023'))]);
  it('is every fact whose short quote the excerpt holds whole, as well as one holding most of the excerpt', () => {
    const found = factsForExcerpt(
      'Motorcyclists: 121 casualties. Motorcyclists accounted for a tenth of all casualties',
      roads,
    );
    expect(found).toContain('eastmoor-roads-2023/motorcyclist-casualties');
    expect(found).toContain('eastmoor-roads-2023/motorcyclists-ksi-share');
  });
  it('is the facts stating the figures of a headline sentence no fact quotes', () => {
    expect(factsForExcerpt('total reported casualties rose by 6 per cent to 1,214', roads)).toEqual([
      'eastmoor-roads-2023/casualties-total-2023',
    ]);
    const both = factsForExcerpt('accounted for 731 casualties and rural roads for 483', roads);
    expect(both).toEqual(['eastmoor-roads-2023/urban-casualties', 'eastmoor-roads-2023/rural-casualties']);
  });
  it('is no fact for a header line that no quote holds', () => {
    expect(factsForExcerpt('Contact: Road Safety Unit, Eastmoor County Council.', roads)).toEqual([]);
  });
});

describe('an excerpt whose figures another fact quotes too', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('is answered by the fact quoting it and by one quoting every one of its figures (two or more)', () => {
    expect(factsForExcerpt('Serious injuries rose from 221 to 238.', roads).sort()).toEqual([
      'eastmoor-roads-2023/serious-injuries-2023',
      'eastmoor-roads-2023/serious-injuries-reporting-change',
    ]);
  });
  it('is not widened by one figure alone, which may be a figure of something else', () => {
    expect(
      factsForExcerpt(
        'Snapchat was used in 20 percent of instances for which data was available',
        realIndex(),
      ),
    ).toEqual(['nspcc-online-grooming/snapchat-20-percent']);
  });
});

describe("a second annotator's alternatives (also.yml beside a set)", () => {
  const dir = mkdtempSync(join(tmpdir(), 'statbot-also-'));
  writeFileSync(
    join(dir, 'questions.yml'),
    [
      'messages:',
      '  - q: "Did Facebook-owned apps feature in more than half of the cases?"',
      '    answer: "in 51 percent of cases, the perpetrators of criminal offences used Facebook, WhatsApp and Instagram"',
      '  - q: "What is the weather in Leeds?"',
      '    decline: "not in the article"',
    ].join('\n'),
  );
  const withAlso = () => loadBlindCases(join(dir, 'questions.yml'), index);
  it('adds nothing when there is no also.yml', () => {
    expect(withAlso()[0]?.also).toEqual([]);
  });
  it('counts an answer the second annotator found right apart from the writer’s, never in the strict score', () => {
    writeFileSync(
      join(dir, 'also.yml'),
      [
        'also:',
        '  - i: 0',
        '    excerpts: ["used as a tool enabling over half of online child grooming crimes"]',
        '    why: "the same share in other words"',
      ].join('\n'),
    );
    const cases = withAlso();
    expect(cases[0]?.also).toEqual(['nspcc-online-grooming/facebook-apps-over-half']);
    expect(cases[1]?.also).toEqual([]);
  });
  it('scores an answer among the alternatives right in the second-reference count only', () => {
    const r = evaluateBlind(
      [
        {
          q: 'What share of cases involved Snapchat?',
          kind: 'figure',
          expected: ['nspcc-online-grooming/open-letter'],
          note: '',
          also: ['nspcc-online-grooming/snapchat-20-percent'],
        },
      ],
      index,
    );
    expect(r.total).toMatchObject({ answeredRight: 0, wrong: 1 });
    expect(r.secondReference).toMatchObject({ answerable: 1, answeredRight: 1, wrong: 0 });
  });
});

// With a second annotator's alternatives: a helper that opened only the source and each set's answerable questions
// with their excerpts (never a reply of the bot) listed other sentences answering a question as fully, in the
// forty-third session. The strict bars above stay as they are; these stop the second-reference scores from falling.
describe.each([
  // fresh-70 at 684beb1: 113/120, 79/80, 1 wrong (strict: 112/120, 2 wrong).
  ['fresh-70/questions.yml', 0.94, 0.98, 1],
  // fresh-75 at 684beb1: 100/101, 59/59, none wrong (strict: 98/101, 2 wrong).
  ['fresh-75/questions.yml', 0.99, 1, 0],
  // fresh-76 at 684beb1: 105/112, 73/78, 6 wrong (strict: 104/112, 7 wrong); read since, at 0282441: 106/112, 77/78,
  // 2 wrong.
  ['fresh-76/questions.yml', 0.94, 0.98, 2],
  // fresh-77, alternatives by the same kind of helper: 107/112, 75/78, 3 wrong at fecb280 and at 0282441 (strict:
  // 104/112, 6 wrong) while unread; read since, 111/112, 78/78, none wrong in the forty-fourth session.
  ['fresh-77/questions.yml', 0.99, 1, 0],
  // fresh-78 and fresh-80 (unread), alternatives by the same kind of helper: fresh-78 105/108, 81/82, 2 wrong at
  // 824b607 and after the forty-fourth session's changes; fresh-80 96/108, 67/72, 7 wrong at 824b607, 96/108, 68/72,
  // 6 wrong after.
  ['fresh-78/questions.yml', 0.97, 0.98, 2],
  // fresh-80, read in the forty-fifth session: 100/108, 70/72, 4 wrong at 86cbba7.
  ['fresh-80/questions.yml', 0.92, 0.97, 4],
  // fresh-81 (unread), alternatives by the same kind of helper: 102/109, 66/71, 5 wrong at fbd524b; 102/109, 67/71,
  // 4 wrong at 86cbba7.
  ['fresh-81/questions.yml', 0.93, 0.94, 4],
  // fresh-82, alternatives by the same kind of helper: 92/109, 68/71, 3 wrong at 00d4083 (unread); read since.
  ['fresh-82/questions.yml', 0.92, 1, 0],
  // fresh-83, alternatives by the same kind of helper: 91/109, 64/71, 9 wrong at 00d4083 (unread); read since.
  ['fresh-83/questions.yml', 0.9, 0.95, 5],
  // fresh-84 (unread), alternatives by the same kind of helper: 96/109, 68/71, 5 wrong at 00d4083 and at the end.
  ['fresh-84/questions.yml', 0.88, 0.95, 5],
  // fresh-85 (unread), alternatives by the same kind of helper (four listed): 105/109, 70/71, 1 wrong at ffb3ef5.
  ['fresh-85/questions.yml', 0.96, 0.98, 1],
  // fresh-86 (unread), alternatives by the same kind of helper (eleven listed): 118/132, 48/48, 3 wrong at 32321bc.
  ['fresh-86/questions.yml', 0.89, 1, 3],
  // fresh-88 (unread), alternatives by the same kind of helper (fifteen listed): 120/132, 48/48, 3 wrong at 32321bc and
  // after the forty-eighth session.
  ['fresh-88/questions.yml', 0.9, 1, 3],
  // fresh-89 (unread), alternatives by the same kind of helper (eighteen listed): 125/132, 47/48 at f2a1874.
  ['fresh-89/questions.yml', 0.94, 0.97, 5],
])(
  'blind questions %s with the second annotator’s alternatives',
  (file, answeredBar, declinedBar, wrongBar) => {
    const s = blind(file).secondReference;
    it(`answers at least ${answeredBar * 100}% right, declines ${declinedBar * 100}% right, at most ${wrongBar} wrong`, () => {
      expect(s.answeredRight / s.answerable).toBeGreaterThanOrEqual(answeredBar);
      expect(s.declinedRight / s.declinable).toBeGreaterThanOrEqual(declinedBar);
      expect(s.wrong).toBeLessThanOrEqual(wrongBar);
    });
  },
);
