// Questions about one named body itself rather than a figure — "What does NSPCC stand for?", "Where is the NSPCC
// based?", "Who carried out the research?" — answered by the fact whose quote says it: the name written out in full,
// "UK-based" before the name, or the study credited to the body. A body most facts name matches every fact equally,
// so the words alone decline these.
import { escapeRegExp } from '../../text/escape-regexp.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import type { Analysis } from '../understand/analyse.js';
import { findMismatch } from './guards.js';

/** What is asked about the body, and how a quote says it. */
const ASPECTS: ReadonlyArray<{ asked: RegExp; says: (quote: string, names: readonly string[]) => boolean }> =
  [
    {
      // "What does NSPCC stand for?", "the charity's full name": the quote writes the name out in words.
      asked: /\b(?:stands? for|full name|short for|acronym|abbreviation|written out)\b/u,
      says: (quote, names) => names.some((n) => n.split(' ').length >= 3 && quote.includes(n)),
    },
    {
      // "Where is the NSPCC based?", "which country is the charity from?": "UK-based …", "the UK's leading … charity".
      asked:
        /\bwhere(?:'s| is| are| was)?\b.{0,40}\bbased\b|\b(?:which|what) country\b.{0,40}\b(?:from|based|in)\b|\bbased (?:in )?which country\b/u,
      says: (quote, names) =>
        names.some((n) =>
          new RegExp(String.raw`\b\w+-based\b[^.]{0,20}${escapeRegExp(n)}`, 'u').test(quote),
        ) ||
        /\b(?:uk|britain|england|scotland|wales|ireland|us|usa|america)'s (?:leading |largest |national )?[\w' ]{0,30}(?:charity|organisation|body|agency)\b/u.test(
          quote,
        ),
    },
    {
      // "Who carried out the research?", "whose study is this?": the quote credits the study to the body.
      asked:
        /\b(?:who|which (?:charity|organisation|organization|body|group))\b.{0,20}\b(?:did|carried out|conducted|ran|run|produced|led|wrote|commissioned|behind)\b.{0,20}\b(?:research|study|report|survey|analysis)\b|\bwhose (?:research|study|report|survey|analysis)\b/u,
      says: (quote, names) =>
        /\b(?:research|study|survey|analysis) (?:by|from|of)\b|\b(?:a|the) (?:recent )?(?:study|research|survey) by\b/u.test(
          quote,
        ) && names.some((n) => quote.includes(n)),
    },
  ];

const RESEARCH = /\b(?:research|study|survey|analysis)\b/u;

/** Every way a pack writes an entity's name, lower-case: its name and aliases. */
export function namesOf(index: FactIndex, id: string): string[] {
  const names = new Set<string>();
  for (const pack of index.packs)
    for (const e of pack.entities)
      if (e.id === id) for (const n of [e.name, ...e.aliases]) names.add(n.toLowerCase());
  return [...names];
}

/**
 * The fact that answers a question about one organisation itself, or undefined. The question names one organisation
 * (or says "the charity", "the research" of the pack's one organisation that did it) and asks one of `ASPECTS`.
 */
export function entityProfileFact(
  index: FactIndex,
  folded: string,
  entities: readonly string[],
): IndexedFact | undefined {
  const aspect = ASPECTS.find((a) => a.asked.test(folded));
  // Only a question about the body alone: one that also asks about a platform or a share ("the opening claim about
  // Facebook-owned apps, and whose research it is") is the figure's.
  if (
    !aspect ||
    entities.some((id) => index.entityKinds.get(id) === 'platform') ||
    /\b(?:share|percent|per cent|%|how many|figure|claim)\b/u.test(folded)
  )
    return undefined;
  const organisations = entities.filter((id) => index.entityKinds.get(id) === 'organisation');
  // "Who carried out the research?" names no one: any organisation the packs list may be the one. A name written out
  // or a base is asked of a body the question names ("What does KSI stand for?" asks of no body, and got the release's
  // header for naming the council in full).
  if (organisations.length === 0 && aspect !== ASPECTS[2]) return undefined;
  const candidates =
    organisations.length > 0
      ? organisations
      : [...index.entityKinds].filter(([, kind]) => kind === 'organisation').map(([id]) => id);
  if (organisations.length > 1) return undefined;
  const names = new Map(candidates.map((id) => [id, namesOf(index, id)]));
  const found = index.facts.filter((f) => {
    const quote = f.fact.quote.toLowerCase();
    return candidates.some((id) => f.entities.has(id) && aspect.says(quote, names.get(id) ?? []));
  });
  // A quote that names the body by its own name ("(NSPCC)", "#NSPCC") before one that only calls it "the charity";
  // then the source's order.
  const byName = (f: IndexedFact) =>
    candidates.some((id) =>
      f.fact.quote.toLowerCase().includes((index.entityNames.get(id) ?? id).toLowerCase()),
    );
  // Where "the charity behind the research" is based: the quote that credits the research comes first.
  const research = (f: IndexedFact) => RESEARCH.test(f.fact.quote.toLowerCase());
  if (aspect === ASPECTS[1] && RESEARCH.test(folded))
    return found.find(research) ?? found.find(byName) ?? found[0];
  return found.find(byName) ?? found[0];
}

/** Asks what one named person is or whom they speak for: "which organisation does Daniel Okafor speak for?". */
const ROLE_ASKED =
  /\b(?:(?:which|what) (?:organisation|organization|charity|group|body|company|council|department|team)\b.{0,40}\b(?:speaks?|spoke|works?|worked|represents?|represented|belongs?)\b|who (?:does|did|do) .{1,30}\b(?:work|speak|speaks) for\b|(?:what|which) (?:is|was|'s) (?:his|her|their) (?:role|job|title|position|post)\b|(?:what|which) (?:role|job|title|position|post) (?:does|did|do|is|was)\b|\b(?:role|job|title|position|post) of\b)/u;

/** Words that say what someone is: a title or a role beside their name in a quote. */
const ROLE_WORD =
  /\b(?:chief|executive|ceo|chair|chairman|chairwoman|director|head|spokes\w*|member|councillor|minister|secretary|officer|president|founder|manager|editor|leader|mayor|commissioner)\b/u;

/** Stems of the words a question about someone's role asks with. */
const ROLE_TERMS: ReadonlySet<string> = new Set(
  'organis organ work speak spoke repres belong role job titl posit post hold chariti group bodi compani council depart team'.split(
    ' ',
  ),
);

/**
 * The fact whose quote says what the one person a question names is ("Daniel Okafor, spokesperson for the road-safety
 * charity Roadwise Trust, said…"), when the question asks their role or whom they speak for; undefined otherwise.
 * (A role asked of another time or place, "…speak for in 2019?", "…in Westshire?", or with words the packs do not
 * know, is the guards' and the matcher's to decline.)
 */
export function personRoleFact(
  index: FactIndex,
  folded: string,
  analysis: Analysis,
): IndexedFact | undefined {
  if (
    !ROLE_ASKED.test(folded) ||
    /\b(?:how many|percent|per cent|%|figure|share)\b/u.test(folded) ||
    // (How long someone has held the post, or since when, is no question of what it is.)
    /\bhow long\b|\bsince when\b|\bwhen did (?:\S+ ){1,3}(?:become|take over|start|join)\b/u.test(folded)
  )
    return undefined;
  const people = analysis.entities.filter((id) => index.entityKinds.get(id) === 'person');
  const [person] = people;
  if (!person || people.length > 1) return undefined;
  const asksOnlyRole =
    analysis.uncovered.length === 0 &&
    analysis.terms.every((t) => t.startsWith('@') || index.idf.has(t) || ROLE_TERMS.has(t));
  if (!asksOnlyRole) return undefined;
  const names = namesOf(index, person).filter((n) => n.includes(' '));
  const fact = index.facts.find((f) => {
    const quote = f.fact.quote.toLowerCase();
    return names.some((n) => {
      const at = quote.indexOf(n);
      return at >= 0 && ROLE_WORD.test(quote.slice(Math.max(0, at - 40), at + n.length + 60));
    });
  });
  return fact && !findMismatch(index, fact, analysis) ? fact : undefined;
}
