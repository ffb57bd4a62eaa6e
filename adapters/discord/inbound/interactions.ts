// /stats subcommands, autocomplete and suggestion buttons.
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import type { AdapterDeps } from '../../../src/app/adapter.js';
import { type Ask, buildAsk } from '../../../src/app/ask.js';
import { settleWithin } from '../../../src/app/race-deadline.js';
import type { Reply } from '../../../src/app/reply-types.js';
import { isPrivateReply } from '../../../src/render/wording.js';
import { CHECK_COMMAND_NAME } from '../commands.js';
import {
  renderDiscordFact,
  renderDiscordGaps,
  renderDiscordHelp,
  renderDiscordSources,
  renderDiscordTopics,
} from '../render/catalogue.js';
import { renderDiscordClaims } from '../render/claims.js';
import { truncate } from '../render/escape.js';
import { ACTION_FEEDBACK, ACTION_SUGGEST, type DiscordMessage, renderDiscordReply } from '../render/reply.js';
import { ACTION_FEEDBACK_REASON, handleFeedbackButton, handleFeedbackReason } from './feedback.js';
import { discordPlainText } from './plain-text.js';

/** Past this, a reply is deferred so Discord's 3-second deadline is never missed. */
const DEFER_AFTER_MS = 1500;
const CHOICE_LIMIT = 25;

function askOf(interaction: Interaction, text: string, isPrivate: boolean): Ask {
  return buildAsk({
    platform: 'discord',
    userId: interaction.user.id,
    place: interaction.channelId ?? 'dm',
    private: isPrivate,
    text: discordPlainText(text),
    // The asker's own language; the server's where Discord sends no user locale.
    locale: interaction.locale ?? interaction.guildLocale,
  });
}

/** A rendered reply and whether only the asker should see it. */
interface Outgoing {
  message: DiscordMessage;
  ephemeral: boolean;
}

/** Replies with `work`'s result, deferring first (with the requested visibility) if it takes over DEFER_AFTER_MS. */
async function replyInTime(
  interaction: ChatInputCommandInteraction | ButtonInteraction | MessageContextMenuCommandInteraction,
  work: Promise<Outgoing>,
  deferEphemeral: boolean,
): Promise<void> {
  const ready = await settleWithin(work, DEFER_AFTER_MS);
  if (ready) {
    await interaction.reply({
      ...ready.value.message,
      ...(ready.value.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    });
    return;
  }
  await interaction.deferReply(deferEphemeral ? { flags: MessageFlags.Ephemeral } : {});
  await interaction.editReply((await work).message);
}

async function handleAutocomplete(interaction: AutocompleteInteraction, deps: AdapterDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices =
    focused.name === 'id'
      ? deps.service.completeFact(focused.value, CHOICE_LIMIT).map((f) => ({
          name: truncate(f.title, 100),
          value: f.id.slice(0, 100),
        }))
      : deps.service.completeQuestion(focused.value, CHOICE_LIMIT).map((q) => ({
          name: truncate(q.question, 100),
          value: truncate(q.question, 100),
        }));
  await interaction.respond(choices.slice(0, CHOICE_LIMIT));
}

async function handleStats(interaction: ChatInputCommandInteraction, deps: AdapterDeps): Promise<void> {
  switch (interaction.options.getSubcommand()) {
    case 'ask': {
      const ephemeral = interaction.options.getBoolean('private') ?? false;
      const ask = askOf(interaction, interaction.options.getString('question', true), ephemeral);
      const work = deps.service.ask(ask.text, ask).then((reply: Reply) => ({
        message: renderDiscordReply(reply),
        ephemeral: ephemeral || isPrivateReply(reply),
      }));
      await replyInTime(interaction, work, ephemeral);
      return;
    }
    case 'check': {
      const ask = askOf(interaction, interaction.options.getString('text', true), true);
      const work = deps.service
        .check(ask.text, ask)
        .then((reply) => ({ message: renderDiscordClaims(reply), ephemeral: true }));
      await replyInTime(interaction, work, true);
      return;
    }
    case 'fact':
      await interaction.reply(
        renderDiscordFact(deps.service.fact(interaction.options.getString('id', true))),
      );
      return;
    case 'topics':
      await interaction.reply(renderDiscordTopics(deps.service.topics()));
      return;
    case 'sources':
      await interaction.reply(renderDiscordSources(deps.service.sources()));
      return;
    case 'gaps':
      await interaction.reply({
        ...renderDiscordGaps(await deps.service.gapsReport(`discord:${interaction.user.id}`)),
        flags: MessageFlags.Ephemeral,
      });
      return;
    default:
      await interaction.reply({ ...renderDiscordHelp(), flags: MessageFlags.Ephemeral });
  }
}

/**
 * A suggestion click asks that fact's question through the service, like any question: the rate limit, the
 * feedback buttons, the gaps log and the conversation context apply (as in Slack).
 */
async function handleSuggestion(interaction: ButtonInteraction, deps: AdapterDeps): Promise<void> {
  const [packId = '', factId = ''] = interaction.customId.slice(ACTION_SUGGEST.length).split(':');
  const question = deps.service.suggestedQuestion(packId, factId);
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const work = question
    ? deps.service.ask(question, askOf(interaction, question, ephemeral)).then((reply) => ({
        message: renderDiscordReply(reply),
        ephemeral: ephemeral || isPrivateReply(reply),
      }))
    : Promise.resolve({ message: renderDiscordFact(undefined), ephemeral });
  await replyInTime(interaction, work, ephemeral);
}

/**
 * Apps → Check statistics: the picked message arrives with the interaction (`data.resolved.messages`), so this
 * works where statbot is only installed by the user, with no gateway event and nothing cached.
 */
async function handleCheckMessage(
  interaction: MessageContextMenuCommandInteraction,
  deps: AdapterDeps,
): Promise<void> {
  const ask = askOf(interaction, interaction.targetMessage.content ?? '', true);
  const work = deps.service
    .check(ask.text, ask)
    .then((reply) => ({ message: renderDiscordClaims(reply), ephemeral: true }));
  await replyInTime(interaction, work, true);
}

/** Routes one interaction; unknown interactions are ignored. */
export async function handleInteraction(interaction: Interaction, deps: AdapterDeps): Promise<void> {
  if (interaction.isMessageContextMenuCommand()) {
    if (interaction.commandName === CHECK_COMMAND_NAME) await handleCheckMessage(interaction, deps);
  } else if (interaction.isAutocomplete()) {
    if (interaction.commandName === 'stats') await handleAutocomplete(interaction, deps);
  } else if (interaction.isChatInputCommand()) {
    if (interaction.commandName === 'stats') await handleStats(interaction, deps);
  } else if (interaction.isButton() && interaction.customId.startsWith(ACTION_SUGGEST)) {
    await handleSuggestion(interaction, deps);
  } else if (interaction.isButton() && interaction.customId.startsWith(ACTION_FEEDBACK)) {
    await handleFeedbackButton(interaction, deps);
  } else if (interaction.isModalSubmit() && interaction.customId.startsWith(ACTION_FEEDBACK_REASON)) {
    await handleFeedbackReason(interaction, deps);
  }
}
