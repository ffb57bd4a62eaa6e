// Builders for Slack payloads with overrides, so tests state only what matters to them.

let counter = 0;
const nextId = (prefix: string) => `${prefix}${++counter}`;

/** An Events API envelope around `event`. */
function eventCallback(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: eventId,
    event_time: 1_700_000_000,
    event,
  };
}

export function makeMention(
  overrides: Record<string, unknown> = {},
  eventId = nextId('Ev'),
): Record<string, unknown> {
  const ts = '1700000000.000100';
  return eventCallback(
    {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> how often was snapchat used?',
      ts,
      channel: 'C1',
      event_ts: ts,
      ...overrides,
    },
    eventId,
  );
}

export function makeDirectMessage(
  overrides: Record<string, unknown> = {},
  eventId = nextId('Ev'),
): Record<string, unknown> {
  const ts = '1700000001.000200';
  return eventCallback(
    {
      type: 'message',
      channel_type: 'im',
      user: 'U1',
      text: 'how many cases were recorded?',
      ts,
      channel: 'D1',
      event_ts: ts,
      ...overrides,
    },
    eventId,
  );
}

export function makeSlashCommand(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: 'U1',
    user_name: 'alice',
    command: '/stats',
    text: 'how often was snapchat used?',
    api_app_id: 'A1',
    response_url: 'http://127.0.0.1:1/unset',
    trigger_id: nextId('trig'),
    ...overrides,
  };
}

export function makeButtonClick(
  actionId: string,
  value: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'test' },
    user: { id: 'U1', username: 'alice', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: nextId('trig'),
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C1', is_ephemeral: true },
    channel: { id: 'C1', name: 'general' },
    response_url: 'http://127.0.0.1:1/unset',
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'b1',
        value,
        text: { type: 'plain_text', text: 'x' },
        action_ts: '1700000002.1',
      },
    ],
    ...overrides,
  };
}

/** A message shortcut ("⋯ → Check statistics") on someone's message. */
export function makeMessageShortcut(
  text: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'message_action',
    callback_id: 'check_statistics',
    trigger_id: nextId('trig'),
    action_ts: '1700000003.1',
    team: { id: 'T1', domain: 'test' },
    user: { id: 'U1', username: 'alice', team_id: 'T1', name: 'alice' },
    channel: { id: 'C1', name: 'general' },
    is_enterprise_install: false,
    enterprise: null,
    token: 'legacy',
    message_ts: '1700000000.000100',
    message: { type: 'message', user: 'U2', ts: '1700000000.000100', text },
    response_url: 'http://127.0.0.1:1/unset',
    ...overrides,
  };
}
