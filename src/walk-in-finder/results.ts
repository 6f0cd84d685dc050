/**
 * The finder's results: which places show (filters applied in the browser, nearest first)
 * and how one place reads (open state in words, distance, for whom, facts, actions).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WalkInResult } from '../contract/schema.js';
import { safeUrl } from '../contract/vocabulary.js';
import { dutch } from '../core/lang.js';
import { formatters, type Lang } from '../core/i18n.js';
import { openText, stateAt } from './open-state.js';
import type { FinderMessages } from './walk-in-finder.messages.js';

export interface Picks {
  /** Only places open at `now`. */
  openNow: boolean;
  /** Only places for young people (`jongeren`, or `iedereen`). */
  young: boolean;
  /** At most this far (km, as the crow flies); Infinity: any distance. */
  radiusKm: number;
}

/**
 * The places to show for the visitor's picks at `now`, nearest first (then by name, so equal
 * distances keep one order). Runs in the browser on every filter change and every minute:
 * 10,000 places in ≤ 5 ms (`npm run bench`), since open states are remembered (`stateAt`).
 */
export function selectPlaces(items: readonly WalkInResult[], picks: Picks, now: Date): WalkInResult[] {
  const out: WalkInResult[] = [];
  for (const w of items) {
    if (w.distanceKm > picks.radiusKm) continue;
    if (picks.young && !w.audiences.some((a) => a === 'jongeren' || a === 'iedereen')) continue;
    if (picks.openNow && !stateAt(w, now).openNow) continue;
    out.push(w);
  }
  return out.sort((a, b) => a.distanceKm - b.distanceKm || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** "1,4" under 10 km (one decimal), "23" from 10 km on; the visitor's language's digits. */
export function distanceText(km: number, lang: Lang): string {
  return formatters(lang).number(km < 10 ? Math.round(km * 10) / 10 : Math.round(km), km < 10 ? 1 : 0);
}

/** Directions to the place: OpenStreetMap (walking) and Google Maps, by coordinates. */
export function routeLinks(w: WalkInResult, from?: { lat: number; lon: number }): { osm: string; google: string } {
  const to = `${w.lat},${w.lon}`;
  const start = from ? `${from.lat},${from.lon}` : '';
  return {
    osm: `https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=${encodeURIComponent(`${start};${to}`)}`,
    google: `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(to)}${start ? `&origin=${encodeURIComponent(start)}` : ''}`,
  };
}

/** `tel:` form of a Dutch phone number as written ("030-123 4567" → "tel:0301234567"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^0-9+]/g, '')}`;

export interface CardContext {
  lang: Lang;
  m: FinderMessages;
  now: Date;
  from?: { lat: number; lon: number } | undefined;
  headingLevel: number;
  selected: boolean;
  /** The map exists: a "show on the map" button. */
  map: boolean;
  onSelect: (w: WalkInResult) => void;
}

/** One place as a list item. */
export function placeCard(w: WalkInResult, c: CardContext): TemplateResult {
  const { m, lang } = c;
  const open = stateAt(w, c.now).openNow;
  const facts = [
    w.kind,
    w.peerSupport ? m.peer : '',
    w.free ? m.free : '',
    w.appointment === false ? m.noAppointment : w.appointment ? m.appointment : '',
    w.wheelchair ? m.wheelchair[w.wheelchair] : '',
  ].filter(Boolean);
  const who = formatters(lang).list(w.audiences.map((a) => m.audiences[a]));
  const route = routeLinks(w, c.from);
  const site = safeUrl(w.url);
  const id = `place-${w.id}`;
  return html`<li class=${c.selected ? 'place selected' : 'place'} part="place" id=${id} data-id=${w.id}>
    <div class="place-head">
      <span role="heading" aria-level=${c.headingLevel} class="place-name" lang=${dutch(lang)}>${w.name}</span>
      <span class="distance">${m.crow(distanceText(w.distanceKm, lang))}</span>
    </div>
    <p class=${open ? 'open-state is-open' : 'open-state'} part="open-state"><span class="dot" aria-hidden="true"></span>${openText(w, c.now, lang, m.open)}</p>
    <p class="address" lang=${dutch(lang)}>${w.address}, ${w.postcode} ${w.city}</p>
    <p class="who">${m.forWhom(who)}</p>
    ${facts.length ? html`<ul class="facts" part="facts">${facts.map((f) => html`<li>${f}</li>`)}</ul>` : nothing}
    <p class="actions" part="actions">
      <a class="button quiet" href=${route.osm} rel="noopener" target="_blank">${m.routeOsm}<span class="visually-hidden">: ${w.name}</span></a>
      <a class="button quiet" href=${route.google} rel="noopener" target="_blank">${m.routeGoogle}<span class="visually-hidden">: ${w.name}</span></a>
      ${w.phone ? html`<a class="button quiet" href=${telHref(w.phone)}>${m.call(w.phone)}</a>` : nothing}
      ${site ? html`<a class="button quiet" href=${site} rel="noopener">${m.website}<span class="visually-hidden">: ${w.name}</span></a>` : nothing}
      ${c.map
        ? html`<button type="button" class="button quiet" aria-pressed=${c.selected ? 'true' : 'false'} @click=${() => c.onSelect(w)}>${m.showOnMap}<span class="visually-hidden">: ${w.name}</span></button>`
        : nothing}
    </p>
  </li>`;
}
