// Discord adapter: a discord.js client that answers /stats, @mentions and DMs with cited embeds.
import {
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
} from 'discord.js';
import type { Adapter, AdapterDeps } from '../../src/app/adapter.js';
import { reportFailure } from '../../src/app/report-failure.js';
import { startFailure } from '../../src/app/start-error.js';
import { StatbotError } from '../../src/errors.js';
import { handleInteraction } from './inbound/interactions.js';
import { handleMessage } from './inbound/messages.js';
import { restOptions } from './rest-backoff.js';
import type { DiscordConfig } from './settings.js';

export interface DiscordAdapterOptions {
  /** How long to wait for the gateway's READY before giving up (default 30 s). */
  readyTimeoutMs?: number;
  /** For sharding: which shards this client runs, and of how many. */
  shards?: { ids: number[]; count: number };
}

export interface DiscordAdapter extends Adapter {
  readonly client: Client;
}

/** The discord.js client statbot needs: no privileged intents, mentions off everywhere. */
export function createDiscordClient(config: DiscordConfig, options: DiscordAdapterOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: restOptions(config.apiUrl),
    ...(options.shards ? { shards: options.shards.ids, shardCount: options.shards.count } : {}),
  });
}

/** Creates the Discord adapter from validated settings. */
export function createAdapter(
  deps: AdapterDeps,
  config: DiscordConfig,
  options: DiscordAdapterOptions = {},
): DiscordAdapter {
  const client = createDiscordClient(config, options);
  const log = deps.logger.child({ component: 'discord' });

  // The adapter's one top-level error handler: log with a reference, apologise where possible, stay up.
  const guard = async (work: () => Promise<void>, apologise: (text: string) => Promise<unknown>) => {
    try {
      await (deps.inFlight ? deps.inFlight.run(work) : work());
    } catch (error) {
      const { ref, apology } = reportFailure(log, 'discord: failed to handle a request', error);
      await apologise(apology).catch((apologyError: unknown) =>
        log.warn({ err: apologyError, ref }, 'discord: could not send the apology'),
      );
    }
  };

  client.on(
    Events.InteractionCreate,
    (interaction: Interaction) =>
      void guard(
        () => handleInteraction(interaction, deps),
        async (text) => {
          if (interaction.isAutocomplete())
            return interaction.responded ? undefined : interaction.respond([]);
          if (!interaction.isRepliable()) return undefined;
          const payload = {
            content: text,
            flags: MessageFlags.Ephemeral as const,
            allowedMentions: { parse: [] },
          };
          return interaction.replied || interaction.deferred
            ? interaction.followUp(payload)
            : interaction.reply(payload);
        },
      ),
  );
  client.on(
    Events.MessageCreate,
    (message: Message) =>
      void guard(
        () => handleMessage(message, client, deps),
        (text) => message.reply({ content: text, allowedMentions: { parse: [], repliedUser: false } }),
      ),
  );
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord: client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord: warning'));

  return {
    name: 'discord',
    client,
    async start() {
      let timer: NodeJS.Timeout | undefined;
      const ready = new Promise<void>((resolve, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new StatbotError(
                'DISCORD_START_FAILED',
                'Discord did not become ready in time. Check the network and DISCORD_API_URL if set.',
              ),
            ),
          options.readyTimeoutMs ?? 30_000,
        );
        client.once(Events.ClientReady, () => resolve());
      });
      ready.catch(() => undefined); // awaited below; this only stops an early login failure leaving it unhandled
      try {
        await client.login(config.token);
        await ready;
      } catch (error) {
        await client.destroy();
        if (error instanceof StatbotError) throw error;
        throw startFailure('Discord', 'DISCORD_TOKEN', 'DISCORD_API_URL', error);
      } finally {
        clearTimeout(timer);
      }
      log.info({ user: client.user?.id, guilds: client.guilds.cache.size }, 'discord adapter started');
    },
    async stop() {
      await client.destroy();
    },
  };
}
