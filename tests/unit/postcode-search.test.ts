/**
 * Searching near a patient's postcode: finding the postcode in what is typed,
 * the place table the build writes, the deployer's centroid file and its
 * problems, and distances as a link worker reads them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suiteScratchDir } from '../support/scratch.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { ROOT } from '../support/site.ts';
import { parsePlaceCode, parsePostcodeQuery } from '../../src/lib/search/postcode-query.ts';
import { loadOnce } from '../../src/lib/search/load-once.ts';
import { buildPlaceTable, entryPlaces, locate, placeQuery, placeTableFile, type PlaceTable } from '../../src/lib/search/places.ts';
import { parsePlaceFile } from '../../src/lib/search/place-file.ts';
import { byTravel, distanceMiles, formatMiles, parseWithin, withinLabel, WITHIN_MILES } from '../../src/lib/search/distance.ts';

const AV4_2NB = { full: 'AV4 2NB', sector: 'AV4 2', district: 'AV4', area: 'AV' };

describe('finding a postcode in a search', () => {
  it.each([
    ['AV4 2NB', AV4_2NB],
    ['av4 2nb', AV4_2NB],
    ['av42nb', AV4_2NB],
    ['  AV4   2NB ', AV4_2NB],
    ['W1T 1AB', { full: 'W1T 1AB', sector: 'W1T 1', district: 'W1T', area: 'W' }],
    ['ec1a1bb', { full: 'EC1A 1BB', sector: 'EC1A 1', district: 'EC1A', area: 'EC' }],
    ['M1 1AE', { full: 'M1 1AE', sector: 'M1 1', district: 'M1', area: 'M' }],
    ['AV4 2', { sector: 'AV4 2', district: 'AV4', area: 'AV' }],
    ['AV4', { district: 'AV4', area: 'AV' }],
    ['ec1a', { district: 'EC1A', area: 'EC' }],
    ['B33', { district: 'B33', area: 'B' }],
  ])('reads %j as a place', (query, postcode) => {
    expect(parsePostcodeQuery(query)).toEqual({ words: [], postcode });
  });

  it('keeps the other words for the text search, in order', () => {
    expect(parsePostcodeQuery('walking AV4')).toEqual({ words: ['walking'], postcode: { district: 'AV4', area: 'AV' } });
    expect(parsePostcodeQuery('Walking group av4 2nb, Tuesdays')).toEqual({ words: ['Walking', 'group', 'Tuesdays'], postcode: AV4_2NB });
  });

  it('leaves out a word that only joins the postcode to the rest, and keeps one that does not', () => {
    expect(parsePostcodeQuery('choir near AV4 2NB')).toEqual({ words: ['choir'], postcode: AV4_2NB });
    expect(parsePostcodeQuery('Walking group close to av4 2nb')).toEqual({ words: ['Walking', 'group'], postcode: AV4_2NB });
    expect(parsePostcodeQuery('swimming in AV4')).toEqual({ words: ['swimming'], postcode: { district: 'AV4', area: 'AV' } });
    // Only just before the place: "near" elsewhere, and "to" alone, are the reader's words.
    expect(parsePostcodeQuery('near the sea AV4 2NB')).toEqual({ words: ['near', 'the', 'sea'], postcode: AV4_2NB });
    expect(parsePostcodeQuery('walk to AV4 2NB')).toEqual({ words: ['walk', 'to'], postcode: AV4_2NB });
    expect(parsePostcodeQuery('walking near')).toEqual({ words: ['walking', 'near'] });
  });

  it('does not take ordinary words or numbers for places', () => {
    for (const query of ['walking', 'art class', 'Couch to 5K', 'over 50s', 'Tai chi 10am', 'GIR 0AA', 'AV', 'choir 2024']) {
      expect(parsePostcodeQuery(query)).toEqual({ words: query.split(/\s+/) });
    }
  });

  it('takes the first place only; a later one stays a word', () => {
    expect(parsePostcodeQuery('AV4 2NB AV1')).toEqual({ words: ['AV1'], postcode: AV4_2NB });
  });

  it('reads a code on its own only when it is nothing but a code', () => {
    expect(parsePlaceCode('av4 2')).toEqual({ sector: 'AV4 2', district: 'AV4', area: 'AV' });
    expect(parsePlaceCode('AV4 2NB extra')).toBeUndefined();
    expect(parsePlaceCode('Ashworth')).toBeUndefined();
  });
});

const entry = (postcode: string | undefined, latitude?: number, longitude?: number, online?: boolean) => ({
  data: { location: { postcode, latitude, longitude, ...(online ? { online } : {}) } },
});

describe('the place table', () => {
  const entries = [
    entry('AV4 2NB', 53.7, -1.5),
    entry('AV4 2NB', 53.7, -1.5),
    entry('AV4 2PL', 53.71, -1.52),
    entry('AV4 7QR', 53.76, -1.56),
    entry('AV1 1EX', 53.8, -1.6),
    entry('AV1 3BN'),
    entry(undefined, 53.9, -1.7, true),
  ];
  const table = buildPlaceTable(entryPlaces(entries));

  it('learns each entry postcode, and places its sector, district and area at the mean of their postcodes', () => {
    expect(table['AV4 2NB']).toEqual([53.7, -1.5]);
    expect(table['AV4 2']).toEqual([53.705, -1.51]);
    // Three postcodes, counted once each although two entries share AV4 2NB.
    expect(table['AV4']).toEqual([53.7233, -1.5267]);
    expect(table['AV']).toEqual([53.7425, -1.545]);
    // No position, no place.
    expect(table['AV1 3BN']).toBeUndefined();
  });

  it('takes the deployer file as the authority, and uses entries only for what it lacks', () => {
    const fromFile = [
      { code: 'AV4 2NB', latitude: 53.6999, longitude: -1.4999 },
      { code: 'av4', latitude: 53.73, longitude: -1.53 },
      { code: 'AV9 1', latitude: 54.1, longitude: -1.1 },
    ];
    const withFile = buildPlaceTable(entryPlaces(entries), fromFile);
    expect(withFile['AV4 2NB']).toEqual([53.6999, -1.4999]);
    expect(withFile['AV4']).toEqual([53.73, -1.53]);
    expect(withFile['AV4 2PL']).toEqual([53.71, -1.52]);
    // A sector from the file places its district and area when no postcode in them is known.
    expect(withFile['AV9']).toEqual([54.1, -1.1]);
    expect(withFile['AV4 2']).toEqual([mean(53.6999, 53.71), mean(-1.4999, -1.52)]);
  });

  it('writes compact JSON keyed by code, positions to 4 decimal places', () => {
    const file = placeTableFile([entry('AV4 2NB', 53.700049, -1.5123456)]);
    expect(JSON.parse(file)).toEqual({ AV: [53.7, -1.5123], AV4: [53.7, -1.5123], 'AV4 2': [53.7, -1.5123], 'AV4 2NB': [53.7, -1.5123] });
    expect(file).toBe(JSON.stringify(JSON.parse(file)));
  });
});

const mean = (a: number, b: number) => Math.round(((a + b) / 2) * 1e4) / 1e4;

describe('placing a typed postcode', () => {
  const table: PlaceTable = { 'AV4 2NB': [53.7, -1.5], 'AV4 2': [53.71, -1.51], AV4: [53.72, -1.52], AV: [53.75, -1.55], 'AV1 1': [53.8, -1.6] };
  const at = (latitude: number, longitude: number) => ({ latitude, longitude });

  it('uses the postcode itself when the table knows it, with nothing to explain', () => {
    expect(locate(table, AV4_2NB)).toEqual({ origin: at(53.7, -1.5), code: 'AV4 2NB', level: 'postcode' });
    expect(locate(table, parsePlaceCode('AV4')!)).toEqual({ origin: at(53.72, -1.52), code: 'AV4', level: 'district' });
  });

  it('falls back to the sector, the district, then the postcode area, and says so', () => {
    expect(locate(table, parsePlaceCode('AV4 2ZZ')!)).toEqual({
      origin: at(53.71, -1.51), code: 'AV4 2', level: 'sector',
      note: "AV4 2ZZ is not in this directory's list; showing distances from the AV4 2 area.",
    });
    expect(locate(table, parsePlaceCode('AV4 9AB')!)).toMatchObject({ code: 'AV4', level: 'district', note: "AV4 9AB is not in this directory's list; showing distances from the AV4 area." });
    expect(locate(table, parsePlaceCode('AV7 1AB')!)).toMatchObject({ code: 'AV', level: 'area', note: "AV7 1AB is not in this directory's list; showing distances from the AV postcode area." });
    expect(locate(table, parsePlaceCode('LS1 4AP')!)).toBeUndefined();
  });

  it('says clearly when a postcode cannot be placed, and keeps the other words', () => {
    expect(placeQuery(table, 'choir LS1 4AP')).toEqual({
      words: ['choir'],
      unplaced: { full: 'LS1 4AP', sector: 'LS1 4', district: 'LS1', area: 'LS' },
      note: 'This directory cannot place LS1 4AP: it knows no places in the LS postcode area. Results are in the usual order.',
    });
  });

  it('reads a district it cannot place as a word, so club names like U3A still search as text', () => {
    expect(placeQuery(table, 'U3A history')).toEqual({ words: ['U3A', 'history'] });
    expect(placeQuery(table, 'U3A AV4 2NB')).toEqual({ words: ['U3A'], place: { origin: at(53.7, -1.5), code: 'AV4 2NB', level: 'postcode' } });
    expect(placeQuery(table, 'walking av4')).toMatchObject({ words: ['walking'], place: { code: 'AV4', level: 'district' } });
  });

  it('fetches the table once, when first needed, and again only after a failure', async () => {
    let fetches = 0;
    let fail = true;
    const load = loadOnce(async () => {
      fetches++;
      if (fail) throw new Error('offline');
      return table;
    });
    expect(fetches).toBe(0);
    await expect(load()).rejects.toThrow('offline');
    fail = false;
    await expect(load()).resolves.toBe(table);
    await load();
    expect(fetches).toBe(2);
  });
});

describe('the deployer centroid file', () => {
  const FILE = 'content/postcodes.csv';
  const problems = (text: string) => parsePlaceFile(text, FILE).problems.map(({ line, field, message, fix }) => ({ line, field, message, fix }));

  it('reads postcodes, sectors and districts in any spelling', () => {
    const parsed = parsePlaceFile('postcode,latitude,longitude\nav42nb,53.7,-1.5\r\n"AV4 2",53.71,-1.51\n\nAV4,53.72,-1.52\n', FILE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.points).toEqual([
      { code: 'AV4 2NB', latitude: 53.7, longitude: -1.5 },
      { code: 'AV4 2', latitude: 53.71, longitude: -1.51 },
      { code: 'AV4', latitude: 53.72, longitude: -1.52 },
    ]);
  });

  it('accepts the columns in any order, with extra columns ignored', () => {
    const parsed = parsePlaceFile('Longitude,Latitude,Postcode,Name\n-1.5,53.7,AV4 2NB,Mill Lane\n', FILE);
    expect(parsed).toEqual({ points: [{ code: 'AV4 2NB', latitude: 53.7, longitude: -1.5 }], problems: [] });
  });

  it('reports every problem in one run, each with its line and how to fix it', () => {
    const text = [
      'postcode,latitude,longitude',
      'AV4 2NB,53.7,-1.5',
      'AV4 2PL,-1.52,53.71',
      'Ashworth,53.7,-1.5',
      'AV4 7QR,53.76',
      'AV1 1EX,53.8,3.1',
      'AV4 2NB,53.7,-1.5',
      'AV4 9,north,-1.5',
    ].join('\n');
    expect(problems(text)).toEqual([
      {
        line: 3, field: 'latitude',
        message: 'latitude -1.52 is outside the UK, which is between 49 and 61 degrees north.',
        fix: 'Positions are decimal degrees, latitude then longitude, for example 53.7463,-1.5822.',
      },
      {
        line: 3, field: 'longitude',
        message: 'longitude 53.71 is outside the UK, which is between 9 degrees west and 2.5 degrees east.',
        fix: 'Positions are decimal degrees, latitude then longitude, for example 53.7463,-1.5822.',
      },
      {
        line: 4, field: 'postcode',
        message: '"Ashworth" is not a postcode, sector or district.',
        fix: 'Write a full postcode like "AV4 2NB", a sector like "AV4 2" or a district like "AV4".',
      },
      {
        line: 5, field: 'file',
        message: 'This line has 2 values, not 3.',
        fix: 'Write the code, its latitude and its longitude, separated by commas: AV4 2NB,53.7463,-1.5822.',
      },
      {
        line: 6, field: 'longitude',
        message: 'longitude 3.1 is outside the UK, which is between 9 degrees west and 2.5 degrees east.',
        fix: 'Positions are decimal degrees, latitude then longitude, for example 53.7463,-1.5822.',
      },
      { line: 7, field: 'postcode', message: 'AV4 2NB is listed twice, also on line 2.', fix: 'Keep one line for each code.' },
      {
        line: 8, field: 'latitude',
        message: 'latitude "north" is not a number.',
        fix: 'Positions are decimal degrees, latitude then longitude, for example 53.7463,-1.5822.',
      },
    ]);
    expect(parsePlaceFile(text, FILE).points.map((p) => p.code)).toEqual(['AV4 2NB']);
  });

  it('reports a missing or wrong header, and still checks the rows beneath it', () => {
    expect(problems('AV4 2NB,53.7,-1.5\nAV4 2PL,53.71,73\n')).toEqual([
      {
        line: 1, field: 'header',
        message: 'The first line must be the header postcode,latitude,longitude; it is "AV4 2NB,53.7,-1.5".',
        fix: 'Put the line postcode,latitude,longitude at the top of the file, above the first code.',
      },
      {
        line: 2, field: 'longitude',
        message: 'longitude 73 is outside the UK, which is between 9 degrees west and 2.5 degrees east.',
        fix: 'Positions are decimal degrees, latitude then longitude, for example 53.7463,-1.5822.',
      },
    ]);
    expect(problems('pcd,lat,long\nAV4 2NB,53.7,-1.5\n')).toMatchObject([{ line: 1, field: 'header', message: 'The first line must be the header postcode,latitude,longitude; it is "pcd,lat,long".' }]);
    expect(problems('')).toMatchObject([{ line: 1, field: 'header', message: 'The file is empty.' }]);
  });

  it('reports broken quoting with the line it is on', () => {
    expect(problems('postcode,latitude,longitude\nAV4 2NB,53.7,-1.5\n"AV4 2PL,53.71,-1.52\n')).toMatchObject([{ line: 3, field: 'file' }]);
  });
});

describe('distances as a link worker reads them', () => {
  it('words distances the GOV.UK way', () => {
    expect(formatMiles(0.3)).toBe('0.3 miles');
    expect(formatMiles(1.23)).toBe('1.2 miles');
    expect(formatMiles(1.02)).toBe('1 mile');
    expect(formatMiles(12.4)).toBe('12 miles');
    expect(formatMiles(9.97)).toBe('10 miles');
  });

  it('offers within 1, 3, 5 and 10 miles, and reads only those back from a URL', () => {
    expect(WITHIN_MILES.map(withinLabel)).toEqual(['Within 1 mile', 'Within 3 miles', 'Within 5 miles', 'Within 10 miles']);
    expect(parseWithin('5')).toBe(5);
    expect(parseWithin('4')).toBeUndefined();
    expect(parseWithin('<script>')).toBeUndefined();
    expect(parseWithin(null)).toBeUndefined();
  });

  it('lists venues nearest first, online and phone activities apart, and venues without a position last', () => {
    const origin = { latitude: 53.7, longitude: -1.5 };
    const north = (miles: number) => ({ latitude: 53.7 + miles / 69.05, longitude: -1.5 });
    const items = [
      { name: 'four miles', at: north(4) },
      { name: 'phone befriending', online: true },
      { name: 'no position' },
      { name: 'half a mile', at: north(0.5) },
      { name: 'just over a mile', at: north(1.02) },
      { name: 'online course', online: true, at: north(0.1) },
    ];
    const options = { position: (i: (typeof items)[number]) => i.at, remote: (i: (typeof items)[number]) => Boolean(i.online) };
    const all = byTravel(items, origin, options);
    expect(all.near.map((r) => [r.item.name, formatMiles(r.miles)])).toEqual([['half a mile', '0.5 miles'], ['just over a mile', '1 mile'], ['four miles', '4 miles']]);
    expect(all.remote.map((i) => i.name)).toEqual(['phone befriending', 'online course']);
    expect(all.unplaced.map((i) => i.name)).toEqual(['no position']);

    // What reads "1 mile" is within 1 mile; with a limit, venues that cannot be measured are left out.
    const within1 = byTravel(items, origin, { ...options, within: 1 });
    expect(within1.near.map((r) => r.item.name)).toEqual(['half a mile', 'just over a mile']);
    expect(within1.remote).toHaveLength(2);
    expect(within1.unplaced).toEqual([]);
    expect(distanceMiles(origin, north(4))).toBeCloseTo(4, 1);
  });
});

describe('npm run validate with a centroid file', () => {
  const content = path.join(suiteScratchDir('postcodes-validate', 'project'), 'content');
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'), content, { recursive: true });
  const validate = (...args: string[]) => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate.ts'), '--format', 'json', ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    return { status: result.status, report: JSON.parse(result.stdout) as { summary: { files: number; errors: number }; problems: Problem[] } };
  };

  it('passes a good file and counts it', () => {
    const before = validate();
    writeFileSync(path.join(content, 'postcodes.csv'), 'postcode,latitude,longitude\nAV4 2NB,53.7,-1.5\n');
    const after = validate();
    expect(after.status).toBe(0);
    expect(after.report.summary.files).toBe(before.report.summary.files + 1);
  }, 60_000);

  it('fails on a bad file, giving the file, line, what is wrong and the fix for each problem', () => {
    writeFileSync(path.join(content, 'postcodes.csv'), 'postcode,latitude,longitude\nAV4 2NB,53.7,-1.5\nAV4 2PL,48.2,-1.5\nnowhere,53.7,-1.5\n');
    const { status, report } = validate();
    expect(status).toBe(1);
    const file = path.relative(ROOT, path.join(content, 'postcodes.csv'));
    expect(report.problems.map(({ file, line, field, fix }) => ({ file, line, field, fix }))).toEqual([
      { file, line: 3, field: 'latitude', fix: 'Positions are decimal degrees, latitude then longitude, for example 53.7463,-1.5822.' },
      { file, line: 4, field: 'postcode', fix: 'Write a full postcode like "AV4 2NB", a sector like "AV4 2" or a district like "AV4".' },
    ]);
    // Named on its own, only the centroid file is checked.
    expect(validate(path.join(content, 'postcodes.csv')).report.summary).toMatchObject({ files: 1, errors: 2 });
  }, 60_000);
});
