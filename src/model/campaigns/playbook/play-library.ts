/**
 * The built-in plays, written for shop owners. Each says what to do, whether to give anything away,
 * and why; segments point at these (playbook.ts), and the owner's edits go over them (playbook-edits.ts).
 */
import type { Offer, Play, PlayId } from './play';

const noOffer = (detail: string, neverDiscount = false): Offer => ({ level: 'none', neverDiscount, detail });
const smallOffer = (detail: string): Offer => ({ level: 'small', neverDiscount: false, detail });

const PLAYS: readonly Play[] = [
  {
    id: 'vip_early_access',
    name: 'VIP early access',
    goal: 'Margin protection: keep your best customers buying at full price.',
    send: 'A first look at new products or restocks before anyone else, with a short thank-you from you.',
    offer: noOffer('Never discount: they already buy at full price. Early access and recognition are the reward.', true),
    timing: 'When you have something new; at most once a month.',
    why: 'They bought recently and spend the most. A discount would pay them for orders they were going to place anyway.',
    channel: 'email',
  },
  {
    id: 'reward_loyalty',
    name: 'Reward loyalty',
    goal: 'Keep frequent buyers feeling valued, and turn them into advocates.',
    send: 'A thank-you with a perk, and an invitation to review something they bought or to refer a friend.',
    offer: noOffer('A perk, not a price cut: first pick of new stock, a handwritten note in the next parcel.'),
    timing: 'After an order arrives or when you launch something new; at most once a month.',
    why: 'They buy often and spend well. Recognition keeps them; regular discounts would only lower what they pay.',
    channel: 'email',
  },
  {
    id: 'loyalty_invite',
    name: 'Invite to stay',
    goal: 'Turn recent, promising customers into regulars.',
    send: 'Recommendations that go with what they bought, and an invitation to your newsletter or loyalty scheme.',
    offer: noOffer('No discount: membership perks or early access are the reason to stay.'),
    timing: 'Within a month of their latest order.',
    why: 'They bought recently and spent a fair amount, but not often yet. The second and third orders make a regular.',
    channel: 'email',
  },
  {
    id: 'welcome',
    name: 'Welcome',
    goal: 'Make a first order feel good, so that a second one follows.',
    send: 'A thank-you, how to get the most out of what they bought, and who to contact if anything is wrong.',
    offer: noOffer('No offer yet: a good first experience does more than a code.'),
    timing: 'Within a week of the first order arriving.',
    why: 'They bought for the first time, recently. Most customers never order twice; the first weeks decide it.',
    channel: 'email',
  },
  {
    id: 'second_order_nudge',
    name: 'Second-order nudge',
    goal: 'Get a second order from recent first-time buyers who spent little.',
    send: 'A recommendation that fits their first purchase, with a clear reason to come back.',
    offer: smallOffer('A small push such as free shipping on the second order, valid for two weeks.'),
    timing: 'Two to four weeks after their first order.',
    why: 'They bought recently, once, and not much. A small push now is cheap compared with finding a new customer.',
    channel: 'email_and_sms',
  },
  {
    id: 'grow_the_basket',
    name: 'Grow the basket',
    goal: 'Turn steady, smaller customers into bigger ones.',
    send: 'A helpful recommendation that goes with what they already bought: a matching product, a bundle, a how-to.',
    offer: noOffer('No discount: they already buy. Make the next item relevant, not cheaper.'),
    timing: 'Two to four weeks after their last order.',
    why: 'They buy recently but spend less than your best customers. The next step is a second product, not a lower price.',
    channel: 'email',
  },
  {
    id: 'timely_reminder',
    name: 'Timely reminder',
    goal: 'Catch customers who are slowing down before they drift away.',
    send: 'A personal recommendation from their past orders: a refill, a restock, the next thing in the range.',
    offer: smallOffer('A modest, time-limited offer, only if the recommendation alone does not bring them back.'),
    timing: 'Now, while they still remember you.',
    why: 'They order less often than they did. A reminder now costs less than a win-back later.',
    channel: 'email',
  },
  {
    id: 'wake_before_sleep',
    name: 'Wake before they sleep',
    goal: 'Bring back customers who are starting to lapse.',
    send: 'Your bestsellers or new arrivals, chosen to match what they bought before.',
    offer: smallOffer('A small, time-limited offer: free shipping or a modest code that ends in a week or two.'),
    timing: 'Now, with one reminder a week later; then stop.',
    why: 'They buy and spend below average and are going quiet. Reaching them now is cheaper than reactivating them later.',
    channel: 'email_and_sms',
  },
  {
    id: 'personal_win_back',
    name: 'Personal win-back',
    goal: 'Revenue leak: find out why a big spender stopped buying, and bring them back.',
    send: 'A short personal e-mail from you, not a newsletter: mention what they bought, ask whether anything went wrong, say what is new.',
    offer: smallOffer('Only if they have not answered after two weeks: a small thank-you such as free shipping on the next order.'),
    timing: 'This week, then one follow-up 10 to 14 days later. Stop after that.',
    why: 'They spent the most but have not ordered for a while. Each is worth many ordinary customers; a personal note costs nothing, and leading with a discount teaches them to wait for one.',
    channel: 'personal_email',
  },
  {
    id: 'owner_win_back',
    name: "Owner's win-back",
    goal: 'Win back customers who used to buy big and often, before someone else keeps them.',
    send: 'A personal e-mail signed by you: thank them for their orders, ask what changed, tell them what is new.',
    offer: { level: 'strong', neverDiscount: false, detail: 'A generous one-off gesture, offered personally rather than as a public code: a gift with the next order or a real discount.' },
    timing: 'Now, with one follow-up after two weeks.',
    why: 'They were among your biggest and most frequent buyers and have gone quiet. What they spent pays for a generous gesture many times over.',
    channel: 'personal_email',
  },
  {
    id: 'one_last_reactivation',
    name: 'One last try',
    goal: 'Give quiet, lower-value customers one reason to come back, without chasing them.',
    send: 'One e-mail with your bestsellers or what is new since their last order.',
    offer: smallOffer('A small, time-limited offer (free shipping or a modest code) that ends within two weeks.'),
    timing: 'Once. Without an order or a click within 30 days, stop sending them campaigns.',
    why: 'They spent little and have not bought for a long time. Repeated mailings cost more than they bring back, and mail nobody opens hurts delivery to everyone else.',
    channel: 'email',
  },
  {
    id: 'let_go',
    name: 'Ask before letting go',
    goal: 'Keep your list healthy: stop writing to people who have moved on.',
    send: 'One short e-mail asking whether they still want to hear from you, with a one-click way to stay.',
    offer: noOffer('No offer: this is a permission check, not a sale.'),
    timing: 'Once. Take everyone who does not answer within 30 days out of your campaigns.',
    why: 'They bought little, rarely and long ago. Few come back, and unopened mail harms the delivery of everything else you send.',
    channel: 'email',
  },
  {
    id: 'newsletter_only',
    name: 'Regular newsletter',
    goal: 'Stay in touch without a campaign of their own.',
    send: 'Your usual newsletter.',
    offer: noOffer('No offer.'),
    timing: 'Your normal schedule.',
    why: 'Their scores fit none of the named segments, so there is no particular reason to treat them differently.',
    channel: 'newsletter',
  },
];

export const PLAY_IDS: readonly PlayId[] = PLAYS.map((play) => play.id);

export function isPlayId(value: unknown): value is PlayId {
  return (PLAY_IDS as readonly unknown[]).includes(value);
}

/** A fresh copy of a built-in play, so that no caller can change the library. */
export function builtInPlay(id: PlayId): Play {
  const found = PLAYS.find((play) => play.id === id);
  if (!found) throw new Error(`invalid play: ${id}`);
  return { ...found, offer: { ...found.offer } };
}
