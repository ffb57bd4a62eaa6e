// @mentions in server channels and direct messages: reply to the message that asked.
import type { Client, Message } from 'discord.js';
import type { AdapterDeps } from '../../../src/app/adapter.js';
import { buildAsk } from '../../../src/app/ask.js';
import { renderDiscordReply } from '../render/reply.js';
import { discordPlainText } from './plain-text.js';

/** A real mention of statbot (not @everyone, not a role) in a server, or any message in a DM. */
export function isQuestionForBot(message: Message, client: Client): boolean {
  if (message.author.bot || message.webhookId || message.system) return false;
  if (!message.inGuild()) return true;
  const botId = client.user?.id;
  return Boolean(botId && message.mentions.users.has(botId));
}

export async function handleMessage(message: Message, client: Client, deps: AdapterDeps): Promise<void> {
  if (!isQuestionForBot(message, client)) return;
  const ask = buildAsk({
    platform: 'discord',
    userId: message.author.id,
    place: message.channelId,
    text: discordPlainText(message.content),
    // A message carries no user locale: the server's language is the nearest Discord gives.
    locale: message.guild?.preferredLocale,
  });
  const reply = await deps.service.ask(ask.text, ask);
  deps.logger.debug({ channel: message.channelId, status: reply.status }, 'discord: answered');
  await message.reply(renderDiscordReply(reply));
}
