// General knowledge of platforms and places people may ask about, so the core can tell
// "the source has no figures for X" apart from an unknown word. Packs add their own.

/** Online platforms, apps and games (lower-case spellings people type → display name). */
export const KNOWN_PLATFORMS: Readonly<Record<string, string>> = {
  tiktok: 'TikTok', 'tik tok': 'TikTok', twitter: 'Twitter', youtube: 'YouTube', 'you tube': 'YouTube',
  discord: 'Discord', roblox: 'Roblox', twitch: 'Twitch', reddit: 'Reddit', telegram: 'Telegram', kik: 'Kik',
  fortnite: 'Fortnite', minecraft: 'Minecraft', skype: 'Skype', omegle: 'Omegle', tumblr: 'Tumblr',
  pinterest: 'Pinterest', linkedin: 'LinkedIn', bluesky: 'Bluesky', wechat: 'WeChat', viber: 'Viber',
  xbox: 'Xbox', playstation: 'PlayStation', yubo: 'Yubo', 'google hangouts': 'Google Hangouts',
  imessage: 'iMessage', facetime: 'FaceTime', 'only fans': 'OnlyFans', onlyfans: 'OnlyFans',
};

/** Countries and regions (lower-case spellings → display name). */
export const KNOWN_PLACES: Readonly<Record<string, string>> = {
  scotland: 'Scotland', 'northern ireland': 'Northern Ireland', ireland: 'Ireland', london: 'London',
  manchester: 'Manchester', birmingham: 'Birmingham', 'united states': 'the United States', usa: 'the United States',
  america: 'the United States', canada: 'Canada', australia: 'Australia',
  'new zealand': 'New Zealand', france: 'France', germany: 'Germany', spain: 'Spain', italy: 'Italy', india: 'India',
  china: 'China', japan: 'Japan', europe: 'Europe', eu: 'the EU', 'european union': 'the EU', africa: 'Africa',
  asia: 'Asia', worldwide: 'the world as a whole', globally: 'the world as a whole', global: 'the world as a whole',
  netherlands: 'the Netherlands', sweden: 'Sweden', norway: 'Norway', brazil: 'Brazil', mexico: 'Mexico',
  russia: 'Russia', pakistan: 'Pakistan', nigeria: 'Nigeria', philippines: 'the Philippines',
};
