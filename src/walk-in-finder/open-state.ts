/**
 * A place's open state in words ("Nu open tot 17:00", "Gesloten, opent morgen om 10:00",
 * "Vandaag gesloten (Koningsdag)"), computed in the browser from its opening hours
 * (src/core/opening-hours.ts, Europe/Amsterdam clocks) rather than taken from the API's
 * `openNow`: a page left open, or a stored answer shown while the API is down, stays right.
 *
 * `OpenClock` is the controller that keeps "now": it ticks on every whole minute and asks
 * its host to render again. `stateAt()` remembers each place's state until its next change,
 * so a re-render or a filter over thousands of places does not compute hours again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WalkIn } from '../contract/schema.js';
import { openState, type OpenState } from '../core/opening-hours.js';
import { dateKey, daysBetween } from '../core/dates.js';
import { formatters, type Lang } from '../core/i18n.js';
import type { FinderMessages } from './walk-in-finder.messages.js';

const known = new WeakMap<WalkIn, { from: number; until: number; state: OpenState }>();

/** The open state of `w` at `now`, remembered until it next changes (or for an hour at most). */
export function stateAt(w: WalkIn, now: Date): OpenState {
  const t = now.getTime();
  const k = known.get(w);
  if (k && t >= k.from && t < k.until) return k.state;
  const state = openState(w, now);
  known.set(w, { from: t, until: Math.min(state.nextChange?.at.getTime() ?? Infinity, t + 3_600_000), state });
  return state;
}

/** Today's closed exception with its note ("Koningsdag"), if the place has one. */
function closedTodayNote(w: WalkIn, now: Date): string | undefined {
  const today = dateKey(now);
  const ex = w.exceptions.filter((e) => e.date === today);
  return ex.length && ex.every((e) => e.closed) ? ex.find((e) => e.note)?.note : undefined;
}

/** The open state of `w` at `now` as one sentence, in words (never colour alone). */
export function openText(w: WalkIn, now: Date, lang: Lang, m: FinderMessages['open']): string {
  const s = stateAt(w, now);
  const f = formatters(lang);
  const today = dateKey(now);
  const change = s.nextChange;
  if (s.openNow) {
    if (!change) return m.always;
    const days = daysBetween(today, dateKey(change.at));
    const time = f.time(change.at);
    return days === 0 ? m.until(time) : m.untilDay(days === 1 ? m.tomorrow : f.weekday(dateKey(change.at)), time);
  }
  const note = closedTodayNote(w, now);
  let next: string;
  if (!change) next = m.closedLong;
  else {
    const k = dateKey(change.at);
    const days = daysBetween(today, k);
    const time = f.time(change.at);
    next = days === 0 ? m.opensToday(time) : days === 1 ? m.opensTomorrow(time) : m.opensOn(days < 7 ? f.weekday(k) : f.day(k), time);
  }
  if (!note) return next;
  // "Vandaag gesloten (Koningsdag)", then when it opens: "…, opent morgen om 10:00".
  const closed = m.closedToday(m.holidays[note.trim().toLowerCase()] ?? note);
  return change ? `${closed}, ${next.slice(next.indexOf(',') + 2)}` : closed;
}

/**
 * "Now" for a host that shows open states: `now()` is the fixed moment when one is set
 * (a preview, a story, a test), else the clock; the host renders again on every whole minute.
 */
export class OpenClock implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** A fixed moment (ISO 8601 with offset), or '' for the real clock. */
    private readonly fixed: () => string,
  ) {
    host.addController(this);
  }

  now(): Date {
    const f = this.fixed();
    const t = f ? Date.parse(f) : NaN;
    return Number.isNaN(t) ? new Date() : new Date(t);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    // A second past the whole minute, so the new minute has begun everywhere.
    this.timer = setTimeout(() => {
      this.host.requestUpdate();
      this.schedule();
    }, 61_000 - (Date.now() % 60_000));
  }
}

