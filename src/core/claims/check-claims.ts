// Checks every statistical claim in a message against the packs: one verdict per claim, each with its quote.

import { stripChatMarkup } from '../../text/chat-markup.js';
import { foldText } from '../../text/normalise.js';
import { type FactIndex, factKey } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { isEnglishWord } from '../understand/english-words.js';
import { readAskedPeriods } from '../understand/period.js';
import { foldPhrase } from '../understand/vocabulary.js';
import { checkClause, FRACTIONS } from './check-claim.js';
import { claimPack } from './claim-pack.js';
import { deedFitsBefore } from './deed-agent.js';
import { explain } from './explain.js';
import { MONTH_WORD_PATTERN } from './month-words.js';
import { doneAsStated, NEGATIVE_QUESTION } from './negative-question.js';
import { withFractionTypos } from './number-words.js';
import { NUMBER } from './numbered-clause.js';
import { ABOUT_THE_WRITER, PART_OF_GROUP, partOfGroup } from './part-of-group.js';
import { directionOf, readFigures, statesFigure } from './read-figure.js';
import { coverageOf, uncitedCheck } from './reading.js';
import { withDateReferredBack, withPersonReferredBack, withPlaceReferredBack } from './referred-back.js';
import { namesScopeOf } from './scope-words.js';
import { creditsSpeaker, creditsWords, isOutletName, readSpeakers, unknownSpeakerName } from './speaker.js';
import {
  COMMENT_AFTER,
  DEED_ON_IT,
  DONE_TO_IT,
  namedSubject,
  PARTICIPLE_DEED,
  SECOND_DEED,
  SECOND_SAYING,
  SOURCED,
  splitClauses,
  splitSentences,
  stripFrame,
  withFigureSaidNext,
  withoutEmphasisStops,
} from './split-claims.js';
import { assertsDeed } from './stranger.js';
import { leaningReading } from './trailing-clause.js';
import type { ClaimCheck } from './types.js';

/** A share of "them": "more than a third of them", "half of those". */
const SHARE_OF_THEM = new RegExp(
  String.raw`\b(?:${FRACTIONS}|\d+ ?(?:%|per ?cent))s?\s+of (?:them|these|those)\b|^of which\b`,
  'iu',
);

/** Someone judged right or wrong, not a statement of what happened. */
const JUDGEMENT =
  /^(?:(?:tbh|honestly|ngl|imo|lol|well|so|and|but)\s+)*(?:[\p{L}'’.-]+\s+){1,4}(?:is|are|was|were|'s|'re)\s+(?:\w+ly\s+|so\s+|100%\s+|dead\s+)?(?:right|wrong|spot on)\b(?!\s+(?:that|to say|when|in saying|up|down|across|through|now|away|after|before)\b)(?:\s+(?:about|on)\s+[^,;]{1,60})?\s*[.!?]*$/iu;

/** A name, a comma, and only words to them: "Zuck, this is on you", "Boris, your move", "Facebook, do better". */
const ADDRESSED =
  /^[\p{L}'’.@#-]+(?: [\p{L}'’.-]+)?,\s+(?:this is on you|that'?s on you|it'?s on you|(?:it'?s )?your (?:move|call|turn)|do better|over to you|shame on you|thank(?:s| you)|well done|step up|sort it out|fix (?:this|it)|explain yourself|get it together|you should be ashamed)\b(?:[\s.!?]|#[\p{L}\p{N}_]+)*$/iu;

/** A clause whose subject is what the clause before it counts: "it was rising…", "they fell…". */
const OPENS_ON_IT =
  /^(?:(?:and|but|so)\s+)?(?:it|they|these|those|that|this)\s+(?!(?:said|says|claims?|reckons?)\b)/iu;

/**
 * Asking whether anyone knows what, how many, when… ("anyone know how many cases were on tiktok?"), or has read the
 * piece: a question to the readers, no claim. ("anyone know why grooming fell?", "anyone know if Zuckerberg said…",
 * "anyone see Zuckerberg said…" relay a claim, and are checked.)
 */
const ASKS_ANYONE =
  /^\s*(?:(?:does|do|did)\s+)?(?:any ?one|anybody|any1|some ?one|somebody)\s+(?:(?:here|else)\s+)?(?:know|knows|got)\s+(?:how|what|which|when|where|who)\b[^.!]*\?\s*$|^\s*(?:has|have|did)\s+(?:any ?one|anybody|any1)\s+(?:(?:here|else|actually)\s+)?(?:read|seen|looked at)\s+(?:it|this|that|the (?:article|piece|report|story|thread))\s*\?\s*$/iu;

const MONTH_SHORT = String.raw`${MONTH_WORD_PATTERN}\.?`;
/** A month (or a span of months) opening a clause right before its figure: "june 1.2k cases", "sept 3.5k offences". */
const LEADING_MONTH = new RegExp(
  String.raw`^(\s*)((?:${MONTH_SHORT})(?:\s*[-–]\s*(?:${MONTH_SHORT}))?)\s+(?=(?:~|≈|about |around |over |nearly )?\d)`,
  'iu',
);

/**
 * A clause opening on a month before its figure, read as "in" that month ("june 1.2k grooming cases" claims them for
 * June, as "1.2k grooming cases in june" does): the period the checks then weigh. ("May" only with a capital: "may 3
 * of them be…" is no month.)
 */
function withLeadingMonthRead(clause: string): string {
  const m = LEADING_MONTH.exec(clause);
  if (!m || (/^may$/iu.test(m[2] ?? '') && !/^May$/u.test(m[2] ?? ''))) return clause;
  return clause.replace(LEADING_MONTH, '$1in $2 ');
}

/** Longest message read; the rest is ignored (a pasted article is checked in its first part). */
export const MAX_CLAIM_TEXT = 4000;
/** Most claims checked in one message. */
export const MAX_CLAIMS = 20;

/** A figure in brackets before its unit ("(around 20) percent"): no list marker and no aside. */
const BRACKETED_FIGURE =
  /\(\s*((?:(?:about|around|roughly|some|nearly|almost|at least|over|under|by|approx\.?|~)\s*)?\d[\d,.]*)\s*\)\s*(percent|per cent|%)/giu;

/** A closing ask whether the claim may go out ("…, ok to publish?"): no part of the claim. */
const ASKS_TO_PUBLISH =
  /[\s,.;:–—-]*(?:is (?:it|that|this) )?(?:ok|okay|fine|safe|good|alright) to (?:publish|print|quote|cite|run|use|share|post|send)(?: (?:this|that|it))?[\s?!.]*$/iu;

const hasFigure = statesFigure;
/** Each side of "…, then rose 10%" makes its own claim: a figure, or a word of movement. */
const makesClaim = (text: string) => hasFigure(text) || directionOf(text.toLowerCase()) !== undefined;

/** The claims a message makes, each checked (against the pack it is about). Pure; never throws on any string. */
export function checkClaims(text: string, index: FactIndex): ClaimCheck[] {
  return checkClaimsIn(text, claimPack(index, String(text ?? '')));
}

function checkClaimsIn(text: string, index: FactIndex): ClaimCheck[] {
  // (Hashtags closing a post or a line, "… Apr-Jun #DeleteFacebook", tag it; they claim nothing.)
  const fractionsRead: Array<[string, string]> = [];
  const plain = withoutClosingHashtags(
    withFractionTypos(stripChatMarkup(String(text ?? '').slice(0, MAX_CLAIM_TEXT * 2)), fractionsRead)
      .slice(0, MAX_CLAIM_TEXT)
      .replace(BRACKETED_FIGURE, '$1 $2')
      .replace(ASKS_TO_PUBLISH, ''),
    (tags, rest) => tagsAddScope(index, tags, rest),
  );
  const checks: ClaimCheck[] = [];
  // A side that opens on a name and reports a deed ("…, and boris agreed to a bill") is a claim of its own.
  // …and so is a side crediting words to someone the packs know ("the 'turn the tide' quote is Wanless's, backed by…").
  const claims = (side: string) => makesClaim(side) || assertsDeed(index, side) || creditsWords(index, side);
  const isName = (phrase: string) => index.vocab.phrases.get(foldPhrase(phrase))?.type === 'entity';
  // (…or one the packs know they give no figure for: "TikTok", "Scotland".)
  const namesThing = (phrase: string) =>
    isName(phrase) || index.vocab.phrases.get(foldPhrase(phrase))?.type === 'uncovered';
  const namesSomeone = (words: string) =>
    analyseText(words, index.vocab, false).entities.length > 0 || isOutletName(words);
  const speaksOfTopic = (words: string) => {
    const a = analyseText(words, index.vocab, false);
    return (
      a.entities.length + a.uncovered.length + a.measures.length > 0 ||
      a.terms.some((t) => index.idf.has(t)) ||
      // An outlet's name before a headline ("Times: NSPCC chief urges PM") is whom the claim credits.
      isOutletName(words) ||
      // A name no dictionary holds before a quotation ("Sandberg: 'People expect…'") is the speaker the claim
      // credits, kept for the attribution check.
      quotedName(index, plain, words) ||
      // So is a person's full name or title before a headline's colon ("Health Sec Matt Hancock:", "Telegraph
      // editor:").
      titledName(words)
    );
  };
  const namesScope = (words: string) => namesScopeOf(index, words);
  // What the message said before the clause being checked: "the same month" refers back to a date there.
  let said = '';
  // The last clause of the sentence before, which a sentence opening on "It" or "They" may be about.
  let lastClause = '';
  const asWritten = new Map<string, string>();
  const statedAs = new Map<string, string>();
  for (const asked of withFigureSaidNext(splitSentences(plain))) {
    // A negative question puts its statement forward ("Wasn't the lockdown rise 10 percent?" claims it was): no denial.
    // (With "did", "does" or "do" its verb says the deed: "Didn't the NSPCC back Facebook's encryption?" claims "the
    // NSPCC backed…", which the checks of deeds and their doers read; "Did the NSPCC back…" they do not.)
    const stated = doneAsStated(asked);
    const sentence = stated ?? asked.replace(NEGATIVE_QUESTION, '$1$2');
    // (The claim is still shown as written: "Wasn't the lockdown rise 10 percent", not "was the…".)
    const negative = NEGATIVE_QUESTION.exec(asked);
    if (stated) statedAs.set(stated.replace(/[?\s]+$/u, ''), asked.replace(/[?\s]+$/u, ''));
    else if (negative) asWritten.set(`${negative[1]}${negative[2]}`, negative[0]);
    // A question that asks for a figure ("how many cases were there?") makes no claim.
    if (/^\s*(?:how|what|which|who|when|where|why)\b/iu.test(sentence) && !hasFigure(sentence)) continue;
    // Nor does a comment standing as its own sentence ("…rose 10% in lockdown. as expected", "Fair enough.").
    if (COMMENT_AFTER.test(sentence.trim()) && !hasFigure(sentence)) continue;
    // Nor does one asking whether anyone knows what or how many ("anyone know how many cases were on tiktok?"), or has
    // read the piece ("has anyone actually read it?").
    if (ASKS_ANYONE.test(sentence) && !hasFigure(sentence)) continue;
    // Nor does one asking the reader ("did u see the nspcc thing", "have you read it?").
    if (/^\s*(?:did|do|have|has|had) (?:you|u|ya)\b(?! know)/iu.test(sentence) && !hasFigure(sentence))
      continue;
    // Nor one asking what the readers think ("Honest question, do we think the NSPCC is right…").
    if (
      /^(?:[\w' ]{0,20},\s*)?(?:do|does|did) (?:we|you|u|people|they|any ?one) (?:think|reckon|believe|agree)\b/iu.test(
        sentence,
      ) &&
      !hasFigure(sentence)
    )
      continue;
    // Nor one that proposes something to the reader ("Shall we sign too?", "should we share it?").
    if (/^\s*(?:shall|should|can|could) (?:we|i)\b[^?]*\?\s*$/iu.test(sentence) && !hasFigure(sentence))
      continue;
    // Nor one that refers back to the claim before it ("Is that what the NSPCC found?", "is this right?").
    if (REFERS_BACK.test(sentence) && !hasFigure(sentence)) continue;
    // ("…was signed by more than 100 organisations. It was shared by IANSLIFE on 6 March 2020.": "it" is the letter.)
    let previous = OPENS_ON_IT.test(sentence) ? lastClause : '';
    const carriedIn = previous;
    let previousCheck: ClaimCheck | undefined = carriedIn ? checks.at(-1) : undefined;
    // The clause a second deed ("…and was led by X and was sent to Y") is a deed of: the last one with a subject.
    let deedOf = '';
    // A sentence that disputes what it quotes ("Myth: …", "I doubt that …", "…, which is rubbish") claims the
    // opposite: what the source states is then contradicted, not supported.
    // (Not a correction that gives the true figure, "Wrong - it was 1,220", nor a closing remark on what someone the
    // packs know said, "Facebook claims it stamps out grooming, which is rubbish": that they said it is checked.)
    const disputed =
      (DISPUTES_BEFORE.test(sentence) && !CORRECTS.test(sentence.replace(DISPUTES_BEFORE, ''))) ||
      (DISPUTES_AFTER.test(sentence) &&
        !namesSomeone(sentence.slice(0, REPORTED.exec(sentence)?.index ?? 0)));
    const stripped = stripFrame(
      sentence.replace(DISPUTES_BEFORE, '').replace(DISPUTES_AFTER, ''),
      namesSomeone,
      speaksOfTopic,
      namesScope,
      (words) => readSpeakers(index, words).length > 0,
    );
    const framed = stripped.trim() !== sentence.trim();
    const clauses = splitClauses(stripped, claims, isName, framed, namesThing);
    for (const clause of clauses) {
      if (checks.length >= MAX_CLAIMS) return checks;
      if (!/\p{L}/u.test(clause)) continue;
      // A judgement of someone makes no claim ("tbh the NSPCC are right about this one", "The NSPCC is wrong, …").
      if (JUDGEMENT.test(clause) && !hasFigure(clause)) continue;
      // Nor does a word to someone ("Zuck, this is on you", "Facebook, your move").
      if (ADDRESSED.test(clause) && !hasFigure(clause)) continue;
      const own = withPlaceReferredBack(
        withPersonReferredBack(
          withDateReferredBack(withLeadingMonthRead(withoutEmphasisStops(clause)), said),
          () => namesIn(index, said, 'person'),
        ),
        () => namesIn(index, said, 'place'),
      );
      // "Zuckerberg said X and that tech bosses should be held criminally responsible": the second thing reported is
      // still his to have said.
      const dated = saidAlsoBy(index, stripped, clause) + own;
      const saidBefore = said;
      said += ` ${clause}`;
      // "…, and snapchat way more", "…, for adults too": read with the clause before it; a comparison the source
      // cannot settle ("…, TikTok probably loads more") is a claim it does not cover.
      // (Only within a sentence: a sentence opening on "It" is read with the one before for what "it" is, no more.)
      const leaning = previous && previous !== carriedIn ? leaningReading(index, dated, previous) : undefined;
      if (leaning) {
        const read = checkClause(index, leaning);
        const made = read
          ? { ...read, claim: clause }
          : uncitedCheck(
              { claim: clause },
              `The source gives no figure to set this against; ${coverageOf(index)}`,
            );
        checks.push(made);
        previousCheck = made;
        continue;
      }
      // A part of the group the clause before counts ("…, 10 of them car occupants") is read with that clause.
      const part = previous && PART_OF_GROUP.test(clause) ? checkClause(index, dated, previous) : undefined;
      // "…1,220 children were groomed, more than a third of them via Instagram": a share of those the clause before
      // counts.
      const ofThem =
        !part && previous && SHARE_OF_THEM.test(clause) ? checkClause(index, dated, previous) : undefined;
      // A deed done to what the clause before names ("…, which was addressed to the PM") is read with that clause.
      // (Read alone first: "It was backed by the National Police Chiefs' Council" after Wanless's call is the backing,
      // a fact about what the clause before names.)
      const doneToIt =
        previous && DONE_TO_IT.test(clause) ? deedOnBefore(index, dated, previous, previousCheck) : undefined;
      const first =
        part ??
        ofThem ??
        doneToIt ??
        checkClause(index, dated) ??
        (previous && hasFigure(clause) ? checkClause(index, dated, previous) : undefined) ??
        // "…, and that the figures came from Ofcom": whose the figures before it are.
        (previous && SOURCED.test(clause) ? checkClause(index, dated, previous) : undefined) ??
        // "…, and it was already rising every year before that": a movement of what the clause before counts.
        (previous && OPENS_ON_IT.test(clause) && (makesClaim(clause) || DONE_TO_IT.test(clause))
          ? checkClause(index, dated, previous, false, previous === carriedIn)
          : undefined) ??
        // A figure of something the packs never count, in a message already making claims about them ("…before
        // anyone reports it. also apparently they have 35k moderators"): a claim the source does not cover.
        ((checks.length > 0 || clauses.length > 1) && hasFigure(clause) && !ABOUT_THE_WRITER.test(clause)
          ? checkClause(index, dated, '', true)
          : undefined);
      // A deed told in passing ("…, led by the NSPCC") is of whatever the clause before names last, not of its
      // subject: read alone, or else with that clause.
      const inPassing = deedOf !== '' && PARTICIPLE_DEED.test(clause);
      const secondDeed =
        deedOf !== '' &&
        !inPassing &&
        (SECOND_DEED.test(clause) || (SECOND_SAYING.test(clause) && clause.trim().split(/\s+/u).length >= 4));
      const read = inPassing
        ? (first ?? deedOnly(checkClause(index, `${deedOf}, ${dated}`)))
        : secondDeed
          ? secondDeedCheck(index, first, dated, deedOf)
          : first;
      if (!secondDeed && !inPassing) deedOf = clause;
      // (A second statement split off with a speaker of its own, or the same speaker going on, that the checks cannot
      // place: "…rose 8 per cent and the council fears more cyclists will be hurt" is not left out as if it were chat.)
      // (…nor a closing clause with a number of its own the checks cannot place: "…, with the average victim aged 13".)
      const numbered = previous !== '' && NUMBER.test(clause);
      if (
        !read &&
        clauses.length > 1 &&
        (SECOND_SAYING.test(clause) || namedSubject(clause, isName) || numbered)
      ) {
        // (A movement of what the clause before counts is read with it: "…in england and wales, and apparently numbers
        // went down in 2018".)
        const moved =
          numbered && directionOf(clause.toLowerCase()) ? checkClause(index, dated, previous) : undefined;
        checks.push(
          moved
            ? { ...moved, claim: clause }
            : uncitedCheck({ claim: clause }, `The source does not say this; ${coverageOf(index)}`),
        );
        previous = clause;
        continue;
      }
      // "…over half of all cases in the UK, and Snapchat in a fifth": the short side says its figure of what the side
      // before it counts, which may move it (only ever from supported).
      const elliptical = read?.verdict === 'supported' ? scopeCarriedOver(index, dated, previous) : undefined;
      const carried = elliptical ? checkClause(index, elliptical) : undefined;
      const checked =
        carried && carried.verdict !== 'supported' && carried.factId === read?.factId ? carried : read;
      const whole = checked && checked.claim !== clause ? { ...checked, claim: clause } : checked;
      const check = whole ? partOfGroup(index, whole, clause, saidBefore) : whole;
      const based = check ? baseReferredBack(index, check, clause, checks[checks.length - 1]) : undefined;
      const qualified = check ? unsaidQualifier(index, check, clause) : undefined;
      const made = check
        ? (based ?? qualified ?? (disputed && check.verdict === 'supported' ? disputedCheck(check) : check))
        : undefined;
      // "…1,220 cases, police chiefs backed them": a deed done to what the clause before names is supported only by a
      // fact about that thing, not by the same deed done to something else (the backing of Wanless's call).
      // "…, and that it was zuckerberg who said it": who said what the claim before says, checked against the source's
      // speaker for it (not against what else the one named said).
      const saidIt = made !== undefined && SAID_IT.test(clause.trim());
      const otherSayer = made && saidIt ? whoSaidIt(index, clause, made, previousCheck) : undefined;
      // (Whose words the claim before is, when the source leaves it open: no verdict from another fact's speaker.)
      const leftOpen =
        saidIt &&
        !otherSayer &&
        Boolean(previousCheck?.factId) &&
        (made?.factId !== previousCheck?.factId || made?.packId !== previousCheck?.packId);
      const kept = leftOpen ? undefined : made;
      if (made && otherSayer) {
        checks.push(otherSayer);
        previousCheck = otherSayer;
      } else if (
        kept &&
        kept.verdict === 'supported' &&
        previous &&
        (DEED_ON_IT.test(clause.trim()) || inPassing) &&
        !deedFitsBefore(index, kept, previous, previousCheck)
      ) {
        const unsaid = uncitedCheck(
          kept,
          `The source does not say this of what the claim before names; ${coverageOf(index)}`,
        );
        checks.push(unsaid);
        previousCheck = unsaid;
      } else if (kept) {
        checks.push(kept);
        previousCheck = kept;
      } else if (
        !made &&
        previousCheck?.verdict === 'supported' &&
        checks.at(-1) === previousCheck &&
        previous
      ) {
        // A piece cut off the claim before that cannot be checked alone ("… - all of them in Northern Ireland") may
        // still move it: read with it, a verdict that is no longer supported is the piece's.
        const joined = checkClause(index, `${previous} ${dated}`);
        if (joined && joined.verdict !== 'supported') {
          const piece = { ...joined, claim: clause };
          checks.push(piece);
          previousCheck = piece;
        }
      }
      previous = clause;
      lastClause = clause;
    }
  }
  const shown = checks.map((check) => {
    const written = statedAs.get(check.claim);
    if (written) return { ...check, claim: written };
    for (const [read, written] of asWritten)
      if (read && check.claim.startsWith(read))
        return { ...check, claim: written + check.claim.slice(read.length) };
    return check;
  });
  // (A misspelt fraction read as the fraction is shown as written: "a thrid of cases", not "a third of cases".)
  return shown.map((check) => {
    let claim = check.claim;
    for (const [asRead, asWritten] of fractionsRead) claim = claim.replace(asRead, asWritten);
    return claim === check.claim ? check : { ...check, claim };
  });
}

/**
 * A check of a deed read with the clause before it, when it is a verdict on the deed (no figure): a verdict on that
 * clause's figure ("…signed the letter, backed by him" read as the "More than 100") says nothing of the deed.
 */
function deedOnly(check: ClaimCheck | undefined): ClaimCheck | undefined {
  return check && check.claimed === null ? check : undefined;
}

/** The subject of a clause: its words before the first verb ("The open letter" of "The open letter was signed by…"). */
const SUBJECT =
  /^(.{2,80}?)\s+(?=(?:was|were|is|are|has|have|had|got|came|led|said|found|says|warns|fears|wants|insists|claims|accuses|demands|urges|calls|writes|believes|thinks|reckons|argues|backs|admits|\p{L}{2,}ed)\b)/u;

/**
 * A second deed split off its subject ("…signed by 100 organisations and was sent to the PM"): read alone it says
 * nothing of whose deed it is, so it is supported only when read with its subject too ("The open letter was led by the
 * NSPCC"), and otherwise never where the sentence it closes is not (nor left unchecked).
 */
function secondDeedCheck(
  index: FactIndex,
  alone: ClaimCheck | undefined,
  clause: string,
  previous: string,
): ClaimCheck | undefined {
  if (alone && alone.verdict !== 'supported') return deedNotMoved(index, alone, clause);
  const subject = SUBJECT.exec(previous.trim())?.[1];
  const own = subject ? checkClause(index, `${subject} ${clause}`) : undefined;
  if (own && own.verdict !== 'supported') return deedNotMoved(index, own, clause);
  if (own && alone) return alone;
  const whole = checkClause(index, `${previous} and ${clause}`);
  if (whole && whole.verdict !== 'supported') return deedNotMoved(index, whole, clause);
  return alone ?? own ?? whole;
}

/**
 * A deed with no figure of its own ("was addressed to the UK government") moves no figure to another place or base:
 * it says something of the fact the source does not, which contradicts it.
 */
function deedNotMoved(index: FactIndex, check: ClaimCheck, clause: string): ClaimCheck {
  if (check.verdict !== 'different_scope' || hasFigure(clause)) return check;
  const fact = check.factId ? index.byKey.get(factKey(check.packId ?? '', check.factId)) : undefined;
  if (!fact) return check;
  const { dimension: _moved, ...rest } = check;
  return {
    ...rest,
    verdict: 'contradicted',
    claimed: null,
    sourceFigure: null,
    explanation: `The source does not say this; it says: ${fact.fact.statement}`,
  };
}

/** What a claim goes on to say of its own figure: "…, and that it was the lowest ever", "…, and that this fell". */
const QUALIFIER_TAIL = /,?\s+and that ((?:it|this|that|these|those|they) .+)$/iu;
/** Words of a record, an extreme or a trend: what a qualifier adds that a figure alone does not say. */
const EXTREME_OR_TREND =
  /\b(?:highest|lowest|biggest|largest|smallest|greatest|worst|best|record|ever|most|least|first|rising|falling|growing|shrinking|increasing|decreasing|safer|doubled|halved|tripled|trebled)\b/gu;

/**
 * A supported figure the claim goes on to qualify with a record, an extreme or a trend its fact's quote does not state
 * ("19 people were killed, and that it was the lowest ever" where the quote gives no record; "…over a third, and that
 * it has been getting safer since"): the source does not say that, so the claim is not supported.
 */
function unsaidQualifier(index: FactIndex, check: ClaimCheck, clause: string): ClaimCheck | undefined {
  if (check.verdict !== 'supported') return undefined;
  const tail = QUALIFIER_TAIL.exec(clause)?.[1];
  const fact = check.factId ? index.byKey.get(factKey(check.packId ?? '', check.factId)) : undefined;
  if (!tail || !fact) return undefined;
  // Only a record, an extreme or a trend the fact's own quote does not state: a neutral qualifier ("…, and that these
  // were from 2017 to 2020", "…, and that they are counted within the other groups") is left to the figure.
  const quote = fact.fact.quote.toLowerCase();
  const unsaid = [...tail.toLowerCase().matchAll(EXTREME_OR_TREND)].filter(
    (m) => !new RegExp(String.raw`\b${m[0]}\b`, 'u').test(quote),
  );
  if (unsaid.length === 0) return undefined;
  return {
    ...check,
    verdict: 'not_in_source',
    explanation: `The source gives ${check.sourceFigure ?? 'this figure'} but does not say that ${tail.replace(/[.!?]+$/u, '')}.`,
  };
}

/** A word that is a hashtag (with any emoji or stop around it), or only emoji. */
const TAG_WORD =
  /^[.!]*(?:\p{Extended_Pictographic}|\u{FE0F})*(?:#[\p{L}\p{N}_]+)?(?:\p{Extended_Pictographic}|\u{FE0F})*[.!]*$/u;

/** Each line without the hashtags (and emoji) that close it, when there are any: "… Apr-Jun 🤯 #DeleteFacebook". */
function withoutClosingHashtags(text: string, addsScope: (tags: string, rest: string) => boolean): string {
  return text
    .split('\n')
    .map((line) => {
      const words = [...line.matchAll(/\S+/gu)];
      let cut = words.length;
      while (cut > 0 && TAG_WORD.test(words[cut - 1]?.[0] ?? '')) cut--;
      const closing = words.slice(cut);
      if (cut === 0 || !closing.some((w) => w[0].includes('#'))) return line;
      const rest = line.slice(0, words[cut]?.index ?? line.length).trimEnd();
      // (A tag that names a place, a year, a platform or a group the line does not, "… #Scotland", "… #2022",
      // "… #Snapchat", is part of the claim and stays.)
      const tags = closing
        .map((w) => w[0].replace(/[#.!]/gu, '').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
        .join(' ');
      return addsScope(tags, rest) ? line : rest;
    })
    .join('\n');
}

/** Whether hashtag words name a place, period, number, named thing or counted topic that the rest of the line does not. */
function tagsAddScope(index: FactIndex, tags: string, rest: string): boolean {
  if (/\d/u.test(tags) || readAskedPeriods(foldText(tags)).length > 0 || /\blockdown\b/iu.test(tags))
    return true;
  const said = analyseText(rest, index.vocab, false);
  const tagged = analyseText(tags, index.vocab, false);
  return (
    tagged.uncovered.some((u) => !said.uncovered.some((v) => v.name === u.name)) ||
    tagged.entities.some((id) => !said.entities.includes(id)) ||
    // …or a word some fact is about by name ("#children", "#Motorcyclists") that the line does not use.
    tagged.terms.some((t) => !said.terms.includes(t) && index.facts.some((f) => f.heads.has(t)))
  );
}

/** A side of a claim this short with a figure and nothing after it ("and Snapchat in a fifth") leaves its scope unsaid. */
const ELLIPTICAL_WORDS = 5;
/** Scope words after a figure, up to a verb, a comma or the end. */
const SCOPE_TAIL =
  /^(?:of|in|among|across)\b.*?(?=\s+(?:involved|involve[sd]?|were|was|are|is|used|uses|had|have|has|did|happened|occurred|came|featured|showed)\b|\s*[,;]|$)/iu;
const ELLIPSIS =
  /^\s*(?:(?:and|but|while|whereas|with) )?[\p{L}'’-]+(?: [\p{L}'’-]+)? (?:in|at|on|for) (?:\p{L}+ )?$/iu;

/**
 * The short side with the words after the figure of the side before it ("of all cases in the UK"), if elliptical
 * and those words widen what is counted or place it ("all", a place, a period); "…of the cases, and Snapchat in 20
 * percent" says no more than the source's own sentence.
 */
function scopeCarriedOver(index: FactIndex, clause: string, previous: string): string | undefined {
  const own = readFigures(clause);
  const last = own.at(-1);
  if (!previous || own.length !== 1 || !last || clause.trim().split(/\s+/u).length > ELLIPTICAL_WORDS)
    return undefined;
  // Only a name and a preposition before the figure ("Snapchat in a fifth"; not "more than Snapchat (20%)").
  if (/\p{L}/u.test(clause.slice(last.end)) || !ELLIPSIS.test(clause.slice(0, last.start))) return undefined;
  const before = readFigures(previous).at(-1);
  // (Only the scope words after the figure, not a verb and what follows it: "of all cases in the UK involved
  // Facebook apps" gives "of all cases in the UK".)
  const tail = before ? (SCOPE_TAIL.exec(previous.slice(before.end).trim())?.[0] ?? '') : '';
  if (!/^(?:of|in|among|across)\b/iu.test(tail) || !placesOrWidens(index, tail)) return undefined;
  return `${clause.slice(0, last.end)} ${tail}`;
}

/** Words that count everything ("all", "overall") or name a place or a period. */
function placesOrWidens(index: FactIndex, words: string): boolean {
  if (/\b(?:all|every|overall|total)\b/iu.test(words)) return true;
  const a = analyseText(words, index.vocab, false);
  return (
    a.uncovered.length > 0 ||
    a.years.length > 0 ||
    a.entities.some((id) => index.entityKinds.get(id) === 'place') ||
    readAskedPeriods(foldText(words)).length > 0
  );
}

/** Whether `words` is a headline's speaker: one name no dictionary holds, then a colon and a quotation. */
function quotedName(index: FactIndex, text: string, words: string): boolean {
  const name = words.trim();
  return (
    /^\p{Lu}\p{Ll}{2,}$/u.test(name) &&
    new RegExp(`(?:^|\\s)${name}:\\s*["“'‘]`, 'u').test(text) &&
    unknownSpeakerName(index, name)
  );
}

/** A title a headline gives its speaker. */
const TITLE =
  /\b(?:sec|secretary|minister|mp|editor|journalist|reporter|columnist|ceo|boss|chief|chair|spokes(?:man|woman|person)|director|president|commissioner|head)\b/iu;

/** Whether a lead names a person: a title, or a full name whose surname no dictionary holds ("Matt Hancock"). */
function titledName(words: string): boolean {
  const surname = /\b\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}{2,})\s*$/u.exec(words.trim())?.[1];
  return (
    TITLE.test(words) ||
    (surname !== undefined && !isEnglishWord(surname.toLowerCase())) ||
    possessiveName(words.trim())
  );
}

/** A name in the possessive, alone before a headline's colon ("Barnardo's:"), and no English word ("Today's:"). */
function possessiveName(words: string): boolean {
  const name = /^(\p{Lu}\p{Ll}+)['’]s$/u.exec(words)?.[1];
  return name !== undefined && !isEnglishWord(name.toLowerCase());
}

/** A label or frame that denies what follows: "Myth:", "FALSE —", "Debunked:", "I doubt that", "I don't believe". */
const DISPUTES_BEFORE =
  /^\s*(?:(?:myth|false|fake(?: news)?|debunked|not true|untrue|wrong|misleading|fact[- ]?check(?:ed)?:? false)\s*[:—–-]+\s*|(?:i|we) (?:really )?(?:doubt|don'?t (?:believe|buy|think)|do not (?:believe|think))(?! (?:that )?(?:it'?s|it is) (?:widely |well |generally )?(?:known|realised|realized|appreciated|understood)| (?:many |most )?people (?:know|realise|realize))(?: that| it'?s true that)? |(?:nobody|no one) (?:believes|thinks) (?:that )?|it(?:'s| is) (?:unlikely|hard to believe|not true|untrue|false) that |i find it hard to believe (?:that )?)/iu;
/** …or a tail that does: ", which is rubbish", "but she's wrong", "— not true". */
const DISPUTES_AFTER =
  /,?\s*(?:(?:which|that)(?:'s| is) (?:rubbish|nonsense|false|untrue|wrong|a myth|fake(?: news)?|not true)|but (?:she|he|they|it)(?:'s| is|'re| are) (?:wrong|mistaken)|[—–-]+\s*(?:not true|false|wrong|a myth))\s*[.!]*\s*$/iu;

/** A correction that goes on to give the true figure: "it was…", "actually…", "the real figure is…". */
const CORRECTS =
  /^\s*(?:it (?:was|is)|it's|its|actually|in fact|the (?:real|actual|true) (?:figure|number)|the (?:rise|figure|total|share|number|count)(?: \w+){0,4} (?:was|is))\b/iu;
/** Someone reported as saying it. */
const REPORTED = /\b(?:said|says|claims?|claimed|insists?|insisted|argues|argued|told|tweeted|wrote)\b/iu;

/** A share of "these", "them", "those" or "which": of what the claim before it counted. */
const OF_THOSE = /\b(?:of|in) (?:these|them|those|which|this total|that total|this figure|that figure)\b/iu;

/**
 * "12,925 offences were recorded. Facebook-owned apps were involved in 51% of these.": a share the source gives of
 * one thing, said of what another fact counts, moves its base.
 */
function baseReferredBack(
  index: FactIndex,
  check: ClaimCheck,
  clause: string,
  before: ClaimCheck | undefined,
): ClaimCheck | undefined {
  if (check.verdict !== 'supported' || !before?.factId || !check.factId || before.factId === check.factId)
    return undefined;
  if (!OF_THOSE.test(clause)) return undefined;
  const other = index.byKey.get(factKey(before.packId ?? '', before.factId));
  const own = index.byKey.get(factKey(check.packId ?? '', check.factId));
  if (!other || !own || other.fact.figures.length === 0) return undefined;
  // The same count the share is of: the share's quote gives it ("1,220 … in 51 percent of cases"), or both are for
  // the same period.
  const samePeriod =
    own.fact.period?.from === other.fact.period?.from && own.fact.period?.to === other.fact.period?.to;
  if (samePeriod || (before.sourceFigure && own.fact.quote.includes(before.sourceFigure))) return undefined;
  // A fact with no dated period that its pack links to the one before ("offences rose in each of the three years
  // before lockdown" beside "12,925 offences, April 2017 to March 2020") speaks of the same count.
  const undated = !own.fact.period?.from && !own.fact.period?.to;
  const linked = own.fact.related.includes(other.fact.id) || other.fact.related.includes(own.fact.id);
  if (undated && linked) return undefined;
  return {
    ...check,
    verdict: 'different_scope',
    dimension: 'base',
    explanation: `The source gives ${check.sourceFigure ?? 'this figure'} of something else, not of what the claim before it counts (${other.fact.title.toLowerCase()}).`,
  };
}

/** A supported claim the message disputes: the message says the opposite of what the source states. */
function disputedCheck(check: ClaimCheck): ClaimCheck {
  return {
    ...check,
    verdict: 'contradicted',
    explanation: `The message disputes this, but the source states it. ${check.explanation}`,
  };
}

/** A question about the claim before it: "Is that what the NSPCC found?", "was this what Facebook said?". */
const REFERS_BACK =
  /^\s*(?:is|was|are|were|isn't|wasn't) (?:that|this|it) (?:what\b|(?:really )?(?:true|right|correct|accurate|so)[\s?!.]*$)/iu;

/**
 * The people or places a text names, by the name the packs give them ("Wanless", "Wales"), with the places the
 * packs have no figures for ("Scotland") among the places.
 */
function namesIn(index: FactIndex, text: string, kind: 'person' | 'place'): string[] {
  if (!text.trim()) return [];
  const analysis = analyseText(text, index.vocab, false);
  return [
    ...analysis.entities
      .filter((id) => index.entityKinds.get(id) === kind)
      .map((id) => index.entityNames.get(id) ?? id),
    ...analysis.uncovered.filter((u) => u.kind === kind).map((u) => u.name),
  ];
}

/**
 * A deed done to what the clause before names ("It was backed by the National Police Chiefs' Council", "…, which was
 * addressed to the PM"): read alone when its own fact belongs with the claim before, else with that clause, dated by
 * its own words.
 */
function deedOnBefore(
  index: FactIndex,
  dated: string,
  previous: string,
  previousCheck: ClaimCheck | undefined,
): ClaimCheck | undefined {
  const alone = checkClause(index, dated);
  return alone?.verdict === 'supported' && deedFitsBefore(index, alone, previous, previousCheck)
    ? alone
    : checkClause(index, dated, previous, false, true);
}

/** A clause crediting the claim before to someone: "it was zuckerberg who said it", "Wanless wrote that". */
const SAID_IT =
  /^(?:(?:and|but)\s+)?(?:it was\s+)?[\p{L}'’. -]{2,40}?\s+(?:who|that)?\s*(?:said|says|wrote|writes|tweeted|claimed|claims|found|reported)\s+(?:it|that|this)\s*[.!?]*$/iu;
/** "…but Wanless never said it", "…and no Facebook spokesman said it": who did not say it. */
const NEVER_SAID = /\b(?:never|not|didn'?t|did not|no|nobody)\b/iu;

/**
 * Who said what the claim before says ("…, and that it was zuckerberg who said it"), against whom the source has say
 * it: supported or contradicted, cited to the claim before's fact; undefined when no speaker is read or the source
 * leaves it open.
 */
function whoSaidIt(
  index: FactIndex,
  clause: string,
  made: ClaimCheck,
  before: ClaimCheck | undefined,
): ClaimCheck | undefined {
  if (!before?.factId || !before.packId) return undefined;
  const earlier = index.byKey.get(factKey(before.packId, before.factId));
  const speakers = readSpeakers(index, clause);
  if (!earlier || speakers.length === 0) return undefined;
  const credited = speakers.map((s) => creditsSpeaker(index, earlier, s));
  const cited = {
    ...made,
    claimed: null,
    sourceFigure: before.sourceFigure,
    quote: before.quote,
    packId: before.packId,
    factId: before.factId,
    attribution: before.attribution,
  };
  const wrong = speakers.find((_, i) => credited[i] === false);
  const right = credited.every((c) => c === true);
  // ("…, but Wanless never said it": the one named did not say it, which a saying by someone else supports.)
  if (NEVER_SAID.test(clause)) {
    if (right)
      return {
        ...cited,
        verdict: 'contradicted',
        explanation: `The source says ${earlier.fact.attribution.source} did say this: ${earlier.fact.statement}`,
      };
    return wrong
      ? { ...cited, verdict: 'supported', explanation: explain.wrongSpeaker(earlier, wrong) }
      : undefined;
  }
  if (wrong) return { ...cited, verdict: 'contradicted', explanation: explain.wrongSpeaker(earlier, wrong) };
  if (right)
    return { ...cited, verdict: 'supported', explanation: explain.supported(undefined, earlier, null) };
  return undefined;
}

/** Who the sentence says said it ("Zuckerberg said "), opening it before the things it reports. */
const SPEAKER_SAID =
  /^((?:the\s+)?[\p{L}'’.@#-]+(?:\s+[\p{L}'’.@#-]+){0,4}?\s+(?:said|says|claimed|claims|told (?:the\s+)?[\p{L}'’-]+|warned|warns|insisted|insists|argued|argues|wrote|writes|stated|states)\s+(?:that\s+)?)/iu;

/**
 * The speaker's frame a second thing reported ("…, and that …") is said under, when the sentence opens on someone
 * the packs know saying it; else nothing.
 */
function saidAlsoBy(index: FactIndex, sentence: string, clause: string): string {
  const at = sentence.indexOf(clause);
  if (at <= 0 || !/\band that\s*$/iu.test(sentence.slice(0, at))) return '';
  const frame = SPEAKER_SAID.exec(sentence)?.[1];
  return frame && readSpeakers(index, frame).length > 0 ? frame : '';
}
