// The one inbound value: every adapter turns a platform event into an `Ask` the same way, so who may follow up
// on what is decided here, once.
import { readLocale } from '../text/locale.js';
import type { AskContext } from './statbot-service.js';

/**
 * One message for the service: its text, who sent it and where, and whether only the asker sees the reply.
 * It is an `AskContext` too, so it is handed to `service.ask(ask.text, ask)` as it is.
 */
export interface Ask extends AskContext {
  text: string;
  /** Only the asker sees the reply (a private command, a claim check, a click under a private reply). */
  private: boolean;
}

export interface AskSource {
  platform: AskContext['platform'];
  /** The asker's id on the platform (a hash for an API token). */
  userId: string;
  /**
   * The place: workspace and channel, DM, console session, API conversation. Absent: a one-off question that is
   * read on its own and not remembered.
   */
  place?: string;
  /** A thread inside the place (a Slack thread); absent for the place's main flow. */
  thread?: string;
  text: string;
  private?: boolean;
  /** The asker's language as the platform writes it ("en-GB", "en_GB.UTF-8"); read into a BCP 47 tag. */
  locale?: string | null;
}

/**
 * Builds the `Ask`. Conversation rules, the same on every platform: a follow-up is read with the previous answer
 * of the same user, in the same place, in the same thread; public and private replies are separate
 * conversations (a private `/stats`, `/stats ask private:True`, and the clicks under them, follow one another,
 * not the public questions in that channel). Context never crosses users, places or platforms.
 */
export function buildAsk(source: AskSource): Ask {
  const isPrivate = source.private === true;
  const thread = isPrivate ? 'private' : (source.thread ?? 'main');
  const locale = readLocale(source.locale);
  return {
    platform: source.platform,
    userKey: `${source.platform}:${source.userId}`,
    ...(source.place === undefined ? {} : { conversationKey: `${source.place}:${thread}:${source.userId}` }),
    text: source.text,
    private: isPrivate,
    ...(locale ? { locale } : {}),
  };
}
