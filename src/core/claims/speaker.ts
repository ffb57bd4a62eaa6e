// Who a claim says said or reported something ("according to Wanless", "told the Guardian"), and who the
// source says did: an attribution given to the wrong person or outlet is contradicted.
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { isEnglishWord } from '../understand/english-words.js';
import { editDistance } from '../understand/typo.js';
import { bodyOf } from './roles.js';
import { sourceUses, sourceUsesWord } from './source-text.js';

/** A person or body a claim credits with a statement or a figure. */
export interface Speaker {
  /** The pack entity id, when the packs know them. */
  id?: string;
  name: string;
  /** A news outlet reports; anyone else says. */
  outlet: boolean;
  /** Credited with doing something the claim describes ("led by the NSPCC"), not with saying it. */
  agent?: boolean;
  /** What the agent is said to have done ("led"), when the claim says "led by". */
  deed?: string;
  /** Credited with recording the figure ("recorded by the NSPCC"): the source must name them as its recorder. */
  recorder?: boolean;
}

/** News outlets people credit with stories; the packs name only the one they cite. */
const OUTLETS: Readonly<Record<string, string>> = {
  'the guardian': 'The Guardian',
  guardian: 'The Guardian',
  bbc: 'the BBC',
  'the times': 'The Times',
  'the sun': 'The Sun',
  'daily mail': 'the Daily Mail',
  'the mail': 'the Daily Mail',
  'mail online': 'MailOnline',
  'the mirror': 'the Mirror',
  'daily mirror': 'the Mirror',
  'the independent': 'The Independent',
  'sky news': 'Sky News',
  'the observer': 'The Observer',
  'the express': 'the Express',
  'daily express': 'the Express',
  'financial times': 'the Financial Times',
  reuters: 'Reuters',
  'associated press': 'the Associated Press',
  itv: 'ITV',
  'channel 4': 'Channel 4',
  cnn: 'CNN',
  'new york times': 'The New York Times',
  'washington post': 'The Washington Post',
  'evening standard': 'the Evening Standard',
  huffpost: 'HuffPost',
  'the i': 'the i',
  'the economist': 'The Economist',
  'the spectator': 'The Spectator',
};
const OUTLET = new RegExp(`\\b(?:${Object.keys(OUTLETS).join('|')})\\b`, 'u');

/**
 * Verbs of saying, backing or urging, some in the plain form too (a headline's "Charities urge Facebook"). (Not "back":
 * "Police chiefs back NSPCC call" read so was checked against Wanless's words and contradicted.)
 */
const SAY = `(?:said|says|say|maintained|maintains|contended|contends|asserted|asserts|told|tells|tell|wants|wanted|cited|cites|quoted|quotes|interviewed|interviews|claimed|claims|claim|warned|warns|urged|urges|demanded|demands|called|calls|wrote|writes|announced|announces|stated|states|argued|argues|accused|accuses|revealed|reveals|reported|reports|found|finds|estimated|estimates|admitted|admits|acknowledged|acknowledges|conceded|concedes|insisted|insists|boasted|boasts|described|describes|declared|declares|explained|added|noted|suggested|suggests|believes|thinks|backed|backs|urge|warn|demand|denounced|denounces|criticised|criticized|blamed|blames|responded|replied|flagged|flags|mentioned|mentions|highlighted|highlights|stressed|stresses|pledged|promised|vowed|vows|confirmed|confirms|discovered|showed|shows|characterised|characterized|characterises|characterizes|labelled|labeled|branded|dubbed|termed|derided|touted|hailed|welcomed|slammed|slams|slam|framed|frames|presented|presents|portrayed|portrays|depicted|depicts|pitched|pitches)`;
const ACCORDING =
  /\b(?:according to|acc(?:\.|ording)? to|as (?:reported|cited|quoted) (?:by|in)|cited by|quoted by|reported by|per(?! ?cent\b| (?:annum|capita|year|month|day|person|head)\b)|via|in an interview with|speaking to|writing in|wrote in|told)\s+((?:the |a |an )?[\w'’#@.&-]+(?: [\w'’.&-]+){0,3})/u;
const BEFORE_SAY = new RegExp(
  String.raw`((?:[\w'’#@.&-]+ ){0,4}?[\w'’#@.&-]+)\s+(?:has |had |have )?${SAY}\b`,
  'u',
);
/** "… was urged by Wanless", "… were accused by the NSPCC": who did it, after "by". */
const PASSIVE_BY = new RegExp(
  String.raw`\b(?:was|were|is|are|been|being)\s+${SAY}\s+by\s+((?:the |a |an )?[\w'’#@.&-]+(?: [\w'’#@.&-]+){0,3})`,
  'u',
);
const SAID_LAST = new RegExp(String.raw`,\s*((?:[\w'’#@.&-]+ ){0,3}[\w'’#@.&-]+)\s+${SAY}\s*[.!?]*$`, 'u');
/** Verbs after which the speaker follows (", said Wanless"); after "urged" or "told" comes who was addressed. */
const SAID_BY = `(?:said|says|wrote|writes|added|adds|claimed|claims|warned|warns|stated|states|explained|insisted|argued|noted|admitted|declared|tweeted)`;
const AFTER_SAY = new RegExp(
  String.raw`[,"”]\s*${SAID_BY}\s+((?:the |a |an )?[\w'’.&-]+(?: [\w'’.&-]+){0,3})`,
  'u',
);
const CITED =
  /\b(?:cited|cites|quoted|quotes|quoting|citing)\s+((?:[\w'’.&-]+ ){0,2}?[\w'’.&-]+)\s+(?:as )?(?:urging|saying|calling|warning|demanding|asking|telling)\b/u;
const IT_WAS = /\bit was ((?:the )?[\w'’.&-]+(?: [\w'’.&-]+){0,3}?) (?:who|that)\b/u;
/** "the 'perfect storm' quote is from Mark Zuckerberg", "those words came from the NSPCC". */
const QUOTED_WORDS = 'quote|quotation|(?<!other )words|line|remark|comment|statement|phrase|announcement';
const QUOTE_FROM = new RegExp(
  String.raw`\b(?:${QUOTED_WORDS}|call|demand|appeal|plea|warning|accusation|criticism)s?\b(?:\W+[\w'’-]+){0,14}?\W+(?:(?:is|are|was|were|came|comes|come) (?:from|by)|(?:was|were) (?:made|issued|voiced|said|uttered|delivered)(?: (?:in|on|to) (?:the |a )?[\w'’-]+(?: [\w'’-]+)?)? by) ((?:the )?[\w'’#@.&-]+(?: [\w'’.&-]+){0,5})`,
  'u',
);
/** "the 'turn the tide' quote is Wanless's": the one whose words they are. */
const QUOTE_OWNER = new RegExp(
  String.raw`\b(?:${QUOTED_WORDS})s? (?:is|are|was|were) ((?:the )?[\w#@.&-]+(?: [\w.&-]+){0,3})'s?(?=\s|[.,!?]|$)`,
  'u',
);

/** "… came from Peter Wanless", "… originated with the NSPCC". */
const CAME_FROM =
  /\b(?:calls?|quotes?|quotation|(?<!other )words|remarks?|comments?|claims?|warnings?|demands?|appeal|plea|statement|research|study|report|tweet|letter|criticism|accusations?|figures?|data|numbers|estimates?|stats?|statistics|findings|rise|increase|share|percentage)\b(?:\W+[\w'’-]+){0,12}?\W+(?:came|comes|come|originated|originates|(?:was|were|is|are) (?:originally )?from) ((?:the )?[\w'’#@.&-]+(?: [\w'’.&-]+){0,5})/u;
const DONE_BY =
  /\b(?:done|carried out|conducted|led|written|published|run|commissioned|organi[sz]ed|posted|tweeted|sent|signed|backed|supported|made|said|claimed|announced|recorded|logged|collected|compiled) by ((?:the )?[\w'’#@.&-]+(?: [\w'’.&-]+){0,3})/u;
/**
 * Words credited in the passive ("called vital for privacy by the NSPCC"): read only when the claim credits one
 * side, since "described as vital by Facebook, but derided by the NSPCC" gives each side its own words.
 */
const DESCRIBED_BY =
  /\b(?:called|described|touted|derided|labell?ed|branded|dubbed|hailed|praised|critici[sz]ed)(?: [^\s,.;:]+){0,6} by ((?:the )?[\w'’#@.&-]+(?: [\w'’.&-]+){0,3})/u;
/** Verbs of doing, not saying: the one who did it is part of what the source reports. */
const DOES =
  /\b(?:led|signed|backed|supported|organi[sz]ed|run|carried out|conducted|commissioned|done|made|sent) by\b/u;
/** Who kept the count: checked against the fact's own words for it, not against who said it. */
const RECORDED_BY = /\b(?:recorded|logged|collected|compiled) by\b/u;
/** "the NSPCC recorded 1,220 cases": the one named before the verb kept the count. */
const RECORDER_FIRST =
  /((?:the )?[\w'’#@.&-]+(?: [\w'’.&-]+){0,2}) (?:has |have |had )?(?:recorded|logged|collected|compiled)\b/u;
/** "Facebook spokesman: pandemic created…" — a headline's speaker before a colon. */
const HEADLINE = /^((?:[\w'’.&-]+ ){0,3}[\w'’.&-]+):\s/u;
/** A lead naming apps or platforms ("Facebook apps: 51%", "FB-owned platforms:"): what the figure counts, not a speaker. */
const APPS_LEAD = /\b(?:apps?|platforms?|sites?|services?|networks?)$/u;
/** Capitalised names the packs do not know ("Priti Patel said"). */
const NAME =
  /\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\s+(?:has |had )?(?:said|says|told|claimed|claims|warned|wrote|announced|stated|argued)\b/u;
/** One capitalised name before a headline's colon and a quotation ("Sandberg: 'People expect…'"). */
const ONE_NAME = /^(\p{Lu}\p{Ll}{2,}):\s*["“'‘]/u;
const ROLES =
  /\b(?:the )?(?:police|home secretary|government|ministers?|minister|ofcom|downing street|no ?10|labour|the tories|conservatives|unicef|barnardo'?s|iwf|internet watch foundation|ncmec|europol|the fbi|national crime agency|nca|childline|ceop)\b/u;

/**
 * Outlets a headline names bare before its colon ("Times: …", "Guardian: …"): words too common to read as an outlet
 * anywhere else ("three times", "the sun"). Their names are `OUTLETS`' ("the times" → The Times).
 */
const BARE_OUTLETS: ReadonlySet<string> = new Set([
  'times',
  'guardian',
  'telegraph',
  'mirror',
  'sun',
  'mail',
  'independent',
  'express',
  'observer',
]);

/** The name of an outlet a headline names bare ("times" → The Times), or undefined. */
function bareOutlet(words: string): string | undefined {
  const bare = words.trim().toLowerCase();
  if (!BARE_OUTLETS.has(bare)) return undefined;
  return OUTLETS[`the ${bare}`] ?? `The ${bare.charAt(0).toUpperCase()}${bare.slice(1)}`;
}

/** A clause in lower case with straight apostrophes, as the patterns here read it. */
const lowerClause = (clause: string) => clause.toLowerCase().replace(/[’‘]/gu, "'");

/**
 * Whether a clause says whose some words are ("the 'turn the tide' quote is Wanless's", "the call came from the
 * NSPCC"), naming someone the packs know: a claim of its own beside another.
 */
export function creditsWords(index: FactIndex, clause: string): boolean {
  const lower = lowerClause(clause);
  const phrase = QUOTE_OWNER.exec(lower)?.[1] ?? QUOTE_FROM.exec(lower)?.[1] ?? CAME_FROM.exec(lower)?.[1];
  return phrase !== undefined && entitySpeaker(index, phrase)?.id !== undefined;
}

/** Whether words are a news outlet's name, bare or in full ("Times", "the Guardian", "BBC"). */
export function isOutletName(words: string): boolean {
  return bareOutlet(words) !== undefined || Object.hasOwn(OUTLETS, words.trim().toLowerCase());
}

function entitySpeaker(index: FactIndex, phrase: string): Speaker | undefined {
  const bare = bareOutlet(phrase);
  if (bare) {
    const known = analyseText(phrase, index.vocab, false).entities.find((id) => index.entityKinds.get(id));
    return known
      ? { id: known, name: index.entityNames.get(known) ?? bare, outlet: true }
      : { name: bare, outlet: true };
  }
  const outlet = OUTLET.exec(phrase);
  if (outlet) return { name: OUTLETS[outlet[0]] ?? outlet[0], outlet: true };
  const found = analyseText(phrase, index.vocab, true).entities.find((id) => {
    const kind = index.entityKinds.get(id);
    return kind === 'person' || kind === 'organisation' || id === 'facebook';
  });
  if (found) {
    return { id: found, name: index.entityNames.get(found) ?? found, outlet: found === 'telegraph' };
  }
  const role = ROLES.exec(phrase);
  return role ? { name: role[0], outlet: false } : undefined;
}

/** The words before a headline's colon, unless they name the apps the figure counts. */
function headlineSpeaker(lower: string): string | undefined {
  const lead = HEADLINE.exec(lower)?.[1];
  return lead && !APPS_LEAD.test(lead) ? lead : undefined;
}

/** The speakers a claim credits, outlets and people alike, in order of appearance. */
export function readSpeakers(index: FactIndex, clause: string): Speaker[] {
  const lower = lowerClause(clause);
  const done =
    DONE_BY.exec(lower) ?? ((lower.match(/\bby\b/gu) ?? []).length === 1 ? DESCRIBED_BY.exec(lower) : null);
  // "The Telegraph cited Wanless urging…": the one cited is the one who spoke.
  const cited = CITED.exec(lower)?.[1];
  // "grooming via FB/WhatsApp" is where it happened, not who said so.
  const according = ACCORDING.exec(lower);
  const viaPlatform =
    according?.[0].startsWith('via') &&
    analyseText(according[1] ?? '', index.vocab, false).entities.some(
      (id) => index.entityKinds.get(id) === 'platform',
    );
  // "told boris to make tech firms pay up", "told Boris he has a chance": Boris is told, not telling (an outlet told
  // something reports it).
  const toldWhom =
    according?.[0].startsWith('told') &&
    (/\bto\b/u.test(according[1] ?? '') || entitySpeaker(index, according[1] ?? '')?.outlet === false);
  const phrases = [
    viaPlatform || toldWhom ? undefined : according?.[1],
    IT_WAS.exec(lower)?.[1],
    done?.[1],
    headlineSpeaker(lower),
    // (Not the one a passive names first, "Boris Johnson was urged by Wanless": the one after "by" did it.)
    PASSIVE_BY.exec(lower)?.[1] ?? BEFORE_SAY.exec(lower)?.[1],
    // "…, Wanless said" at the end, where an earlier "…before it is reported" took the first reading.
    SAID_LAST.exec(lower)?.[1],
    AFTER_SAY.exec(lower)?.[1],
    cited,
    QUOTE_FROM.exec(lower)?.[1],
    // "the call for a world-leading Online Harms Bill came from Peter Wanless": whoever it came from said it.
    CAME_FROM.exec(lower)?.[1],
    QUOTE_OWNER.exec(lower)?.[1],
  ];
  const speakers: Speaker[] = [];
  for (const [i, phrase] of phrases.entries()) {
    const found = phrase ? entitySpeaker(index, phrase) : undefined;
    const recorder = i === 2 && RECORDED_BY.test(lower);
    const deed = done?.[0].split(' ')[0];
    // "the remark … was made by Boris Johnson": words made by someone are said by them, not a deed.
    const madeWords = deed === 'made' && QUOTE_FROM.test(lower);
    const speaker =
      found && i === 2 && (DOES.test(lower) || recorder) && !madeWords
        ? { ...found, agent: true, ...(recorder ? { recorder } : {}), ...(deed ? { deed } : {}) }
        : found;
    if (speaker && !speakers.some((s) => s.name === speaker.name)) speakers.push(speaker);
  }
  const first = RECORDER_FIRST.exec(lower)?.[1];
  const keeper = first ? entitySpeaker(index, first) : undefined;
  if (keeper && !keeper.outlet && !speakers.some((s) => s.name === keeper.name))
    speakers.push({ ...keeper, agent: true, recorder: true });
  const outlet = OUTLET.exec(lower);
  if (outlet && /\b(?:told|to|in|by|reported|reports|ran|published|wrote|interview|from|on)\b/u.test(lower)) {
    const name = OUTLETS[outlet[0]] ?? outlet[0];
    if (!speakers.some((s) => s.name === name)) speakers.push({ name, outlet: true });
  }
  const unknown = NAME.exec(clause);
  if (unknown?.[1] && speakers.length === 0 && !entitySpeaker(index, unknown[1].toLowerCase()))
    speakers.push({ name: unknown[1], outlet: false });
  // A headline's speaker before a colon and a quotation ("Sandberg: 'People expect…'"), when no pack knows the name.
  const headline = ONE_NAME.exec(clause)?.[1];
  if (headline && speakers.length === 0 && unknownSpeakerName(index, headline))
    speakers.push({ name: headline, outlet: false });
  // A body no pack knows credited with the figure ("according to Ofsted", "Home Office figures show", "research by
  // Save the Children"): the source must name them in its attribution.
  const body = speakers.some((s) => !s.outlet) ? undefined : creditedBody(index, clause);
  if (body && !speakers.some((s) => s.name === body)) speakers.push({ name: body, outlet: false });
  return speakers;
}

/** A proper name: capitalised words, with the small words a body's name may hold ("Save the Children"). */
const PROPER = String.raw`\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|the|and|on|in)\s+)*\p{Lu}[\p{L}'’&.-]*)*`;
/** What a body puts out: its research, figures or data. */
const ITS_WORK =
  '(?:[Rr]esearch(?:ers)?|[Ss]tud(?:y|ies)|[Ss]urvey|[Aa]nalys(?:is|ts)|[Rr]eport|[Rr]eview|[Ff]igures|[Dd]ata|[Ss]tatistics|[Ss]tats|[Ee]stimates|[Nn]umbers|[Ff]indings)';
/** Where a claim credits a figure to a body: "according to X", "research by X", "X figures show", "X says". */
const CREDITED_BODY: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:[Aa]ccording to|[Aa]s reported by|[Pp]er)\s+(?:the\s+)?(${PROPER})`, 'u'),
  new RegExp(
    String.raw`\b${ITS_WORK}\s+(?:by|from|carried out by|published by|commissioned by)\s+(?:the\s+)?(${PROPER})`,
    'u',
  ),
  new RegExp(
    String.raw`(?:^|[,:;(]\s*|\b(?:[Aa]|[Aa]n|[Tt]he|[Nn]ew)\s+)(${PROPER})(?:['’]s)?\s+${ITS_WORK}\b`,
    'u',
  ),
  new RegExp(
    String.raw`^(?:[Tt]he\s+)?(${PROPER})\s+(?:has\s+|have\s+)?(?:says?|said|found|finds|estimates?|estimated|reports?|reported|claims?|claimed|warns?|warned|revealed|reveals|shows?|showed)\b`,
    'u',
  ),
];

/** The patterns before this one credit a body by its work or "according to"; the last, by a verb of saying. */
const SAYS_LAST = CREDITED_BODY.length - 1;

/** A name in capitals: an acronym ("ONS", "NHS"). */
const ACRONYM = /^\p{Lu}{3,6}$/u;
/** Acronyms of titles and places, not bodies. */
const TITLE_ACRONYM = /^(?:CEO|CFO|COO|MPS|USA)$/u;

/**
 * The name of a body the claim credits with a figure that no pack knows: several capitalised words that name
 * nothing the packs or their sources hold ("the Home Office", "Save the Children"), or one no dictionary holds
 * ("Ofsted"). Not in a headline written in title case, where capitals name nothing.
 */
function creditedBody(index: FactIndex, clause: string): string | undefined {
  const words = clause.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const capitals = words.filter((w) => /^["“‘'(]?\p{Lu}/u.test(w)).length;
  if (words.length >= 4 && capitals >= words.length * 0.6) return undefined;
  for (const [i, pattern] of CREDITED_BODY.entries()) {
    const name = pattern
      .exec(clause)?.[1]
      ?.replace(/['’]s?$/u, '')
      .replace(/^(?:the|an?)\s+/iu, '')
      .trim();
    if (!name || RELAY.test(name)) continue;
    const lower = name.toLowerCase();
    // A body named by a word of its own that no pattern of saying caught ("Ofcom figures show…"): that body.
    const known = entitySpeaker(index, lower);
    if (known && !known.id && !known.outlet && lower === known.name && !sourceUses(index, lower)) return name;
    if (known || isOutletName(lower)) continue;
    const read = analyseText(lower, index.vocab, false);
    if (read.entities.length > 0 || read.uncovered.length > 0) continue;
    const words = name.split(/\s+/u);
    const several = words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
    // An acronym of three letters or more is a body's name, however English its letters read ("ONS"), but not a title
    // ("CEO") nor one the source uses as a word ("ons" is in "organisations"); two capitals are someone's initials
    // ("JB reported that…").
    if (ACRONYM.test(name) && !TITLE_ACRONYM.test(name) && !sourceUsesWord(index, lower)) return name;
    if (sourceUses(index, lower)) continue;
    // (One word before "says" may be a first name relaying a figure in minutes: "Dan claims…".)
    if (several || (i < SAYS_LAST && unknownSpeakerName(index, name))) return name;
  }
  return undefined;
}

/** Entity ids the source credits with a fact: who said it and who reported it. */
export function factSpeakers(
  index: FactIndex,
  fact: IndexedFact,
): { sayers: Set<string>; reporters: Set<string> } {
  const { source, reportedBy } = fact.fact.attribution;
  // A person counts only when named ("Facebook's CEO" is not the NSPCC's chief executive).
  const named = (text: string, id: string) =>
    index.entityKinds.get(id) !== 'person' ||
    text.toLowerCase().includes((index.entityNames.get(id) ?? id).split(' ').pop()?.toLowerCase() ?? id);
  const ids = (text: string) =>
    new Set(analyseText(text, index.vocab, false).entities.filter((id) => named(text, id)));
  return { sayers: ids(source), reporters: ids(reportedBy) };
}

/** A person named by a title used in meetings, or no name at all ("iirc"): someone relaying, not a source. */
export const RELAY =
  /^(?:(?:cllr|councillor|cllrs|mr|mrs|ms|miss|mx|dr|prof|professor|rev|the chair|chair|the head|head|the clerk|clerk|the deputy|deputy)\b|(?:iirc|afaik|imo|tbh|apparently|basically)\b)/iu;

/**
 * Whether the source credits a fact to this speaker: `true`, `false` (someone else), or undefined when the
 * source names nobody the claim could be measured against.
 */
export function creditsSpeaker(index: FactIndex, fact: IndexedFact, speaker: Speaker): boolean | undefined {
  const { sayers, reporters } = factSpeakers(index, fact);
  if (speaker.outlet) {
    // Only an outlet the source names for this fact reported it; one it names for the same speaker's other words
    // ("Wanless told the Telegraph …" of what the article quotes him saying beside them) may have: no verdict on it.
    if (speaker.id && reporters.has(speaker.id)) return true;
    return speaker.id && reportedSameSpeaker(index, fact, speaker.id, sayers) ? undefined : false;
  }
  const words = (text: string) => new Set(analyseText(text, index.vocab, false).terms);
  const names = (text: string) => {
    const said = words(text);
    return [...words(speaker.name)].every((t) => said.has(t));
  };
  if (speaker.recorder) return names(`${fact.fact.quote} ${fact.fact.measure}`);
  // Who led or signed something is checked against what the source says was done, not who said it: where the
  // quote says "led by …" too, it must name them there.
  if (speaker.agent) {
    if (!speaker.id || !fact.entities.has(speaker.id)) return false;
    const byWhom = speaker.deed
      ? new RegExp(`\\b${speaker.deed} by ((?:\\S+\\s+){0,11}\\S+)`, 'iu').exec(fact.fact.quote)?.[1]
      : undefined;
    return byWhom === undefined || analyseText(byWhom, index.vocab, false).entities.includes(speaker.id);
  }
  // Someone in the room passing a figure on ("Cllr Hughes stated…", "…, said Cllr Ray" in minutes) relays it: the
  // claim is the figure, not who first said it.
  if (!speaker.id && RELAY.test(speaker.name)) return undefined;
  // Someone the packs do not know ("according to Ofcom") is right only if the source's attribution names them.
  if (!speaker.id) {
    const { source, reportedBy } = fact.fact.attribution;
    return names(`${source} ${reportedBy}`) ? undefined : false;
  }
  if (sayers.has(speaker.id)) return true;
  // A body speaks for its head ("the NSPCC" for its chief executive's words), by the names the pack gives them.
  if ([...sayers].some((id) => bodyOf(index, id) === speaker.id)) return true;
  // A figure the source credits to no one it names ("Police data"): only the body the pack says its figures come
  // from, one the fact is about, or someone speaking for either may be credited with it (not any body the pack knows).
  if (sayers.size === 0) return mayVoiceUnnamed(index, fact, speaker.id) ? undefined : false;
  return false;
}

/** Whether the source names this outlet as reporting another fact of the pack credited to the same speaker. */
function reportedSameSpeaker(
  index: FactIndex,
  fact: IndexedFact,
  outlet: string,
  sayers: ReadonlySet<string>,
): boolean {
  // (A fact no one is credited with is checked by the people it is about: "…, and police chiefs backed him".)
  const who =
    sayers.size > 0 ? [...sayers] : [...fact.entities].filter((id) => index.entityKinds.get(id) === 'person');
  if (who.length === 0) return false;
  return index.facts.some((other) => {
    if (other === fact || other.pack !== fact.pack) return false;
    const credited = factSpeakers(index, other);
    return credited.reporters.has(outlet) && who.some((id) => credited.sayers.has(id));
  });
}

/**
 * Whether someone may be credited with a fact the source gives no named speaker: the pack's note on where its figures
 * come from names them (or the body they speak for), or the fact is about them (a person or organisation it names).
 */
function mayVoiceUnnamed(index: FactIndex, fact: IndexedFact, id: string): boolean {
  const { note, publisher } = fact.pack.pack.source;
  const sources = new Set(analyseText(`${note ?? ''} ${publisher ?? ''}`, index.vocab, false).entities);
  const about = fact.fact.subjects.filter((s) =>
    ['person', 'organisation'].includes(index.entityKinds.get(s) ?? ''),
  );
  const body = bodyOf(index, id);
  return [id, body].some((who) => who !== undefined && (sources.has(who) || about.includes(who)));
}

/**
 * A capitalised word that names someone no pack knows: no English word, no word of the packs' own (a platform, a place,
 * "Lockdown", "Covid"), no place or name the packs list as not covered, and not a near-spelling of any word of a name
 * the packs know ("Wanles", "Zukerberg", "Helen" of Helen Marsh).
 */
export function unknownSpeakerName(index: FactIndex, name: string): boolean {
  const lower = name.toLowerCase();
  if (isEnglishWord(lower) || index.vocab.knownWords.has(lower)) return false;
  const read = analyseText(lower, index.vocab, false);
  if (read.entities.length > 0 || read.uncovered.length > 0 || OUTLET.test(lower)) return false;
  const known = [...index.entityNames.values()].flatMap((n) => n.toLowerCase().split(/\s+/u));
  return !known.some((w) => w.length >= 4 && (w === lower || editDistance(w, lower.replace(/s$/u, '')) <= 2));
}
