// Signed requests to a Slack adapter in HTTP mode, as Slack would send them.
import { signSlackRequest } from './slack-stand-in.js';

export function slackPoster(port: () => number | undefined, secret: string) {
  const post = (
    body: string,
    contentType: string,
    headers: Record<string, string> = signSlackRequest(secret, body, Math.floor(Date.now() / 1000)),
  ) =>
    fetch(`http://127.0.0.1:${port()}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...headers },
      body,
    });
  return {
    post,
    postJson: (payload: unknown) => post(JSON.stringify(payload), 'application/json'),
    postForm: (fields: Record<string, string>) =>
      post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded'),
  };
}
