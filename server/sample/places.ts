/**
 * Real Dutch cities per province for sample data, with an approximate postcode of their
 * centre. Venues and addresses built on them are fictional ("voorbeeld").
 */
import type { Province } from '../../src/contract/schema.js';

export const SAMPLE_CITIES: Record<Province, [city: string, postcode: string][]> = {
  groningen: [['Groningen', '9711'], ['Delfzijl', '9934'], ['Stadskanaal', '9501'], ['Veendam', '9641'], ['Winschoten', '9671']],
  friesland: [['Leeuwarden', '8911'], ['Sneek', '8601'], ['Drachten', '9201'], ['Heerenveen', '8441'], ['Harlingen', '8861']],
  drenthe: [['Assen', '9401'], ['Emmen', '7811'], ['Hoogeveen', '7901'], ['Meppel', '7941'], ['Coevorden', '7741']],
  overijssel: [['Zwolle', '8011'], ['Enschede', '7511'], ['Deventer', '7411'], ['Almelo', '7607'], ['Hengelo', '7551'], ['Kampen', '8261']],
  flevoland: [['Lelystad', '8232'], ['Almere', '1315'], ['Emmeloord', '8301'], ['Dronten', '8251']],
  gelderland: [['Arnhem', '6811'], ['Nijmegen', '6511'], ['Apeldoorn', '7311'], ['Ede', '6711'], ['Doetinchem', '7001'], ['Zutphen', '7201'], ['Tiel', '4001']],
  utrecht: [['Utrecht', '3511'], ['Amersfoort', '3811'], ['Zeist', '3701'], ['Veenendaal', '3901'], ['Nieuwegein', '3431'], ['Houten', '3991']],
  'noord-holland': [['Amsterdam', '1012'], ['Haarlem', '2011'], ['Alkmaar', '1811'], ['Hilversum', '1211'], ['Hoorn', '1621'], ['Zaandam', '1501'], ['Den Helder', '1781']],
  'zuid-holland': [['Rotterdam', '3011'], ['Den Haag', '2511'], ['Leiden', '2311'], ['Delft', '2611'], ['Dordrecht', '3311'], ['Gouda', '2801'], ['Zoetermeer', '2711']],
  zeeland: [['Middelburg', '4331'], ['Vlissingen', '4381'], ['Goes', '4461'], ['Terneuzen', '4531'], ['Zierikzee', '4301']],
  'noord-brabant': [['Eindhoven', '5611'], ['Tilburg', '5038'], ['Breda', '4811'], ["'s-Hertogenbosch", '5211'], ['Helmond', '5701'], ['Oss', '5341'], ['Roosendaal', '4701']],
  limburg: [['Maastricht', '6211'], ['Venlo', '5911'], ['Heerlen', '6411'], ['Sittard', '6131'], ['Roermond', '6041'], ['Weert', '6001']],
};
