// Generates a realistic knowledge pack of N facts (with its source text and eval questions) for benchmarks.
import type { Fact, Pack } from '../src/pack/schema.js';

const MEASURES = [
  'online grooming offences',
  'reports of image-based abuse',
  "calls to the children's helpline",
  'referrals to social services',
  'sextortion cases',
  'reports of online harassment',
  'missing child alerts',
  'cases of child sexual exploitation',
  'contacts from worried parents',
  'school safeguarding referrals',
  'arrests for indecent images',
  'takedown requests',
  'accounts removed for child safety',
  'reports to the hotline',
  'children supported by counsellors',
  'cyberbullying complaints',
  'livestreaming abuse reports',
  'grooming investigations opened',
  'convictions for online offences',
  'age verification failures',
  'reports from teachers',
  'self-generated imagery reports',
  'children contacted by strangers',
  'harmful content flags',
  'police callouts',
];
const PLACES = [
  'Yorkshire',
  'Cornwall',
  'Kent',
  'Essex',
  'Devon',
  'Norfolk',
  'Suffolk',
  'Cumbria',
  'Lancashire',
  'Merseyside',
  'Cheshire',
  'Derbyshire',
  'Leicestershire',
  'Lincolnshire',
  'Northumberland',
  'Durham',
  'Somerset',
  'Dorset',
  'Wiltshire',
  'Hampshire',
  'Surrey',
  'Sussex',
  'Berkshire',
  'Oxfordshire',
  'Gloucestershire',
  'Herefordshire',
  'Shropshire',
  'Staffordshire',
  'Warwickshire',
  'Nottinghamshire',
  'Bedfordshire',
  'Hertfordshire',
  'Cambridgeshire',
  'Northamptonshire',
  'Powys',
  'Gwynedd',
  'Ceredigion',
  'Pembrokeshire',
  'Anglesey',
  'Monmouthshire',
];
const PLATFORMS = [
  'Kik',
  'Yubo',
  'Omegle',
  'Tumblr',
  'Pinterest',
  'Twitch',
  'Reddit',
  'Telegram',
  'Viber',
  'Skype',
  'Roblox',
  'Fortnite',
  'Minecraft',
  'Zepeto',
  'Wizz',
  'Hoop',
  'Likee',
  'Triller',
  'Clubhouse',
  'Grindr',
];
const YEARS = Array.from({ length: 15 }, (_, i) => 2010 + i);

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface GeneratedPack {
  pack: Pack;
  questions: Array<{ q: string; expect: string }>;
}

/** `n` distinct facts (measure × place × year × platform), each with its quote in the source text. */
export function generatePack(n: number, seed = 42): GeneratedPack {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const seen = new Set<string>();
  const facts: Fact[] = [];
  const sentences: string[] = [];
  while (facts.length < n) {
    const measure = pick(MEASURES);
    const place = pick(PLACES);
    const year = pick(YEARS);
    const platform = pick(PLATFORMS);
    const key = `${measure}|${place}|${year}|${platform}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const count = 100 + Math.floor(rand() * 90_000);
    const display = count.toLocaleString('en-GB');
    const quote = `Officials said ${display} ${measure} linked to ${platform} were recorded in ${place} during ${year}, according to the annual review.`;
    sentences.push(quote);
    const id = `${slug(measure)}-${slug(place)}-${year}-${slug(platform)}`;
    facts.push({
      id,
      title: `${measure} on ${platform}, ${place}, ${year}`,
      statement: `${display} ${measure} linked to ${platform} were recorded in ${place} in ${year}.`,
      figures: [{ value: count, unit: 'count', display, label: measure }],
      measure: `Number of ${measure}`,
      period: { label: String(year), from: `${year}-01`, to: `${year}-12` },
      place,
      subjects: [slug(place), slug(platform)],
      attribution: { source: 'The annual review', reportedBy: 'the article' },
      quote,
      caveats: [],
      questions: [
        `How many ${measure} on ${platform} in ${place} in ${year}?`,
        `${measure} ${platform} ${place} ${year}`,
        `number of ${measure} linked to ${platform} recorded in ${place} during ${year}`,
      ],
      keywords: [],
      related: [],
    });
  }
  const entities = [
    ...PLACES.map((p) => ({ id: slug(p), name: p, kind: 'place' as const, aliases: [] })),
    ...PLATFORMS.map((p) => ({ id: slug(p), name: p, kind: 'platform' as const, aliases: [] })),
  ];
  const pack: Pack = {
    dir: '(generated)',
    sourceText: sentences.join('\n'),
    pack: {
      id: 'generated',
      title: 'Generated benchmark pack',
      description: 'Synthetic facts for benchmarks.',
      source: { file: 'source.txt', headline: '', url: '', publisher: '', published: '', note: '' },
      covers: {
        summary: 'Synthetic statistics.',
        periods: ['2010 to 2024'],
        places: PLACES,
        platforms: PLATFORMS,
        organisations: [],
        people: [],
      },
    },
    synonyms: { child: ['children', 'kids'], offence: ['offences', 'crimes'] },
    entities,
    comparisons: [],
    facts,
  };
  const questions = Array.from({ length: 500 }, () => {
    const f = pick(facts);
    const [measure = '', platform = '', place = '', year = ''] = [
      f.measure.replace('Number of ', ''),
      f.subjects[1] ?? '',
      f.place ?? '',
      f.period?.label ?? '',
    ];
    const platformName = PLATFORMS.find((p) => slug(p) === platform) ?? platform;
    const variants = [
      `how many ${measure} were there on ${platformName} in ${place} in ${year}?`,
      `${place} ${year}: ${measure} on ${platformName.toLowerCase()}?`,
      `what was the number of ${measure} linked to ${platformName} in ${place}, ${year}`,
    ];
    return { q: pick(variants), expect: f.id };
  });
  return { pack, questions };
}
