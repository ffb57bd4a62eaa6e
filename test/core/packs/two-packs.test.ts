// Two packs on unrelated topics loaded together: each answers its own questions, declines speak for one pack,
// no reply carries the other topic's words, and help appears only where a pack gives it.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { loadPack, loadPacks } from '../../../src/pack/load-pack.js';
import { renderPlainText } from '../../../src/render/plain-text.js';
import { answeredWith } from '../../helpers/answered-with.js';

const LIBRARIES = 'test/fixtures/packs/riverton-libraries-2023';
const both = buildIndex([...loadPacks('knowledge'), loadPack(LIBRARIES)]);
const librariesAlone = buildIndex([loadPack(LIBRARIES)]);
const all = buildIndex([
  ...loadPacks('knowledge'),
  loadPack(LIBRARIES),
  loadPack('test/fixtures/packs/eastmoor-roads-2023'),
]);

/** Words of the child-safety topic that must never reach a libraries reply. */
const CHILD_SAFETY = /groom|nspcc|child's safety|childline|ceop|facebook|snapchat|paedophil|article/iu;
/** Words of the libraries topic that must never reach a child-safety reply. */
const LIBRARIES_TOPIC = /librar|riverton|e-book|borrow|council/iu;

describe('two packs loaded together', () => {
  it.each([
    ['How many library visits were there in 2023?', 'riverton-libraries-2023/visits-2023'],
    ['how many e-book loans were there in 2019?', 'riverton-libraries-2023/digital-loans-2023'],
    ['which branch was busiest', 'riverton-libraries-2023/central-library-visits'],
    ['How much did the libraries make from fines?', 'riverton-libraries-2023/fines-income'],
    [
      'How many grooming cases were recorded between April and June?',
      'nspcc-online-grooming/grooming-cases-april-june',
    ],
    ['how often was snapchat used', 'nspcc-online-grooming/snapchat-20-percent'],
    ['who is peter wanless', 'nspcc-online-grooming/wanless-urges-legislation'],
  ])('answers %j from the right pack', (question, fact) => {
    expect(answeredWith(answerQuestion(question, both))).toEqual([fact]);
  });

  it('answers a year a fact compares with: a 2023 fact that states the 2022 figure answers a 2022 question', () => {
    const reply = answerQuestion('how many library visits were there in 2022?', both);
    expect(answeredWith(reply)).toEqual(['riverton-libraries-2023/visits-2023']);
    expect(reply.citations[0]?.quote).toContain('1,178,000');
  });

  it.each([
    ['how many cyclists were killed in 2022?', 'abstained'],
    ['how many bike riders were injured in 2022', 'eastmoor-roads-2023/cyclist-casualties'],
    // …but a figure for that year that names what was asked still answers.
    ['how many road deaths in 2020?', 'eastmoor-roads-2023/deaths-second-lowest'],
    ['how many people visited the libraries in 2019?', 'riverton-libraries-2023/visits-recovery-2019'],
  ])('never answers a year with another measure of the fact turned away for it: %j', (question, outcome) => {
    const reply = answerQuestion(question, all);
    expect(reply.status === 'answered' ? answeredWith(reply)[0] : reply.status).toBe(outcome);
  });

  it("never lets one pack's not-covered rule decline the other pack's question", () => {
    // The NSPCC pack says it has no figures on "money, fines or costs"; the libraries pack has them.
    const reply = answerQuestion('How much income did the libraries get from fines?', both);
    expect(answeredWith(reply)).toEqual(['riverton-libraries-2023/fines-income']);
  });

  it.each([
    ['how many library staff are there', /^The Riverton libraries release has no figures on library staff/u],
    [
      'how many tiktok grooming cases were there',
      /^The NSPCC article has no figures for TikTok; it covers Facebook/u,
    ],
    [
      'how many library visits were there in 2018',
      /^The Riverton libraries release has no figures for 2018/u,
    ],
  ])('declines %j naming the one pack it speaks for', (question, wording) => {
    const reply = answerQuestion(question, both);
    expect(reply.status).toBe('abstained');
    expect(renderPlainText(reply)).toMatch(wording);
  });

  it.each([
    'How many library visits were there in 2023?',
    'how many library staff are there',
    'how much did the council spend on new books',
    'who is the head of libraries',
    'how many children finished the summer reading challenge',
  ])('carries no child-safety wording in the libraries reply to %j', (question) => {
    const reply = answerQuestion(question, both);
    expect(reply.help).toBeUndefined();
    expect(renderPlainText(reply)).not.toMatch(CHILD_SAFETY);
  });

  it.each([
    'How many grooming cases were recorded between April and June?',
    'how many tiktok grooming cases were there',
    'what did facebook say about encryption',
  ])('carries no libraries wording in the NSPCC reply to %j', (question) => {
    expect(renderPlainText(answerQuestion(question, both))).not.toMatch(LIBRARIES_TOPIC);
  });

  it('gives a concern about a child only the help of the pack that asks for it', () => {
    const reply = answerQuestion('my daughter is being groomed on instagram, what do i do', both);
    expect(reply.help?.map((h) => h.packId)).toEqual(['nspcc-online-grooming']);
    expect(renderPlainText(reply)).not.toMatch(LIBRARIES_TOPIC);
  });

  it('gives no help resources when no loaded pack has a safeguarding section', () => {
    const reply = answerQuestion('my daughter is being groomed on instagram, what do i do', librariesAlone);
    expect(reply.help).toBeUndefined();
    expect(reply.citations).toEqual([]);
  });

  it('offers each pack by name when two packs fit a question equally', () => {
    const reply = answerQuestion("What's the 'over a third' about?", both);
    if (reply.status !== 'ambiguous') return expect(reply.status).toBe('answered');
    expect(reply.suggestions.map((s) => s.packId).sort()).toEqual([
      'nspcc-online-grooming',
      'riverton-libraries-2023',
    ]);
    expect(reply.suggestions.map((s) => s.question).join(' ')).toMatch(
      /\(the NSPCC article\).*|\(the Riverton/u,
    );
  });

  it.each([
    // Another pack knows only "come", "admitted", "out": the question is the NSPCC article's, answered or declined.
    ['Where does the 51 come from?', 'nspcc-online-grooming/facebook-apps-51-percent'],
    ['Facebook admitted it fails to stamp out grooming, right?', 'abstained'],
    ['Facebook said encryption was about boosting ad revenue, right?', 'abstained'],
    // A question that names the kind of document is about the pack whose source is one.
    ['When was this article published?', 'abstained'],
  ])('does not let a pack that knows little of the question answer it: %j', (question, expected) => {
    const reply = answerQuestion(question, all);
    expect(answeredWith(reply)).toEqual([expected]);
    // A decline speaks for the NSPCC article, never for the libraries or roads pack.
    if (reply.status === 'abstained' && reply.reason.code === 'not_covered')
      expect(reply.reason.source).toBe('the NSPCC article');
  });

  it('reads no figure into a length of time or a fraction in words ("three-year", "three quarters")', () => {
    // The roads pack says "nearly three quarters": it states no 3 for "the three-year police figure" to match.
    expect(
      answeredWith(answerQuestion('What start and end months bracket the three-year police figure?', all)),
    ).not.toContain('eastmoor-roads-2023/deaths-rural-roads');
  });

  it('reads "release" as a document only when it names one', () => {
    expect(
      answeredWith(
        answerQuestion(
          'Did the NSPCC release figures on how many grooming cases were recorded between April and June?',
          all,
        ),
      ),
    ).toEqual(['nspcc-online-grooming/grooming-cases-april-june']);
  });

  it('still answers each pack alike with a third pack loaded', () => {
    expect(answeredWith(answerQuestion('When is the next release?', all))).toEqual([
      'riverton-libraries-2023/next-release',
    ]);
    expect(answeredWith(answerQuestion('how many people died on the roads in 2023', all))).toEqual([
      'eastmoor-roads-2023/deaths-2023',
    ]);
  });
});
