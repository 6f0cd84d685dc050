/**
 * The walk-in finder's answers: one checker each, from `generated-walk-ins.ts` (kept out of
 * `generated.ts`, which every page downloads, since only the finder reads them).
 */
import type { Geocode as GeocodeType, GeocodeSuggestions as GeocodeSuggestionsType, WalkInResult } from './schema.js';
import { contract } from './json-check.js';
import * as S from './generated-walk-ins.js';

export const WalkInList = contract<{ items: WalkInResult[] }>(S.WalkInList);
export const Geocode = contract<GeocodeType>(S.Geocode);
export const GeocodeSuggestions = contract<GeocodeSuggestionsType>(S.GeocodeSuggestions);
