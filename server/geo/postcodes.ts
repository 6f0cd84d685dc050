/**
 * APPROXIMATE mapping of Dutch postcode areas (the first two digits) to the main place of
 * that area. Good enough to find walk-ins "near 3512" offline; it is not an address
 * register (PDOK is, and is used in production with MM_GEOCODER=pdok). Each place must
 * exist in places.json.
 */
export const POSTCODE_AREAS: Record<string, string> = {
  '10': 'Amsterdam', '11': 'Amsterdam', '12': 'Hilversum', '13': 'Almere', '14': 'Purmerend',
  '15': 'Zaandam', '16': 'Hoorn', '17': 'Heerhugowaard', '18': 'Alkmaar', '19': 'Beverwijk',
  '20': 'Haarlem', '21': 'Hoofddorp', '22': 'Noordwijk', '23': 'Leiden', '24': 'Alphen aan den Rijn',
  '25': 'Den Haag', '26': 'Delft', '27': 'Zoetermeer', '28': 'Gouda', '29': 'Capelle aan den IJssel',
  '30': 'Rotterdam', '31': 'Schiedam', '32': 'Spijkenisse', '33': 'Dordrecht', '34': 'Woerden',
  '35': 'Utrecht', '36': 'Maarssen', '37': 'Zeist', '38': 'Amersfoort', '39': 'Veenendaal',
  '40': 'Tiel', '41': 'Culemborg', '42': 'Gorinchem', '43': 'Zierikzee', '44': 'Goes',
  '45': 'Oostburg', '46': 'Bergen op Zoom', '47': 'Roosendaal', '48': 'Breda', '49': 'Oosterhout',
  '50': 'Tilburg', '51': 'Dongen', '52': "'s-Hertogenbosch", '53': 'Zaltbommel', '54': 'Uden',
  '55': 'Veldhoven', '56': 'Eindhoven', '57': 'Helmond', '58': 'Venray', '59': 'Venlo',
  '60': 'Weert', '61': 'Sittard', '62': 'Maastricht', '63': 'Valkenburg', '64': 'Heerlen',
  '65': 'Nijmegen', '66': 'Wijchen', '67': 'Ede', '68': 'Arnhem', '69': 'Zevenaar',
  '70': 'Doetinchem', '71': 'Winterswijk', '72': 'Zutphen', '73': 'Apeldoorn', '74': 'Deventer',
  '75': 'Enschede', '76': 'Almelo', '77': 'Hardenberg', '78': 'Emmen', '79': 'Hoogeveen',
  '80': 'Zwolle', '81': 'Raalte', '82': 'Lelystad', '83': 'Emmeloord', '84': 'Heerenveen',
  '85': 'Joure', '86': 'Sneek', '87': 'Bolsward', '88': 'Franeker', '89': 'Leeuwarden',
  '90': 'Grou', '91': 'Dokkum', '92': 'Drachten', '93': 'Roden', '94': 'Assen',
  '95': 'Stadskanaal', '96': 'Hoogezand', '97': 'Groningen', '98': 'Zuidhorn', '99': 'Delfzijl',
};
