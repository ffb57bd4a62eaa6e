// The /stats slash command definition, registered with Discord by `npm run discord:register`.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';

/** The /stats command with its subcommands, as Discord's API expects it. */
export function buildStatsCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName('stats')
    .setDescription('Cited statistics: every answer quotes its source')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
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
    .toJSON();
}
