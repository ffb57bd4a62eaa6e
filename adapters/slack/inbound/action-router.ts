// One Bolt listener for all of statbot's buttons, routing by action_id. Bolt runs every registered
// listener's middleware chain on every request, so fewer listeners is less work for each message.
import type { App, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;
export type ButtonHandler = (args: ButtonArgs) => Promise<void>;

export interface ActionRouter {
  /** Handles clicks whose action_id is `id` (or matches it). */
  on(id: string | RegExp, handler: ButtonHandler): void;
}

/** Registers the one `statbot_…` action listener and returns the router to add handlers to. */
export function registerActionRouter(app: App): ActionRouter {
  const routes: Array<[string | RegExp, ButtonHandler]> = [];
  app.action<BlockAction<ButtonAction>>(/^statbot_/u, async (args) => {
    const id = args.action.action_id;
    const route = routes.find(([match]) => (typeof match === 'string' ? match === id : match.test(id)));
    await (route ? route[1](args) : args.ack());
  });
  return {
    on(id, handler) {
      routes.push([id, handler]);
    },
  };
}
