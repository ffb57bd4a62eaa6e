// The behaviour contract's driver for the HTTP API: real node:http server on 127.0.0.1, real fetch.

import { createAdapter } from '../../../adapters/http/adapter.js';
import { createTokenCheck } from '../../../adapters/http/inbound/auth.js';
import type { ContractTarget, ContractUser, Delivery } from '../behaviour-contract.js';

const tokenOf = (user: ContractUser) => `contract-token-${user}-0123456789`;

export const httpTarget = (users: readonly ContractUser[]): ContractTarget => ({
  name: 'http api',
  publicReplies: false,
  privateReplies: true,
  clicks: false,
  users: true,
  locale: { ask: 'pt-BR' },
  async start(deps) {
    const tokens = users.map(tokenOf);
    const adapter = createAdapter(deps, { tokens, port: 0, host: '127.0.0.1' });
    await adapter.start();
    const callerOf = createTokenCheck(tokens);
    return {
      async ask(question, user): Promise<Delivery> {
        const res = await fetch(`http://127.0.0.1:${adapter.port}/v1/ask`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokenOf(user)}`, 'content-type': 'application/json' },
          // One conversation per user, so follow-ups are read as on the chat platforms.
          body: JSON.stringify({ question, conversation: 'contract', locale: 'pt_br' }),
        });
        const json = (await res.json()) as { text?: string; error?: { message: string } };
        // An API reply is only ever seen by the caller; JSON carries no markup that could notify anyone.
        return {
          text: json.text ?? json.error?.message ?? '',
          private: true,
          canPing: false,
          feedback: false,
          suggestions: 0,
        };
      },
      userKey: (user) => `http:${callerOf(`Bearer ${tokenOf(user)}`)}`,
      stop: () => adapter.stop(),
    };
  },
});
