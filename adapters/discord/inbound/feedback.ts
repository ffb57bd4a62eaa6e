// 👍 / 👎 buttons under an answer; a 👎 opens a short optional "what was wrong?" form.
import {
  ActionRowBuilder,
  type ButtonInteraction,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { AdapterDeps } from '../../../src/app/adapter.js';
import { FEEDBACK_THANKS } from '../../../src/render/wording.js';
import { ACTION_FEEDBACK } from '../render/reply.js';

export const ACTION_FEEDBACK_REASON = 'statbot:fbr:';

export async function handleFeedbackButton(interaction: ButtonInteraction, deps: AdapterDeps): Promise<void> {
  const [vote, turnId = ''] = interaction.customId.slice(ACTION_FEEDBACK.length).split(':');
  if (vote !== 'down') {
    deps.service.feedback(turnId, 'up', 'discord');
    await interaction.reply({
      content: FEEDBACK_THANKS,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    return;
  }
  const feedbackId = deps.service.feedback(turnId, 'down', 'discord') ?? 0;
  const reason = new TextInputBuilder()
    .setCustomId('reason')
    .setLabel('What was wrong with the answer? (optional)')
    .setStyle(TextInputStyle.Paragraph)
    .setRequired(false)
    .setMaxLength(500);
  await interaction.showModal(
    new ModalBuilder()
      .setCustomId(`${ACTION_FEEDBACK_REASON}${feedbackId}`)
      .setTitle('What was wrong?')
      .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(reason)),
  );
}

export async function handleFeedbackReason(
  interaction: ModalSubmitInteraction,
  deps: AdapterDeps,
): Promise<void> {
  const feedbackId = Number(interaction.customId.slice(ACTION_FEEDBACK_REASON.length));
  if (feedbackId > 0)
    deps.service.addFeedbackReason(feedbackId, interaction.fields.getTextInputValue('reason'));
  await interaction.reply({
    content: FEEDBACK_THANKS,
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}
