// General knowledge of platforms and places people may ask about, so the core can tell
// "the source has no figures for X" apart from an unknown word. Packs add their own.

/** Online platforms, apps and games (lower-case spellings people type → display name). */
export const KNOWN_PLATFORMS: Readonly<Record<string, string>> = {
  tiktok: 'TikTok',
  'tik tok': 'TikTok',
  twitter: 'Twitter',
  youtube: 'YouTube',
  'you tube': 'YouTube',
  discord: 'Discord',
  roblox: 'Roblox',
  twitch: 'Twitch',
  reddit: 'Reddit',
  telegram: 'Telegram',
  kik: 'Kik',
  fortnite: 'Fortnite',
  minecraft: 'Minecraft',
  skype: 'Skype',
  omegle: 'Omegle',
  tumblr: 'Tumblr',
  pinterest: 'Pinterest',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  wechat: 'WeChat',
  viber: 'Viber',
  xbox: 'Xbox',
  playstation: 'PlayStation',
  yubo: 'Yubo',
  'google hangouts': 'Google Hangouts',
  imessage: 'iMessage',
  facetime: 'FaceTime',
  'only fans': 'OnlyFans',
  onlyfans: 'OnlyFans',
  // Tech companies and apps asked about beside the platforms a source names ("what's Apple's stance on encryption?").
  apple: 'Apple',
  google: 'Google',
  microsoft: 'Microsoft',
  amazon: 'Amazon',
  nintendo: 'Nintendo',
  'epic games': 'Epic Games',
  tinder: 'Tinder',
  grindr: 'Grindr',
  bereal: 'BeReal',
  icloud: 'iCloud',
};

/** Countries and regions (lower-case spellings → display name). */
export const KNOWN_PLACES: Readonly<Record<string, string>> = {
  scotland: 'Scotland',
  'northern ireland': 'Northern Ireland',
  // (UK usage: "NI saw a 25% jump".)
  ni: 'Northern Ireland',
  ireland: 'Ireland',
  london: 'London',
  manchester: 'Manchester',
  birmingham: 'Birmingham',
  'united states': 'the United States',
  usa: 'the United States',
  america: 'the United States',
  // "us" alone is a pronoun; "the US" is the country.
  'the us': 'the United States',
  'the u s': 'the United States',
  canada: 'Canada',
  australia: 'Australia',
  'new zealand': 'New Zealand',
  france: 'France',
  germany: 'Germany',
  spain: 'Spain',
  italy: 'Italy',
  india: 'India',
  china: 'China',
  japan: 'Japan',
  europe: 'Europe',
  eu: 'the EU',
  'european union': 'the EU',
  africa: 'Africa',
  asia: 'Asia',
  worldwide: 'the world as a whole',
  globally: 'the world as a whole',
  global: 'the world as a whole',
  netherlands: 'the Netherlands',
  sweden: 'Sweden',
  norway: 'Norway',
  brazil: 'Brazil',
  mexico: 'Mexico',
  russia: 'Russia',
  pakistan: 'Pakistan',
  nigeria: 'Nigeria',
  philippines: 'the Philippines',
};

/** What a national figure is called in a decline: the country as a whole, which a local pack has no figures for. */
export const NATIONAL_PLACE = 'the country as a whole';

/** Names of a nation (lower case) that a local pack may list among the places it has no figures for. */
export const NATION_NAMES: ReadonlySet<string> = new Set([
  'uk',
  'united kingdom',
  'great britain',
  'britain',
  'england',
  'wales',
  'scotland',
  'northern ireland',
  'england and wales',
  'ireland',
  'the united states',
  'usa',
  'us',
]);

/**
 * Words for the nation as a whole ("the national average", "nationally", "across the country"): another place for a
 * pack about one county or town that says it has no figures for the nation.
 */
export const NATIONAL_WORDS: readonly string[] = [
  'national',
  'nationally',
  'nationwide',
  'nation-wide',
  'countrywide',
  'country-wide',
  'across the country',
  'the whole country',
  'the country as a whole',
  'whole of the country',
  'rest of the country',
  'nation as a whole',
];

/**
 * What people call a place's own, read as the place only where it says whose figures are asked for ("Scottish
 * police", "American kids", "French data"): "Chinese whispers", "Italian bikes" and "a Dutch colleague" name no
 * place of the figures. (Not English, Welsh or British: a pack's place may hold them, and "English" is the language.)
 */
export const PLACE_ADJECTIVES: Readonly<Record<string, string>> = {
  scottish: 'scotland',
  'northern irish': 'northern ireland',
  irish: 'ireland',
  american: 'the united states',
  canadian: 'canada',
  australian: 'australia',
  french: 'france',
  german: 'germany',
  spanish: 'spain',
  italian: 'italy',
  indian: 'india',
  chinese: 'china',
  japanese: 'japan',
  european: 'europe',
  dutch: 'the netherlands',
  swedish: 'sweden',
  norwegian: 'norway',
  brazilian: 'brazil',
  mexican: 'mexico',
  russian: 'russia',
};
/** What figures are of: the words after a place's adjective that make it the place of the figures. */
export const FIGURES_OF =
  '(?:police|forces?|figures?|data|cases|offences|crimes|statistics|stats|numbers|children|kids|schools?|pupils|government|authorities|victims|courts?|councils?|roads?|drivers|casualties|deaths|families|parents|teenagers|teens|young people|girls|boys|platforms|research|rates?|levels|totals?|charity|charities|organisations?|organizations?|company|companies|firms?|study|studies|researchers?|reports?|newspapers?|papers?|press|media|laws?|bills?|regulators?|ministers?)';
