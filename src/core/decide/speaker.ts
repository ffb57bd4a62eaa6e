// "What did Snapchat say?": a question about what someone said is answered only by a fact that quotes them.

import { escapeRegExp } from '../../text/escape-regexp.js';
import { foldText } from '../../text/normalise.js';
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { STOPWORDS, VIEW_VERB_SOURCE } from '../understand/lexicon.js';

const ASKS_WHAT_SAID = new RegExp(
  String.raw`\bwhat (?:exactly |precisely |actually )?(?:did|does|do|has|have|had) (.{1,40}?) (?:(?:actually|really|exactly|precisely|officially|publicly|themselves|itself) )?(?:say|said|says|respond|responded|reply|replied|claim|claimed|comment|commented|tell|told|state|stated|${VIEW_VERB_SOURCE})\b|^\W*(?:and |so |but )?(?:has|have|did|does|had) (.{1,40}?) (?:(?:ever |publicly |officially )?(?:comment|commented|respond|responded|reply|replied|react|reacted|answer|answered|speak out|spoken out|spoke out|agree|agreed|accept|accepted|approve|approved|reject|rejected|support|supported|back|backed|oppose|opposed|endorse|endorsed)|(?:say|said) anything|(?:issue|issued|make|made|release|released) (?:a |any )?(?:statement|response|comment))\b|\bhow (?:did|has|have|does) (.{1,40}?) (?:respond|responded|react|reacted|reply|replied)\b|\b(?:tell (?:me|us)|know|explain|understand|wondering) what (.{1,40}?) (?:said|replied|responded|claimed|argued|stated)\b|\b(?:tell (?:me|us)|know|explain|wondering|understand|confirm|outline|describe|set out|summari[sz]e|clarify) how (?!many\b|much\b|often\b)((?:(?!ha(?:ve|s|d)\b)[\w'’-]+ ){1,5}?)(?:(?:formally|officially|publicly) )?(?:responded|reacted|replied)\b`,
  'u',
);

/** "Snapchat's response to…", "the Home Office's reaction": what someone said, asked by its name. */
const ASKS_RESPONSE =
  /\b(?:what(?:'s| is| was) |how was )((?:the )?[\w.-]+(?: [\w.-]+)?)'s? (?:response|reply|reaction|comment|answer|statement|defen[cs]e)\b/u;

/**
 * A word that points back to whoever the question is about, as its owner ("the company's spokesperson", "the firm's
 * reply"): no name of its own, so only the rest of the words say who is asked about.
 */
const OWNER_REFERS_BACK = /^(?:company|firm|organisation|organization|group)['’]s$/u;

/** A word for the source itself ("what does the piece say about…"): what it says is every fact's. */
const THE_SOURCE =
  /^(?:the |this |that |your |ur )?(?:(?:early|late|mid|original|first|same|(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)[ -])*(?:article|piece|story|text|source|write-?up|news (?:story|piece|item|report|article)|(?:news )?item|coverage|study|research|(?:press |news )?release|report|bulletin|publication|document|paper|tweet|post)$/u;

/** Someone a quote says took a stand: "backed by …", "derided by …". */
const STANCE_BY =
  /\b(?:backed|supported|endorsed|opposed|derided|criticised|criticized|condemned|welcomed|praised|rejected|denounced|touted) by ([^,.;:"]{1,60})/gu;

const speakersOf = new WeakMap<IndexedFact, { source: string; entities: string[] }>();

/** True when the fact's attribution names the entity (its own name in the attribution's words, or its alias). */
export function speaks(index: FactIndex, fact: IndexedFact, id: string): boolean {
  let speaker = speakersOf.get(fact);
  if (!speaker) {
    const source = foldText(fact.fact.attribution.source);
    speaker = { source, entities: analyseText(source, index.vocab, false).entities };
    speakersOf.set(fact, speaker);
  }
  return speaker.source.includes(foldText(index.entityNames.get(id) ?? id)) || speaker.entities.includes(id);
}

const standersOf = new WeakMap<IndexedFact, string[]>();

/**
 * True when the fact quotes the entity, or its quote says the entity took a stand ("in a call backed by the National
 * Police Chiefs' Council"): what a question asking what they thought may be answered by. (Not their own words, which
 * "what exactly did they say?" asks for, nor a side of its own where views are set against each other: only `speaks`
 * decides those.)
 */
export function takesStand(index: FactIndex, fact: IndexedFact, id: string): boolean {
  return speaks(index, fact, id) || standsBy(index, fact, id);
}

/** True when the fact's quote says the entity took a stand, in a passive ("backed by …", "derided by …"). */
export function standsBy(index: FactIndex, fact: IndexedFact, id: string): boolean {
  let standers = standersOf.get(fact);
  if (!standers) {
    const agents = [...foldText(fact.fact.quote).matchAll(STANCE_BY)].map((m) => m[1] ?? '');
    standers = agents.length > 0 ? analyseText(agents.join(' . '), index.vocab, false).entities : [];
    standersOf.set(fact, standers);
  }
  return standers.includes(id);
}

/** Only the facts that quote whoever the question asks about ("what did Facebook say…"), if any do; else all. */
export function keepSpeakers<T extends { fact: IndexedFact }>(
  index: FactIndex,
  folded: string,
  facts: T[],
): T[] {
  if (!ASKS_WHAT_SAID.test(folded)) return facts;
  const quoting = facts.filter((s) => !speakerMismatch(index, s.fact, folded));
  return quoting.length > 0 ? quoting : facts;
}

/** The decline when a question asks what someone said and the fact does not quote them. */
export function speakerMismatch(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  const said = ASKS_WHAT_SAID.exec(folded);
  const response = said ? undefined : (ASKS_RESPONSE.exec(folded) ?? SPOKE_FOR.exec(folded));
  const span = said?.slice(1).find((g) => g !== undefined) ?? response?.[1];
  if (!span || THE_SOURCE.test(span.trim())) return undefined;
  const read = analyseText(span, index.vocab, false);
  const asked = read.entities;
  if (asked.length === 0) {
    // Someone no pack knows ("what did Apple say…", "the Home Secretary"), or a platform a pack names only as one it
    // has no figures for ("what did Google say…"): no fact quotes them.
    const named = span
      .split(' ')
      .filter((w) => !OWNER_REFERS_BACK.test(w))
      .map((w) => w.replace(/^spokes(?:person|persons|people|woman|women|man|men)$/u, 'spokes'))
      .filter((w) => w && !STOPWORDS.has(w));
    const lacked = read.uncovered.length > 0;
    // (A name in chat, "the cops", is read as the packs read it: the police.)
    // (Only as someone credited, not as words a quote uses: "the kids" are not "the UK's leading children's charity".)
    // (Every word of the name, in one fact: "the Department for Transport" is not the "Cabinet Member for Highways and
    // Transport".)
    if (
      named.length === 0 ||
      (!lacked && (quotesOrCredits(index, named) || credits(index, [...read.terms, ...read.optionalTerms])))
    )
      return undefined;
    return {
      code: 'not_covered',
      kind: 'scope',
      // Named as a name ("what Apple said", "what the Home Secretary said").
      value: `what ${span.replace(/\b\p{L}/gu, (c, at: number) => (STOPWORDS.has(span.slice(at).split(' ')[0] ?? '') ? c : c.toUpperCase()))} said`,
      covered: [onlyWhatSourceSays(fact)],
    };
  }
  if (asked.some((id) => speaks(index, fact, id))) return undefined;
  // ("How did the police chiefs respond?" may be answered by the stand a quote says they took.)
  if ((said?.[3] ?? said?.[5]) !== undefined && asked.some((id) => takesStand(index, fact, id)))
    return undefined;
  // Whether someone responded at all ("has Snapchat commented?", "did Boris Johnson respond?"): only a platform or a
  // person no fact quotes is known not to have; a body's response may be what it did ("the police chiefs backed the
  // call"), and someone quoted elsewhere is for the ranking to find.
  // (Only "has X commented?": "how did X respond?" asks what they said.)
  const respondedAtAll = said?.[2] !== undefined;
  if (
    respondedAtAll &&
    asked.some(
      (id) =>
        !['platform', 'person'].includes(index.entityKinds.get(id) ?? '') ||
        index.facts.some((f) => speaks(index, f, id)),
    )
  )
    return undefined;
  const names = asked.map((id) => index.entityNames.get(id) ?? id).join(' or ');
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `what ${names} said`,
    covered: [onlyWhatSourceSays(fact)],
  };
}

/** What the decline offers instead: "only what the article says here" (the source's name in running text). */
function onlyWhatSourceSays(fact: IndexedFact): string {
  return `only what ${fact.fact.attribution.source.replace(/^(?:The|An?) /u, (w) => w.toLowerCase())} says here`;
}

/**
 * Whether one fact's quote or source uses every one of the words ("charity", "police chiefs"), and its source uses one
 * of them or its quote uses one of them of someone speaking ("claim analysts", "a spokesman adding", "experts
 * denounced"): someone the packs may quote. (Not "hackers" of a list in Zuckerberg's words.)
 */
function quotesOrCredits(index: FactIndex, words: readonly string[]): boolean {
  const near = String.raw`(?:[\w'-]+ ){0,2}?`;
  const tests = words.map((word) => {
    const w = String.raw`${escapeRegExp(word)}\w*`;
    return {
      used: new RegExp(String.raw`\b${w}`, 'iu'),
      speaking: new RegExp(
        String.raw`\b${w} ${near}(?:${QUOTED_SPEAKING})\b|\b(?:${QUOTED_SPEAKING}) (?:by )?${near}${w}\b`,
        'iu',
      ),
    };
  });
  return index.facts.some(
    (f) =>
      tests.every((t) => t.used.test(f.fact.quote) || t.used.test(f.fact.attribution.source)) &&
      tests.some((t) => t.speaking.test(f.fact.quote) || t.used.test(f.fact.attribution.source)),
  );
}

/** Verbs a quote uses of someone speaking or taking a stand. */
const QUOTED_SPEAKING =
  'said|says|say|claim|claims|claimed|add|adds|added|adding|report|reports|reported|reporting|denounced|accused|derided|touted|urged|urging|warned|voicing|wrote|writing|announced|responded|backed|cited|told';

/** Whether some fact is credited to a source the (stemmed) terms all name as whole words ("police" of "Police data"). */
function credits(index: FactIndex, terms: readonly string[]): boolean {
  const words = terms.filter((t) => !t.startsWith('@'));
  if (words.length === 0) return false;
  const patterns = words.map((t) => new RegExp(`\\b${escapeRegExp(t)}\\w*\\b(?!['’])`, 'iu'));
  return index.facts.some((f) => patterns.every((p) => p.test(f.fact.attribution.source)));
}

const SPEECH_VERBS =
  'say|said|says|respond|responded|reply|replied|claim|claimed|argue|argued|comment|commented|state|stated|defend|defended|describe|described|characteri[sz]e|characteri[sz]ed|call for|called for|want|wanted|warn|warned|worry|worried|fear|feared|criticise|criticised|criticize|criticized|accuse|accused|urge|urged|demand|demanded|react|reacted|think|thought|believe|believed|propose|proposed|announce|announced|set out|justify|justified|explain|explained|object|objected|slam|slammed|blame|blamed|single out|singled out|highlight|highlighted|mention|mentioned|point to|pointed to|flag|flagged|stress|stressed|emphasi[sz]e|emphasi[sz]ed|cite|cited|praise|praised|welcome|welcomed|make of|made of|makes of|ask for|asked for|asks for|ask|asked|asks|recommend|recommended|suggest|suggested|hope|hoped|feel|felt|call on|called on';

/** The verbs of "where does X say/think/want…": what X said about a place, a time or a reason. */
const SAYS_WHERE = 'say|said|says|think|believe|want|argue|suggest';

/** "What did X say/warn/argue…", "how did X defend…", "X's response/objection/warning": what someone said. */
const ASKS_SPEECH = new RegExp(
  String.raw`\b(?:what|how|why|which(?: [\w-]+){1,2}) (?:exactly |precisely |actually )?(?:did|does|do|has|have|had|was|were|is) (.{1,50}?) (?:${SPEECH_VERBS})\b|\bwhere (?:does|did|do) (.{1,40}?) (?:${SAYS_WHERE})\b|\bwhat(?:'s| is| are| was| were) (.{1,50}?) (?:saying|asking(?: for)?|calling for|urging|proposing|recommending|suggesting|demanding|wanting|arguing|claiming|hoping for|pushing for|worried about|concerned about|afraid of|unhappy about|pleased (?:with|about)|happy (?:with|about))\b|^\W*(?:and |so |but )?(?:does|did|do) (.{1,40}?) (?:think|believe|feel|reckon|expect)\b|\b(.{1,40}?)'s? (?:response|reply|reaction|defen[cs]e|argument|view|position|stance|warning|concern|criticism|objection|words|message|appeal|demand|line|take|statement|answer|excuse|side)\b`,
  'u',
);

/** Where, when or why someone says something ("where does Helen Marsh say more work is needed?"): what they said. */
export const ASKS_WHERE_SAID = new RegExp(
  String.raw`\b(?:where|when|why|how) (?:does|did|do) (?:.{1,40}?) (?:${SAYS_WHERE})\b`,
  'u',
);

/** Whom a question asks what they said ("what did Zuckerberg say…", "the police chiefs' view"), unless the source. */
export function askedSpeaker(folded: string): string | undefined {
  const said = ASKS_WHAT_SAID.exec(folded) ?? ASKS_SPEECH.exec(folded);
  const span = said
    ?.slice(1)
    .find((g) => g !== undefined)
    ?.trim();
  return span && !THE_SOURCE.test(span) ? span : undefined;
}

/** "Who spoke for Facebook?", "who answered on behalf of the police?": whoever a body's words were given by. */
export const SPOKE_FOR =
  /\bwho (?:spoke|speaks|answered|answers|responded|responds|replied|replies|commented|comments) (?:for|on behalf of) (.{1,40}?)(?=\s+(?:in|on|about|to|after|when)\b|\s*[?.!,]|$)/u;

/** How far the best fact quoting the person asked about must lead the next one to stand on its own. */
const SPEECH_MARGIN = 0.05;

/**
 * A question about what someone the packs quote said, whose words match weakly ("how did Facebook defend
 * itself?"): the fact quoting them that matches best, when it clearly leads the others quoting them. Measured on
 * the blind sets (all read): 7 right answers gained, none wrong, where the match alone declined.
 */
export function bestSpeakerFact<T extends { fact: IndexedFact; score: number }>(
  index: FactIndex,
  folded: string,
  facts: readonly T[],
): T | undefined {
  const match = ASKS_SPEECH.exec(folded);
  // (Whichever of the pattern's alternatives matched holds the speaker.)
  const span = match?.slice(1).find((g) => g !== undefined) ?? SPOKE_FOR.exec(folded)?.[1];
  if (!span) return undefined;
  const asked = analyseText(span, index.vocab, false).entities;
  if (asked.length === 0) return undefined;
  const quoting = facts.filter((s) => asked.some((id) => takesStand(index, s.fact, id)));
  // Whoever spoke for a body ("who spoke for Facebook?") is its spokesperson: the one fact crediting one, if one does.
  if (SPOKE_FOR.test(folded)) {
    const spokesperson = quoting.filter((s) =>
      SPOKESPERSON.test(`${s.fact.fact.attribution.source} ${s.fact.fact.quote}`),
    );
    if (spokesperson.length === 1) return spokesperson[0];
  }
  const [best, next] = quoting;
  if (!best || (next && best.score - next.score < SPEECH_MARGIN)) return undefined;
  return best;
}

/** Words for someone speaking for a body. */
const SPOKESPERSON = /\b(?:spokes(?:person|man|woman)|representative|press officer|statement from)\b/iu;

/** Setting what several parties said or think against each other ("how do the NSPCC and Facebook differ?"). */
export const SETS_SIDES =
  /\b(?:differ\w*|difference|disagree\w*|vs\.?|versus|each (?:say|said|think)|who said (?:which|what)|both sides|sides?|views?|stances?|positions?|take on|clash\w*|dispute)\b/u;
/** How far below the best match a fact quoting every side may be and still go first. */
const SIDES_MARGIN = 0.1;

/**
 * For a question setting two or more of the parties the packs quote against each other, a close fact quoting all of
 * them (the dispute: "touted by Facebook as vital … derided by the NSPCC") goes before one quoting only one side.
 */
export function bothSidesFirst<T extends { fact: IndexedFact; score: number }>(
  index: FactIndex,
  folded: string,
  entities: readonly string[],
  facts: T[],
): T[] {
  const [best] = facts;
  if (!best || !SETS_SIDES.test(folded)) return facts;
  const parties = entities.filter((id) => index.facts.some((f) => speaks(index, f, id)));
  if (parties.length < 2) return facts;
  return closeOneFirst(facts, SIDES_MARGIN, (s) => parties.every((id) => speaks(index, s.fact, id)));
}

/** Asking for one party's statement or a spokesman's words, whatever sides the asker means to be fair to. */
const ONE_SIDES_WORDS = /\b(?:statement|spokes(?:person|man|woman)|exact words|own words|quote)\b/u;

/**
 * For a question setting two or more quoted parties against each other ("Did Facebook and the NSPCC see the encryption
 * plan the same way or differently?", "Facebook's view versus the charity's"), the best fact quoting every one of
 * them, when it leads the ones quoting them all (what a weak match on those words still clearly asks for).
 */
export function bothSidesFact<T extends { fact: IndexedFact; score: number }>(
  index: FactIndex,
  folded: string,
  entities: readonly string[],
  facts: readonly T[],
): T | undefined {
  if (!SETS_SIDES.test(folded) || ASKS_OWN_WORDS.test(folded) || ONE_SIDES_WORDS.test(folded))
    return undefined;
  const parties = entities.filter((id) => index.facts.some((f) => speaks(index, f, id)));
  if (parties.length < 2) return undefined;
  // (Each party named in the fact's own words, by the last word of its name: "Wanless vs Facebook" is not answered by
  // Zuckerberg's announcement, whose credit line only shares a title with Wanless's.)
  const named = (fact: IndexedFact, id: string) => {
    const last =
      foldText(index.entityNames.get(id) ?? id)
        .split(' ')
        .at(-1) ?? id;
    return foldText(`${fact.fact.quote} ${fact.fact.attribution.source}`).includes(last);
  };
  const [best, next] = facts.filter((s) =>
    parties.every((id) => speaks(index, s.fact, id) && named(s.fact, id)),
  );
  if (!best || (next && best.score - next.score < SPEECH_MARGIN)) return undefined;
  return best;
}

/**
 * The facts with the first one that passes `wanted` moved to the front, when the best match does not pass it and
 * that one scores within `margin` of it.
 */
function closeOneFirst<T extends { fact: IndexedFact; score: number }>(
  facts: T[],
  margin: number,
  wanted: (s: T) => boolean,
): T[] {
  const [best] = facts;
  if (!best || wanted(best)) return facts;
  const close = facts.find((s) => s.score >= best.score - margin && wanted(s));
  return close ? [close, ...facts.filter((s) => s !== close)] : facts;
}

/** "What did Wanless say…": asks for someone's own words. */
const ASKS_OWN_WORDS =
  /\bwhat (?:exactly |actually |precisely )?(?:did|does|has|had) (.{1,40}?) (?:say|said|says|tell|told|actually say)\b|\b(?:exact|own|actual) words\b|\bquote\b/u;
/** A quote that is someone's own words: it opens with them, or gives them before "said …". */
const DIRECT_SPEECH = /^[“"]|[“"][^”"]{20,}[”"],? (?:said|says|added|told)\b/u;
/** How close a fact in someone's own words must be to the best match to go first. */
const OWN_WORDS_MARGIN = 0.02;

/**
 * "What did Peter Wanless say about the Prime Minister?": of facts matching about equally well, the one quoting
 * the speaker's own words (“The Prime Minister has the chance to turn the tide…,” said Wanless) goes before a report
 * of what he urged.
 */
export function ownWordsFirst<T extends { fact: IndexedFact; score: number }>(
  folded: string,
  facts: T[],
): T[] {
  const [best] = facts;
  if (!best || !ASKS_OWN_WORDS.test(folded)) return facts;
  return closeOneFirst(
    facts,
    OWN_WORDS_MARGIN,
    (s) => DIRECT_SPEECH.test(s.fact.fact.quote) && areSiblings(s.fact, best.fact),
  );
}

/** Facts of one pack about the same people (their subjects overlap). */
function areSiblings(a: IndexedFact, b: IndexedFact): boolean {
  return a.pack === b.pack && a.fact.subjects.some((id) => b.fact.subjects.includes(id));
}
