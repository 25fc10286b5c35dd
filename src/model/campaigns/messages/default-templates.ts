/**
 * The built-in messages, one set per play, in the template language (template-language.ts). Each reads
 * naturally whatever the file knows about a customer: every field that can be missing has a fallback or
 * sits in a block that drops out. The offer in each message is the play's, no more.
 */
import type { PlayId } from '../playbook/play';

export interface MessageTemplates {
  subject: string;
  body: string;
  sms: string;
}

const greeting = 'Hi {first_name|there},';
const signed = (closing: string) => `${closing},\n{shop_name|The team}`;
const sender = '[[{shop_name}: ]]';

const message = (subject: string, paragraphs: string[], closing: string, sms: string): MessageTemplates => ({
  subject,
  body: [greeting, ...paragraphs, signed(closing)].join('\n\n'),
  sms: sender + sms,
});

const TEMPLATES: Record<PlayId, MessageTemplates> = {
  vip_early_access: message(
    'A first look for you[[, {first_name}]]',
    [
      'You are one of our best customers: {orders} so far[[, most recently {last_product}]]. As a thank-you, you will see our new products before anyone else.',
      'Reply to this e-mail and we will set your pick aside.',
    ],
    'With thanks',
    "Thank you for being one of our best customers. You get a first look at what's new before anyone else - reply and we'll set your pick aside.",
  ),
  reward_loyalty: message(
    'Thank you[[, {first_name}]]',
    [
      '{orders} in, you are one of our regulars, and we are grateful. [[How are you getting on with {last_product}?]] A short review helps other customers choose, and we read every one.',
      'As a thank-you, you get first pick of new stock before it goes on sale.',
    ],
    'With thanks',
    "Thank you for {orders} with us! As one of our regulars you get first pick of new stock. Reply if you'd like to hear first.",
  ),
  loyalty_invite: message(
    'More of what you like[[, {first_name}]]',
    [
      "Thanks again for your order[[ of {last_product}]]. We think you'll like what goes with it, and we'd love to keep you posted.",
      "Join our list and you'll hear about new products first, with early access for members.",
    ],
    'See you soon',
    'Thanks for your order! Join our list to hear about new products first, with early access for members.',
  ),
  welcome: message(
    'Welcome[[, {first_name}]], and thank you',
    [
      'Thank you for your first order[[ of {last_product}]]. We hope it arrived safely and that you love it.',
      "If anything isn't right, or you have a question, just reply to this e-mail and we'll help.",
    ],
    'Welcome aboard',
    "Thank you for your first order! If anything isn't right, just reply and we'll sort it out.",
  ),
  second_order_nudge: message(
    'Something to go with your order[[, {first_name}]]',
    [
      'Thank you again for your order. We picked a few things that go well with {last_product|it}.',
      'Shipping is on us if you order again in the next two weeks.',
    ],
    'Happy shopping',
    'Thanks for your first order! Shipping is on us if you order again in the next two weeks.',
  ),
  grow_the_basket: message(
    'Picked for you[[, {first_name}]]',
    [
      'Thank you for your recent order[[ of {last_product}]]. We picked a few things that go well with {top_product|what you bought}: from the same range, and some new arrivals.',
    ],
    'Happy shopping',
    "Thanks for your recent order! We've picked a few things that go well with {top_product|it} - take a look.",
  ),
  timely_reminder: message(
    'Time for a top-up[[, {first_name}]]?',
    [
      "It has been {days_since} since your last order. [[If you're running low on {top_product}, now is a good time to top up.]] We've also added a few new things we think you'll like.",
    ],
    'Best wishes',
    "It has been {days_since} since your last order. Time for a top-up? We've added a few new things you might like.",
  ),
  wake_before_sleep: message(
    'New since your last visit[[, {first_name}]]',
    [
      'It has been {days_since} since we last saw you, so here are our bestsellers and newest arrivals[[, picked to go with {last_product}]].',
      'For the next week, shipping on your order is on us.',
    ],
    'Happy shopping',
    'New in since your last visit! Shipping is on us for the next week - come and have a look.',
  ),
  personal_win_back: message(
    'We miss you[[, {first_name}]]',
    [
      'It has been {days_since} since your last order, and I wanted to write to you myself. [[Last time you chose {last_product}.]]',
      'You have placed {orders} with us, {total_spent} in all, and that means a lot to a shop like ours. If something went wrong, or we could have done better, just reply: I read every answer.',
    ],
    'Best wishes',
    'We miss you! It has been {days_since} since your last order. Anything we could do better? Just reply - we read every message.',
  ),
  owner_win_back: message(
    'A personal thank-you[[, {first_name}]]',
    [
      'Over {orders} you have spent {total_spent} with us, which makes you one of the customers this shop is built on. It has been {days_since} since your last order, so I wanted to ask you myself: did something change, or could we have done better?',
      "[[You used to buy {top_products} from us.]] As a thank-you for everything so far, your next order comes with a gift from me. Just reply and I'll set it up.",
    ],
    'Best wishes',
    "Thank you for {orders} with us. May we ask what changed? Reply and your next order comes with a gift from us.",
  ),
  one_last_reactivation: message(
    "It's been a while[[, {first_name}]]",
    [
      "It has been {days_since} since your last order, and a lot has changed in the shop. [[If you liked {last_product}, have a look at what's new beside it.]]",
      'To make it easy, shipping on your next order is on us for the next two weeks.',
    ],
    'All the best',
    "It's been a while! See what's new since your last order - shipping is on us for the next two weeks.",
  ),
  let_go: message(
    'Shall we keep writing to you?',
    [
      "It has been {days_since} since your last order, and we don't want to fill your inbox with e-mails you no longer want.",
      "If you'd still like to hear from us, just reply to this e-mail. If not, no hard feelings: we will stop writing in 30 days.",
    ],
    'Thank you for shopping with us',
    "Would you still like to hear from us? Reply YES to stay on our list. If not, we'll stop writing in 30 days.",
  ),
  newsletter_only: message(
    'News from {shop_name|the shop}',
    ["Here is what's new in the shop. Thank you for shopping with us."],
    'Best wishes',
    "Here's what's new in the shop this month - thanks for shopping with us.",
  ),
};

export function defaultTemplates(play: PlayId): MessageTemplates {
  return { ...TEMPLATES[play] };
}
