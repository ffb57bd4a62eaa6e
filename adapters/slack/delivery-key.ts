// What identifies one Slack delivery, so a retry or a replayed request is answered once.

interface DeliveryBody {
  event_id?: unknown;
  command?: unknown;
  type?: unknown;
  team_id?: unknown;
  user_id?: unknown;
  trigger_id?: unknown;
  team?: { id?: unknown } | null;
  user?: { id?: unknown } | null;
}

/**
 * The event id (the same on every `X-Slack-Retry-Num` retry); a command's team, user and trigger id; or a
 * click's or form's type, team, user and trigger id (a replay of the signed request carries the same ones).
 */
export function deliveryKey(raw: unknown): string | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const body = raw as DeliveryBody;
  if (typeof body.event_id === 'string' && body.event_id !== '') return `event:${body.event_id}`;
  if (typeof body.trigger_id !== 'string' || body.trigger_id === '') return undefined;
  if (typeof body.command === 'string')
    return `command:${String(body.team_id)}:${String(body.user_id)}:${body.trigger_id}`;
  if (body.type === 'block_actions' || body.type === 'view_submission')
    return `${body.type}:${String(body.team?.id)}:${String(body.user?.id)}:${body.trigger_id}`;
  return undefined;
}
