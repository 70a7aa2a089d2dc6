/**
 * Word lists for the places stage (src/geo): what the gazetteer packages do not carry. Each list says
 * where it comes from.
 */

/** AP Stylebook abbreviations of US state names (as news copy writes them in datelines and after a
 * town: "Morgantown, W.Va."), keyed to the postal code GeoNames uses as the US admin1 code. */
export const US_STATE_AP: Record<string, string> = {
  'Ala.': 'AL', 'Ariz.': 'AZ', 'Ark.': 'AR', 'Calif.': 'CA', 'Colo.': 'CO', 'Conn.': 'CT', 'Del.': 'DE',
  'Fla.': 'FL', 'Ga.': 'GA', 'Ill.': 'IL', 'Ind.': 'IN', 'Kan.': 'KS', 'Kans.': 'KS', 'Ky.': 'KY', 'La.': 'LA',
  'Md.': 'MD', 'Mass.': 'MA', 'Mich.': 'MI', 'Minn.': 'MN', 'Miss.': 'MS', 'Mo.': 'MO', 'Mont.': 'MT',
  'Neb.': 'NE', 'Nebr.': 'NE', 'Nev.': 'NV', 'N.H.': 'NH', 'N.J.': 'NJ', 'N.M.': 'NM', 'N.Y.': 'NY',
  'N.C.': 'NC', 'N.D.': 'ND', 'Okla.': 'OK', 'Ore.': 'OR', 'Pa.': 'PA', 'Penn.': 'PA', 'R.I.': 'RI',
  'S.C.': 'SC', 'S.D.': 'SD', 'Tenn.': 'TN', 'Tex.': 'TX', 'Vt.': 'VT', 'Va.': 'VA', 'Wash.': 'WA',
  'W.Va.': 'WV', 'W. Va.': 'WV', 'Wis.': 'WI', 'Wisc.': 'WI', 'Wyo.': 'WY', 'D.C.': 'DC',
};

/**
 * First-level divisions named in news that no package here lists with GeoNames admin1 codes: Canada's
 * provinces and territories, the United Kingdom's nations, Australia's states. The codes are GeoNames'
 * (admin1CodesASCII); the build checks each against a city of cities500 that lies in it.
 */
export const ADMIN1_NAMES: Array<{ cc: string; code: string; names: string[]; check: string; centre?: [number, number] }> = [
  { cc: 'CA', code: '01', names: ['Alberta'], check: 'Calgary', centre: [55, -115] },
  { cc: 'CA', code: '02', names: ['British Columbia', 'B.C.'], check: 'Vancouver', centre: [54, -125] },
  { cc: 'CA', code: '03', names: ['Manitoba'], check: 'Winnipeg', centre: [55, -97] },
  { cc: 'CA', code: '04', names: ['New Brunswick'], check: 'Fredericton' },
  { cc: 'CA', code: '05', names: ['Newfoundland and Labrador', 'Newfoundland'], check: "St. John's", centre: [53, -60] },
  { cc: 'CA', code: '07', names: ['Nova Scotia'], check: 'Halifax' },
  { cc: 'CA', code: '08', names: ['Ontario', 'Ont.'], check: 'Toronto', centre: [50, -85] },
  { cc: 'CA', code: '09', names: ['Prince Edward Island'], check: 'Charlottetown' },
  { cc: 'CA', code: '10', names: ['Quebec', 'Québec'], check: 'Montréal', centre: [52, -72] },
  { cc: 'CA', code: '11', names: ['Saskatchewan', 'Sask.'], check: 'Regina', centre: [54, -106] },
  { cc: 'CA', code: '12', names: ['Yukon'], check: 'Whitehorse', centre: [63, -135] },
  { cc: 'CA', code: '13', names: ['Northwest Territories'], check: 'Yellowknife', centre: [64, -119] },
  { cc: 'CA', code: '14', names: ['Nunavut'], check: 'Iqaluit', centre: [70, -90] },
  { cc: 'GB', code: 'ENG', names: ['England'], check: 'Manchester', centre: [52.5, -1.5] },
  { cc: 'GB', code: 'NIR', names: ['Northern Ireland'], check: 'Belfast' },
  { cc: 'GB', code: 'SCT', names: ['Scotland'], check: 'Glasgow', centre: [56.8, -4.2] },
  { cc: 'GB', code: 'WLS', names: ['Wales'], check: 'Cardiff' },
  { cc: 'AU', code: '01', names: ['Australian Capital Territory'], check: 'Canberra' },
  { cc: 'AU', code: '02', names: ['New South Wales'], check: 'Sydney', centre: [-32, 147] },
  { cc: 'AU', code: '03', names: ['Northern Territory'], check: 'Darwin', centre: [-19.5, 133] },
  { cc: 'AU', code: '04', names: ['Queensland'], check: 'Brisbane', centre: [-22, 144] },
  { cc: 'AU', code: '05', names: ['South Australia'], check: 'Adelaide', centre: [-30, 135] },
  { cc: 'AU', code: '06', names: ['Tasmania'], check: 'Hobart' },
  { cc: 'AU', code: '07', names: ['Victoria'], check: 'Melbourne' },
  { cc: 'AU', code: '08', names: ['Western Australia'], check: 'Perth', centre: [-25, 122] },
];

/**
 * Where a first-level division's towns cluster far from its middle (Ontario's in the south, Alaska's
 * on its coasts), the centre of its cities is no centre; `centre` above and this list give the
 * middle of the territory instead, hand-entered to the nearest degree or so.
 */
export const ADMIN1_CENTRES: Record<string, [number, number]> = {
  'US.AK': [64, -150],
  'US.TX': [31.3, -99.3],
  'US.CA': [37.2, -119.5],
  'US.FL': [28.5, -82],
  'US.MI': [44.3, -85.4],
  'US.HI': [20.8, -156.3],
};

/** Countries whose centre in world-countries is far from the middle news maps use: the United
 * States at the geographic centre of the 48 contiguous states (near Lebanon, Kansas). */
export const COUNTRY_CENTRES: Record<string, [number, number]> = {
  US: [39.83, -98.58],
};

/**
 * Well-known regions that are no city, country or listed first-level division, with a hand-entered
 * approximate centre (decimal degrees) and the country they lie in (null: several). Precision 3.
 */
export const REGIONS: Array<{ names: string[]; lat: number; lon: number; cc: string | null; code: 'RGN' | 'CONT' | 'ADM1' | 'ADMD' | 'ISL' | 'PEN' }> = [
  { names: ['Donbas', 'Donbass', 'the Donbas', 'the Donbass'], lat: 48.2, lon: 38.3, cc: 'UA', code: 'RGN' },
  { names: ['Crimea', 'Crimean Peninsula', 'Crimean peninsula'], lat: 45.3, lon: 34.4, cc: 'UA', code: 'PEN' },
  { names: ['Abkhazia', 'Abkhaz'], lat: 43.0, lon: 41.0, cc: 'GE', code: 'ADM1' },
  { names: ['South Ossetia', 'South Ossetian', 'South Ossetians', 'Tskhinvali Region'], lat: 42.3, lon: 44.0, cc: 'GE', code: 'ADMD' },
  { names: ['Transnistria'], lat: 47.2, lon: 29.4, cc: 'MD', code: 'RGN' },
  { names: ['Chechnya'], lat: 43.4, lon: 45.7, cc: 'RU', code: 'ADM1' },
  { names: ['Dagestan'], lat: 42.9, lon: 47.0, cc: 'RU', code: 'ADM1' },
  { names: ['Darfur'], lat: 13.5, lon: 24.0, cc: 'SD', code: 'RGN' },
  { names: ['Gaza Strip', 'the Gaza Strip'], lat: 31.4, lon: 34.38, cc: 'PS', code: 'RGN' },
  { names: ['West Bank', 'the West Bank'], lat: 32.0, lon: 35.25, cc: 'PS', code: 'RGN' },
  { names: ['Golan Heights', 'the Golan Heights', 'Golan'], lat: 33.0, lon: 35.75, cc: 'SY', code: 'RGN' },
  { names: ['Sinai', 'Sinai Peninsula'], lat: 29.5, lon: 33.8, cc: 'EG', code: 'PEN' },
  { names: ['Kurdistan', 'Iraqi Kurdistan', 'Kurdistan Region'], lat: 36.4, lon: 44.4, cc: 'IQ', code: 'RGN' },
  { names: ['Kashmir'], lat: 34.1, lon: 75.3, cc: null, code: 'RGN' },
  { names: ['Tigray'], lat: 14.0, lon: 38.8, cc: 'ET', code: 'ADM1' },
  { names: ['Nagorno-Karabakh', 'Karabakh'], lat: 39.9, lon: 46.7, cc: 'AZ', code: 'RGN' },
  { names: ['Kosovo'], lat: 42.6, lon: 20.9, cc: 'XK', code: 'RGN' },
  { names: ['Caucasus', 'the Caucasus', 'North Caucasus'], lat: 42.5, lon: 44.5, cc: null, code: 'RGN' },
  { names: ['Balkans', 'the Balkans'], lat: 43.0, lon: 21.0, cc: null, code: 'RGN' },
  { names: ['Middle East', 'the Middle East', 'Mideast'], lat: 29.0, lon: 42.0, cc: null, code: 'RGN' },
  { names: ['Eastern Europe'], lat: 50.0, lon: 30.0, cc: null, code: 'RGN' },
  { names: ['Western Europe'], lat: 48.0, lon: 5.0, cc: null, code: 'RGN' },
  { names: ['Central Asia'], lat: 45.0, lon: 68.0, cc: null, code: 'RGN' },
  { names: ['Sahel', 'the Sahel'], lat: 15.0, lon: 5.0, cc: null, code: 'RGN' },
  { names: ['Horn of Africa'], lat: 8.0, lon: 45.0, cc: null, code: 'RGN' },
  { names: ['Normandy'], lat: 49.0, lon: 0.0, cc: 'FR', code: 'RGN' },
  { names: ['Siberia'], lat: 60.0, lon: 105.0, cc: 'RU', code: 'RGN' },
  // seas and land regions the news of a war names as areas (centres to the nearest half degree or so)
  { names: ['Black Sea', 'the Black Sea'], lat: 43.4, lon: 34.0, cc: null, code: 'RGN' },
  { names: ['Sea of Azov', 'Azov Sea', 'the Sea of Azov'], lat: 46.1, lon: 36.7, cc: null, code: 'RGN' },
  { names: ['Baltic Sea', 'the Baltic Sea'], lat: 58.0, lon: 19.5, cc: null, code: 'RGN' },
  { names: ['Caspian Sea', 'the Caspian Sea', 'the Caspian'], lat: 41.9, lon: 50.7, cc: null, code: 'RGN' },
  { names: ['Mediterranean', 'Mediterranean Sea', 'the Mediterranean'], lat: 35.0, lon: 18.0, cc: null, code: 'RGN' },
  { names: ['Red Sea', 'the Red Sea'], lat: 20.0, lon: 38.5, cc: null, code: 'RGN' },
  { names: ['Persian Gulf', 'the Persian Gulf', 'the Gulf'], lat: 26.8, lon: 51.5, cc: null, code: 'RGN' },
  { names: ['South China Sea', 'the South China Sea'], lat: 12.0, lon: 114.0, cc: null, code: 'RGN' },
  { names: ['Baltic states', 'the Baltic states', 'Baltics', 'the Baltics', 'Baltic countries', 'Baltic nations'], lat: 56.8, lon: 24.0, cc: null, code: 'RGN' },
  { names: ['Urals', 'the Urals', 'Ural Mountains', 'the Ural Mountains', 'Ural'], lat: 58.0, lon: 60.0, cc: 'RU', code: 'RGN' },
  { names: ['Scandinavia'], lat: 63.0, lon: 14.0, cc: null, code: 'RGN' },
  { names: ['Maidan', 'the Maidan', 'Maidan Nezalezhnosti', 'Euromaidan square'], lat: 50.4501, lon: 30.5234, cc: 'UA', code: 'RGN' },
  { names: ['Soviet Union', 'the Soviet Union', 'USSR', 'U.S.S.R.'], lat: 55.75, lon: 37.62, cc: 'SU', code: 'RGN' },
  { names: ['Europe', 'European'], lat: 48.7, lon: 9.1, cc: null, code: 'CONT' },
  { names: ['Africa', 'African'], lat: 7.2, lon: 21.1, cc: null, code: 'CONT' },
  { names: ['Asia', 'Asian'], lat: 29.8, lon: 94.0, cc: null, code: 'CONT' },
  { names: ['North America', 'North American'], lat: 46.1, lon: -100.5, cc: null, code: 'CONT' },
  { names: ['South America', 'South American', 'Latin America'], lat: -14.6, lon: -57.7, cc: null, code: 'CONT' },
  { names: ['Australia and Oceania', 'Oceania'], lat: -18.3, lon: 138.5, cc: null, code: 'CONT' },
  { names: ['Antarctica'], lat: -78.2, lon: 16.4, cc: null, code: 'CONT' },
];

/** Names news uses for countries that world-countries does not list among a country's names. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States', 'the United States', 'the US', 'the U.S.'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.', 'the UK', 'the U.K.', 'British'],
  RU: ['Russian Federation', 'the Russian Federation'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  PS: ['Palestine', 'Palestinian territories', 'Palestinian Territories'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  NL: ['Holland'],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
};

/** Demonyms world-countries lacks or spells otherwise; plural forms are made by the build. */
export const DEMONYM_ALIASES: Record<string, string[]> = {
  US: ['American'],
  GB: ['Briton'],
  LK: ['Sinhalese', 'Sri Lankan'],
  IL: ['Israeli'],
  PS: ['Palestinian'],
  NL: ['Dutch'],
};

/** Words after a name that make it a division or district of that place ("Sumy region", "Kherson oblast"). */
export const DIVISION_WORDS = ['region', 'oblast', 'province', 'governorate', 'state', 'district', 'raion', 'county', 'parish', 'prefecture', 'krai', 'republic', 'area'];

/** Words that make a name part of a city ("the Piatykhatky suburb", "Obolon neighbourhood", "Independence Square"). */
export const SUBURB_WORDS = ['suburb', 'district', 'neighbourhood', 'neighborhood', 'quarter', 'microdistrict', 'borough', 'area', 'square'];

/** Phrases before "of X" that put the place at or near X, not at X itself. */
export const NEAR_PHRASES = ['outskirts', 'edge', 'suburbs', 'vicinity', 'environs', 'outside', 'near', 'around', 'close to', 'west', 'east', 'north', 'south', 'northwest', 'northeast', 'southwest', 'southeast'];

/** Compass bearings in degrees, for "nine miles north of X". */
export const BEARINGS: Record<string, number> = {
  north: 0, northeast: 45, 'north-east': 45, east: 90, southeast: 135, 'south-east': 135, south: 180,
  southwest: 225, 'south-west': 225, west: 270, northwest: 315, 'north-west': 315,
  northern: 0, northeastern: 45, eastern: 90, southeastern: 135, southern: 180, southwestern: 225, western: 270, northwestern: 315,
};
