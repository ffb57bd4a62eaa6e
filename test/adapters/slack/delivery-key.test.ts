import { describe, expect, it } from 'vitest';
import { deliveryKey } from '../../../adapters/slack/delivery-key.js';
import { makeButtonClick, makeMention, makeSlashCommand } from '../../helpers/slack-payloads.js';

describe('what identifies one Slack delivery (claimed once across replicas)', () => {
  it.each([
    ['an event, by its id (the same on every retry)', makeMention({}, 'Ev42'), 'event:Ev42'],
    [
      'a /stats command, by team, user and trigger',
      makeSlashCommand({ user_id: 'U7', trigger_id: 'trig-7' }),
      'command:T1:U7:trig-7',
    ],
    [
      'a button click, by team, user and trigger',
      makeButtonClick('statbot_share', 'q', { trigger_id: 'trig-8' }),
      'block_actions:T1:U1:trig-8',
    ],
    [
      'a form submission, by team, user and trigger',
      { type: 'view_submission', team: { id: 'T1' }, user: { id: 'U2' }, trigger_id: 'trig-9' },
      'view_submission:T1:U2:trig-9',
    ],
    ['a command without a trigger: nothing to claim', makeSlashCommand({ trigger_id: '' }), undefined],
    ['a body that is not an object', null, undefined],
    ['an unknown payload', { type: 'shortcut_unknown' }, undefined],
  ])('%s', (_, body, expected) => {
    expect(deliveryKey(body)).toBe(expected);
  });
});
