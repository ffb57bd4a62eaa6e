// What the gaps log may keep: only plain statistics questions, with platform markup and personal details removed.
import { createRequire } from 'node:module';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { find as findLinks } from 'linkifyjs';
import { type Screening, screenMessage } from '../safety/screen.js';
import { stripChatMarkup } from '../text/chat-markup.js';

/**
 * A question may be kept only when it is neither a concern nor a harmful ask, and is on the packs' topic: the core
 * matched it to the packs (`onTopic`: not covered, ambiguous, down-voted) or it asks for a figure in so many words.
 */
export function mayKeepQuestion(screening: Screening, onTopic: boolean): boolean {
  // Off the packs' topic, only an explicit ask for a figure counts: a bare number is as often an age as a statistic.
  return mayKeepText(screening) && (onTopic || screening.asksStatistic);
}

/** Free text (a 👎 reason) may be kept only when nothing in it hints at a concern or a harmful ask. */
export function mayKeepText(screening: Screening): boolean {
  return !screening.safeguarding && !screening.harmful && !screening.caution;
}

type Span = { start: number; end: number; label: string };

const AGE_WITH_PERSON = [
  /\b\d{1,2}\s?[-‐]?\s?(?:yo|y\/o|yrs?|years?)(?:[\s-]?olds?)?\b/giu,
  /\b(?:aged?|age)\s+\d{1,2}\b/giu,
  /\b(?:she|he|they|i|we)\s*(?:'s|'m|'re|\sis|\sam|\sare|\swas)\s+(?:only\s+|just\s+)?\d{1,2}\b/giu,
  /\(\s*\d{1,2}\s*[mfMF]?\s*\)/gu,
];
const HANDLE = /(?<![\w.])@[\p{L}\p{N}_.]{2,32}/gu;
const PHONE_LIKE = /\+?\d[\d ()-]{8,}\d/gu;

function regexSpans(text: string, pattern: RegExp, label: string, keep?: (match: string) => boolean): Span[] {
  return [...text.matchAll(pattern)]
    .filter((m) => !keep?.(m[0]))
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, label }));
}

/** Names a person: compromise's people finder, loaded on the first gap written (most processes never write one). */
type PeopleFinder = (text: string) => string[];
let findPeople: PeopleFinder | undefined;

function peopleIn(text: string): string[] {
  if (!findPeople) {
    const nlp = createRequire(import.meta.url)('compromise') as (t: string) => {
      people(): { out(format: 'array'): string[] };
    };
    findPeople = (t) => nlp(t).people().out('array');
  }
  return findPeople(text);
}

/**
 * The text with chat markup removed and each personal detail replaced by a label: names (except the people the
 * packs name), ages with a person, @handles, e-mail addresses, URLs and phone numbers.
 */
export function redactForGaps(text: string, publicNames: ReadonlySet<string> = new Set()): string {
  const plain = stripChatMarkup(text).replace(/\s+/gu, ' ').trim();
  const spans: Span[] = [
    ...findLinks(plain).map((l) => ({
      start: l.start,
      end: l.end,
      label: l.type === 'email' ? '[email]' : '[link]',
    })),
    ...findPhoneNumbersInText(plain, 'GB').map((p) => ({
      start: p.startsAt,
      end: p.endsAt,
      label: '[phone]',
    })),
    ...regexSpans(plain, PHONE_LIKE, '[phone]', (m) => m.replace(/\D/gu, '').length < 10),
    ...regexSpans(plain, HANDLE, '[handle]'),
    ...AGE_WITH_PERSON.flatMap((p) => regexSpans(plain, p, '[age]')),
  ];
  for (const name of peopleIn(plain)) {
    const bare = name.replace(/[^\p{L}\p{N}' -]/gu, '').trim();
    if (!bare || publicNames.has(bare.toLowerCase())) continue;
    const at = plain.indexOf(bare);
    if (at >= 0) spans.push({ start: at, end: at + bare.length, label: '[name]' });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += plain.slice(at, span.start) + span.label;
    at = span.end;
  }
  return out + plain.slice(at);
}

/**
 * For text already stored: its redacted form if today's checks would keep it, or null to drop it. `reason` is the
 * row's decline reason for a question (off-topic ones must read as statistics questions), undefined for a 👎 reason.
 */
export function reviewStoredText(
  text: string,
  publicNames: ReadonlySet<string>,
  reason?: string,
): string | null {
  const screening = screenMessage(text);
  const keep =
    reason === undefined
      ? mayKeepText(screening)
      : mayKeepQuestion(screening, !reason.startsWith('off_topic'));
  return keep ? redactForGaps(text, publicNames) : null;
}

/** The people the packs name, who may stay named in stored questions. */
export function publicNamesOf(
  packs: ReadonlyArray<{
    entities: ReadonlyArray<{ kind: string; name: string; aliases: readonly string[] }>;
  }>,
): Set<string> {
  return new Set(
    packs.flatMap((p) =>
      p.entities
        .filter((e) => e.kind === 'person')
        .flatMap((e) => [e.name, ...e.aliases].map((n) => n.toLowerCase())),
    ),
  );
}
