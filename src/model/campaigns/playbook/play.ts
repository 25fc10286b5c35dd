/**
 * A play: what a shop does with one segment of customers. Typed fields rather than one block of prose,
 * so the page can show the offer as a badge, sort by channel, and let the owner edit one part.
 */
export type PlayId =
  | 'vip_early_access'
  | 'reward_loyalty'
  | 'loyalty_invite'
  | 'welcome'
  | 'second_order_nudge'
  | 'grow_the_basket'
  | 'timely_reminder'
  | 'wake_before_sleep'
  | 'personal_win_back'
  | 'owner_win_back'
  | 'one_last_reactivation'
  | 'let_go'
  | 'newsletter_only';

/** How much the play gives away: nothing, a small push (free shipping, a modest code), or a real gesture. */
export type OfferLevel = 'none' | 'small' | 'strong';

export const OFFER_LEVELS: readonly OfferLevel[] = ['none', 'small', 'strong'];

/**
 * personal_email: plain text from the owner's own address, one person at a time; email: a designed
 * campaign; email_and_sms: a campaign, plus a text to those who agreed to texts; newsletter: no campaign
 * of its own, the regular newsletter only.
 */
export type Channel = 'personal_email' | 'email' | 'email_and_sms' | 'newsletter';

export const CHANNELS: readonly Channel[] = ['personal_email', 'email', 'email_and_sms', 'newsletter'];

export interface Offer {
  level: OfferLevel;
  /** Keeping full prices is the point of the play: the page says "never discount". Only with level none. */
  neverDiscount: boolean;
  /** What to offer, in words, or why there is none. */
  detail: string;
}

export interface Play {
  id: PlayId;
  /** A short name for badges and tags: "VIP early access". */
  name: string;
  goal: string;
  /** What to send. */
  send: string;
  offer: Offer;
  /** When to send it, how often, and when to stop. */
  timing: string;
  /** Why this play fits these customers. */
  why: string;
  channel: Channel;
}

export function isOfferLevel(value: unknown): value is OfferLevel {
  return (OFFER_LEVELS as readonly unknown[]).includes(value);
}

export function isChannel(value: unknown): value is Channel {
  return (CHANNELS as readonly unknown[]).includes(value);
}
