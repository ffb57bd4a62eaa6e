// The asker's locale, where a Slack payload carries one. Slack sends it only in a user object that has it (its
// events and slash commands usually carry none); statbot does not call users.info for it, which would need the
// users:read scope and a request per message.

interface MaybeLocale {
  locale?: unknown;
  user?: unknown;
}

/** `user.locale` of an interaction payload, else the payload's own `locale`; undefined when neither is a string. */
export function slackLocale(payload: unknown): string | undefined {
  const p = (payload ?? {}) as MaybeLocale;
  const user = (typeof p.user === 'object' && p.user !== null ? p.user : {}) as MaybeLocale;
  if (typeof user.locale === 'string') return user.locale;
  return typeof p.locale === 'string' ? p.locale : undefined;
}
