// The /stats slash command and the "Check statistics" message command, registered by `npm run discord:register`.
// Both are user-installable as well as server-installable, so anyone can use them in any server or DM.
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';

/** The message command's name, as it shows under Apps in a message's menu. */
export const CHECK_COMMAND_NAME = 'Check statistics';

/** Where the commands can be used: servers, DMs with statbot, and group or other DMs (for a user install). */
const CONTEXTS = [
  InteractionContextType.Guild,
  InteractionContextType.BotDM,
  InteractionContextType.PrivateChannel,
];
const INSTALLS = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];

/** The /stats command with its subcommands, as Discord's API expects it. */
export function buildStatsCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName('stats')
    .setDescription('Cited statistics: every answer quotes its source')
    .setContexts(...CONTEXTS)
    .setIntegrationTypes(...INSTALLS)
    .addSubcommand((sub) =>
      sub
        .setName('ask')
        .setDescription('Ask a question about the statistics statbot knows')
        .addStringOption((o) =>
          o
            .setName('question')
            .setDescription('Your question')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(500),
        )
        .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('fact')
        .setDescription('Show one fact in full')
        .addStringOption((o) =>
          o.setName('id').setDescription('Fact id or title').setRequired(true).setAutocomplete(true),
        ),
    )
    .addSubcommand((sub) => sub.setName('topics').setDescription('What statbot covers, and what it does not'))
    .addSubcommand((sub) => sub.setName('sources').setDescription('Where the figures come from'))
    .addSubcommand((sub) => sub.setName('help').setDescription('How to ask statbot'))
    .addSubcommand((sub) =>
      sub.setName('gaps').setDescription('Admins: the questions statbot could not answer'),
    )
    .addSubcommand((sub) =>
      sub
        .setName('check')
        .setDescription('Check the statistics in a piece of text against the source')
        .addStringOption((o) =>
          o.setName('text').setDescription('The text to check').setRequired(true).setMaxLength(2000),
        ),
    )
    .toJSON();
}

/** Apps → Check statistics on any message: checks its claims and answers only the person who asked. */
export function buildCheckCommand(): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(CHECK_COMMAND_NAME)
    .setType(ApplicationCommandType.Message)
    .setContexts(...CONTEXTS)
    .setIntegrationTypes(...INSTALLS)
    .toJSON();
}

/** Every command statbot registers. */
export function buildCommands(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [buildStatsCommand(), buildCheckCommand()];
}
