// The one line a terminal user sees when no chat platform is configured: which settings would start one.

/** Names the variables that start Slack, Discord or the API, for someone who expected them to. */
export const PLATFORM_HINT =
  'No Slack, Discord or API settings found, so this is the console chat. For Slack set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET); for Discord set DISCORD_TOKEN; for the HTTP API set STATBOT_API_TOKENS — in .env or the environment (see .env.example).';

/** The hint, only when nothing is configured and a person is typing at a terminal (never into a pipe). */
export function platformHint(anyPlatform: boolean, stdinIsTTY: boolean): string | undefined {
  return !anyPlatform && stdinIsTTY ? PLATFORM_HINT : undefined;
}
