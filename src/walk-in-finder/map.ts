/**
 * The optional map (`<mm-walk-in-finder map>`): Leaflet 1.9.4 with PDOK's BRT achtergrondkaart
 * (Kadaster, open data). Its own chunk, imported only when the attribute is set, so the list
 * page never downloads Leaflet. The list is complete without it; the map is an extra.
 *
 * - The map itself is no tab stop (Leaflet's arrow-key panning is off: the markers and the
 *   zoom buttons are what a keyboard needs, and the list says everything the map shows).
 * - Markers are buttons in the tab order (Leaflet's `keyboard`), named by the place, and
 *   Enter or a click chooses the place in the list; choosing a place in the list marks its
 *   marker and moves the map to it.
 * - Close markers are clustered (within 48 px at the current zoom) (a button "5 plekken,
 *   zoom in" that zooms to them). leaflet.markercluster was not used: it needs a global `L`
 *   on the partner's page and its cluster icons have no names.
 * - Leaflet's CSS is in the shadow root (`mapStyles`), the few rules the map needs.
 * - Marker and cluster content is set as text, never as HTML.
 */
import { css, type CSSResult } from 'lit';
import { DivIcon, LatLngBounds, Map as LMap, Marker, TileLayer, type LatLngExpression, type LatLngTuple } from 'leaflet/dist/leaflet-src.esm.js';
import type { WalkInResult } from '../contract/schema.js';
import type { FinderMessages } from './walk-in-finder.messages.js';

/** PDOK BRT achtergrondkaart, standard style, web mercator. Tests point this at a data: image. */
export const tiles = {
  url: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
  attribution: 'Kaartgegevens &copy; Kadaster',
};

const CELL = 48;

export class PlacesMap {
  private readonly map: LMap;
  private readonly markers: Marker[] = [];
  private places: WalkInResult[] = [];
  private selected = '';
  private shownKey = '';
  private drawn = '';

  constructor(
    box: HTMLElement,
    private readonly m: FinderMessages,
    private readonly onChoose: (id: string) => void,
  ) {
    adoptStyles(box, mapStyles);
    this.map = new LMap(box, { center: [52.1, 5.3], zoom: 8, minZoom: 6, maxZoom: 18, zoomSnap: 1, keyboard: false });
    new TileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19, minZoom: 6, crossOrigin: false }).addTo(this.map);
    this.map.on('zoomend moveend', () => this.draw());
    this.map.attributionControl.setPrefix(false);
  }

  /** Show `places`; `selected` is the id chosen in the list. */
  show(places: WalkInResult[], selected: string, origin?: { lat: number; lon: number }): void {
    const key = places.map((p) => p.id).join();
    const fresh = key !== this.shownKey;
    this.places = places;
    this.shownKey = key;
    const chosen = selected !== this.selected ? places.find((p) => p.id === selected) : undefined;
    this.selected = selected;
    if (fresh && places.length) {
      const b = new LatLngBounds(places.map((p) => [p.lat, p.lon] as LatLngTuple));
      if (origin) b.extend([origin.lat, origin.lon]);
      this.map.fitBounds(b, { padding: [24, 24], maxZoom: 14, animate: false });
    }
    if (chosen) this.map.setView([chosen.lat, chosen.lon], Math.max(this.map.getZoom(), 14), { animate: false });
    // Every render of the element comes here: draw only when something changed (a redraw
    // replaces the markers, and would take the focus from one).
    if (fresh || chosen || this.drawn !== `${this.selected}|${this.map.getZoom()}`) this.draw();
  }

  remove(): void {
    this.map.remove();
  }

  /** Markers for the places at this zoom: single places, or a cluster where they crowd. */
  private draw(): void {
    this.drawn = `${this.selected}|${this.map.getZoom()}`;
    // The marker with the focus keeps it: its new copy takes it back (same key).
    const focused = (this.map.getContainer().getRootNode() as ShadowRoot).activeElement?.getAttribute('data-key');
    for (const mk of this.markers) mk.remove();
    this.markers.length = 0;
    // Greedy, nearest first: a place joins the first group whose first place is within CELL
    // pixels at this zoom (the chosen place always stands alone).
    const cells = new Map<string, WalkInResult[]>();
    const centres: { key: string; x: number; y: number }[] = [];
    for (const p of this.places) {
      const pt = this.map.project([p.lat, p.lon]);
      const near = p.id === this.selected ? undefined : centres.find((c) => c.key !== this.selected && Math.hypot(c.x - pt.x, c.y - pt.y) < CELL);
      if (near) cells.get(near.key)!.push(p);
      else {
        centres.push({ key: p.id, x: pt.x, y: pt.y });
        cells.set(p.id, [p]);
      }
    }
    for (const [key, group] of cells) {
      const first = group[0]!;
      const one = group.length === 1;
      const name = one ? first.name : this.m.mapPlaces(group.length);
      const at: LatLngExpression = one ? [first.lat, first.lon] : averaged(group);
      const cls = one ? (first.id === this.selected ? 'mm-pin selected' : 'mm-pin') : 'mm-cluster';
      const size = one ? 28 : 40;
      const mk = new Marker(at, { icon: new DivIcon({ className: cls, iconSize: [size, size] }), keyboard: true, title: name, alt: name, riseOnHover: true });
      const act = () => {
        if (one) this.onChoose(first.id);
        else this.map.fitBounds(new LatLngBounds(group.map((p) => [p.lat, p.lon] as LatLngTuple)), { padding: [32, 32], animate: false });
      };
      mk.on('click', act);
      mk.addTo(this.map);
      const el = mk.getElement();
      if (el) {
        el.setAttribute('aria-label', name);
        el.dataset.key = one ? first.id : key;
        if (!one) el.textContent = String(group.length);
        // A button works with Enter and Space (Leaflet only opens popups on Enter).
        el.addEventListener('keydown', (e) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          act();
        });
      }
      this.markers.push(mk);
      if (el && el.dataset.key === focused) el.focus({ preventScroll: true });
    }
  }
}

function averaged(group: WalkInResult[]): LatLngExpression {
  const n = group.length;
  return [group.reduce((s, p) => s + p.lat, 0) / n, group.reduce((s, p) => s + p.lon, 0) / n];
}

/** Leaflet's styles into the shadow root that holds the map (a constructed sheet: no inline <style>, CSP-safe). */
function adoptStyles(box: HTMLElement, styles: CSSResult): void {
  const root = box.getRootNode();
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The part of leaflet.css (1.9.4, BSD-2-Clause) the finder's map uses, plus its markers. */
export const mapStyles = css`
  .leaflet-pane,
  .leaflet-tile,
  .leaflet-marker-icon,
  .leaflet-tile-container,
  .leaflet-pane > svg,
  .leaflet-zoom-box,
  .leaflet-layer {
    position: absolute;
    left: 0;
    top: 0;
  }
  .leaflet-container {
    overflow: hidden;
    position: relative;
    background: #ddd;
    outline-offset: 1px;
    font-size: 0.875em;
    touch-action: none;
    -webkit-tap-highlight-color: transparent;
  }
  .leaflet-tile,
  .leaflet-marker-icon {
    user-select: none;
  }
  .leaflet-container img.leaflet-tile {
    max-width: none !important;
    max-height: none !important;
    width: auto;
    padding: 0;
    mix-blend-mode: plus-lighter;
  }
  .leaflet-tile {
    filter: inherit;
    visibility: hidden;
  }
  .leaflet-tile-loaded {
    visibility: inherit;
  }
  .leaflet-pane {
    z-index: 400;
  }
  .leaflet-tile-pane {
    z-index: 200;
  }
  .leaflet-marker-pane {
    z-index: 600;
  }
  .leaflet-control {
    position: relative;
    z-index: 800;
    pointer-events: auto;
    float: left;
    clear: both;
  }
  .leaflet-top,
  .leaflet-bottom {
    position: absolute;
    z-index: 1000;
    pointer-events: none;
  }
  .leaflet-top {
    top: 0;
  }
  .leaflet-bottom {
    bottom: 0;
  }
  .leaflet-left {
    left: 0;
  }
  .leaflet-right {
    right: 0;
  }
  .leaflet-right .leaflet-control {
    float: right;
  }
  .leaflet-top .leaflet-control {
    margin-top: 10px;
  }
  .leaflet-left .leaflet-control {
    margin-left: 10px;
  }
  .leaflet-zoom-anim .leaflet-zoom-animated {
    transition: transform 0.25s cubic-bezier(0, 0, 0.25, 1);
  }
  .leaflet-grab {
    cursor: grab;
  }
  .leaflet-marker-icon {
    cursor: pointer;
  }
  .leaflet-bar {
    border: 2px solid rgb(0 0 0 / 0.3);
    border-radius: 4px;
    background: #fff;
  }
  .leaflet-bar a {
    display: block;
    width: 44px;
    height: 44px;
    line-height: 44px;
    text-align: center;
    text-decoration: none;
    color: #000;
    font: bold 22px/44px 'Lucida Console', Monaco, monospace;
  }
  .leaflet-bar a + a {
    border-top: 1px solid #ccc;
  }
  .leaflet-control-attribution {
    margin: 0;
    padding: 0 5px;
    background: rgb(255 255 255 / 0.9);
    color: #333;
    line-height: 1.4;
  }
  .leaflet-control-attribution a {
    color: #0b4fa0;
  }
  .mm-pin {
    border: 3px solid #fff;
    border-radius: 50%;
    background: var(--_mm-color-primary);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.5);
    transform-origin: center;
  }
  .mm-pin.selected {
    background: var(--_mm-color-focus);
    outline: 3px solid var(--_mm-color-text);
  }
  .mm-cluster {
    display: grid;
    place-items: center;
    border: 3px solid #fff;
    border-radius: 50%;
    background: var(--_mm-color-primary);
    color: var(--_mm-color-on-primary);
    font-weight: 700;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.5);
  }
  .leaflet-marker-icon:focus-visible {
    outline: 3px solid var(--_mm-color-focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .mm-pin,
    .mm-cluster {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
      border-color: Canvas;
    }
    .mm-pin.selected {
      background: Highlight;
    }
  }
`;
