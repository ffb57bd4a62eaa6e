// 👍 / 👎 on an answer; a 👎 opens a short optional "what was wrong?" form.
import type { App } from '@slack/bolt';
import type { AdapterDeps } from '../../../src/app/adapter.js';
import { FEEDBACK_THANKS } from '../../../src/render/wording.js';
import { ACTION_FEEDBACK_DOWN, ACTION_FEEDBACK_UP } from '../render/reply.js';
import type { ActionRouter } from './action-router.js';

export const FEEDBACK_VIEW = 'statbot_feedback_reason';

export function registerFeedbackListeners(app: App, router: ActionRouter, deps: AdapterDeps): void {
  router.on(ACTION_FEEDBACK_UP, async ({ ack, action, respond }) => {
    await ack();
    deps.service.feedback(action.value ?? '', 'up', 'slack');
    await respond({ response_type: 'ephemeral', replace_original: false, text: FEEDBACK_THANKS });
  });

  router.on(ACTION_FEEDBACK_DOWN, async ({ ack, action, body }) => {
    await ack();
    const feedbackId = deps.service.feedback(action.value ?? '', 'down', 'slack');
    await app.client.views.open({
      trigger_id: body.trigger_id,
      view: {
        type: 'modal',
        callback_id: FEEDBACK_VIEW,
        private_metadata: String(feedbackId ?? ''),
        title: { type: 'plain_text', text: 'What was wrong?' },
        submit: { type: 'plain_text', text: 'Send' },
        close: { type: 'plain_text', text: 'Skip' },
        blocks: [
          {
            type: 'input',
            block_id: 'reason',
            optional: true,
            label: {
              type: 'plain_text',
              text: 'What was wrong with the answer? (optional, no personal details please)',
            },
            element: { type: 'plain_text_input', action_id: 'reason', multiline: true, max_length: 500 },
          },
        ],
      },
    });
  });

  app.view(FEEDBACK_VIEW, async ({ ack, view }) => {
    await ack();
    const feedbackId = Number(view.private_metadata);
    const reason = view.state.values.reason?.reason?.value ?? '';
    if (feedbackId > 0) deps.service.addFeedbackReason(feedbackId, reason);
  });
}
