/**
 * The owner's own words over the built-in plays. Edits are a plain object keyed by segment, holding only
 * what differs from the default, so the page can keep it in this browser's storage as JSON and a later
 * improvement to a built-in play still reaches every field the owner did not change.
 */
import { isChannel, isOfferLevel, type Channel, type OfferLevel, type Play } from './play';
import { defaultPlay, isSegmentKey, type SegmentKey } from './playbook';

export interface PlayEdit {
  name?: string;
  goal?: string;
  send?: string;
  timing?: string;
  why?: string;
  channel?: Channel;
  offer?: { level?: OfferLevel; neverDiscount?: boolean; detail?: string };
}

export type PlaybookEdits = Partial<Record<SegmentKey, PlayEdit>>;

const TEXT_FIELDS = ['name', 'goal', 'send', 'timing', 'why'] as const;

/** A segment's play with the owner's edits applied. */
export function playFor(key: SegmentKey, edits: PlaybookEdits = {}): Play {
  return applyEdit(defaultPlay(key), edits[key] ?? {});
}

function applyEdit(play: Play, edit: PlayEdit): Play {
  const merged: Play = { ...play, offer: { ...play.offer } };
  for (const field of TEXT_FIELDS) {
    const text = edit[field]?.trim();
    if (text) merged[field] = text;
  }
  if (isChannel(edit.channel)) merged.channel = edit.channel;
  const offer = edit.offer ?? {};
  if (isOfferLevel(offer.level)) merged.offer.level = offer.level;
  if (typeof offer.neverDiscount === 'boolean') merged.offer.neverDiscount = offer.neverDiscount;
  if (offer.detail?.trim()) merged.offer.detail = offer.detail.trim();
  // "Never discount" beside a discount would contradict itself.
  if (merged.offer.level !== 'none') merged.offer.neverDiscount = false;
  return merged;
}

/** The edits as the smallest object that gives the same plays: fields equal to the default are dropped. */
function minimalEdit(key: SegmentKey, edit: PlayEdit): PlayEdit | null {
  const base = defaultPlay(key);
  const play = applyEdit(base, edit);
  const minimal: PlayEdit = {};
  for (const field of TEXT_FIELDS) if (play[field] !== base[field]) minimal[field] = play[field];
  if (play.channel !== base.channel) minimal.channel = play.channel;
  const offer: NonNullable<PlayEdit['offer']> = {};
  if (play.offer.level !== base.offer.level) offer.level = play.offer.level;
  if (play.offer.neverDiscount !== base.offer.neverDiscount) offer.neverDiscount = play.offer.neverDiscount;
  if (play.offer.detail !== base.offer.detail) offer.detail = play.offer.detail;
  if (Object.keys(offer).length > 0) minimal.offer = offer;
  return Object.keys(minimal).length > 0 ? minimal : null;
}

/** Changes part of one segment's play; setting a field back to the default text removes the edit. */
export function editPlay(edits: PlaybookEdits, key: SegmentKey, change: PlayEdit): PlaybookEdits {
  const current = edits[key] ?? {};
  const combined: PlayEdit = { ...current, ...change, offer: { ...current.offer, ...change.offer } };
  const minimal = minimalEdit(key, combined);
  const others = resetPlay(edits, key);
  return minimal ? { ...others, [key]: minimal } : others;
}

export function resetPlay(edits: PlaybookEdits, key: SegmentKey): PlaybookEdits {
  const others = { ...edits };
  delete others[key];
  return others;
}

export function isEdited(edits: PlaybookEdits, key: SegmentKey): boolean {
  return edits[key] !== undefined;
}

/**
 * Edits read back from storage: anything not shaped like an edit (an unknown segment, a number where
 * text belongs, an unknown offer level) is left out rather than trusted.
 */
export function readPlaybookEdits(stored: unknown): PlaybookEdits {
  if (!isRecord(stored)) return {};
  const edits: PlaybookEdits = {};
  for (const [key, value] of Object.entries(stored)) {
    if (!isSegmentKey(key) || !isRecord(value)) continue;
    const minimal = minimalEdit(key, readEdit(value));
    if (minimal) edits[key] = minimal;
  }
  return edits;
}

function readEdit(value: Record<string, unknown>): PlayEdit {
  const edit: PlayEdit = {};
  for (const field of TEXT_FIELDS) if (typeof value[field] === 'string') edit[field] = value[field];
  if (isChannel(value.channel)) edit.channel = value.channel;
  const offer = isRecord(value.offer) ? value.offer : {};
  edit.offer = {
    level: isOfferLevel(offer.level) ? offer.level : undefined,
    neverDiscount: typeof offer.neverDiscount === 'boolean' ? offer.neverDiscount : undefined,
    detail: typeof offer.detail === 'string' ? offer.detail : undefined,
  };
  return edit;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
