/**
 * Need-words: the vocabulary file's schema and validation, the shipped
 * default, expanding a search into what a need means, and the sentence
 * that explains it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scratchDir } from '../support/scratch.ts';
import { needWordsSchema } from '../../src/schema/need-words.ts';
import { CATEGORIES, AUDIENCES } from '../../src/schema/vocabulary.ts';
import { loadNeedWords } from '../../src/lib/content/need-words.ts';
import { validateNeedWords } from '../../src/lib/validation/need-words.ts';
import { fieldPath, issueMessage } from '../../src/lib/validation/zod-issues.ts';
import { expandQuery, explain, matchesCondition, namesCategory, toBrowserVocabulary, VOCABULARY_LABELS, type NeedVocabulary } from '../../src/lib/search/need-words.ts';
import { nearestKeys } from '../../src/lib/validation/nearest.ts';
import { ROOT } from '../support/site.ts';

const SHIPPED = path.join(ROOT, 'content', 'need-words.yaml');

/** The schema's complaints as `field: message` lines, the way a volunteer reads them. */
function problems(input: unknown): string[] {
  const result = needWordsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${fieldPath(i.path)}: ${issueMessage(i)}`);
}

const vocabulary: NeedVocabulary = needWordsSchema.parse({
  needs: [
    { label: 'loneliness', words: ['lonely', 'isolated', 'on my own'], categories: ['social'], also_match: ['befriending', 'coffee morning'] },
    { label: 'low mood', words: ['low mood', 'feeling down'], categories: ['mental-wellbeing'] },
    { label: 'breathing', words: ['COPD', 'short of breath'], categories: ['long-term-conditions'], audiences: ['people-with-a-condition'], conditions: ['COPD', 'asthma'] },
    { label: 'carers', words: ['carers', 'looking after'], categories: ['carers'], audiences: ['carers'] },
    { label: 'heart', words: ['heart'], conditions: ['heart disease'] },
    { label: 'grief', words: ['grief', 'broken heart'], categories: ['peer-support'] },
    { label: 'men', words: ['men', "men's"], audiences: ['men'] },
    { label: 'memory', words: ['Alzheimer’s', 'dementia'], audiences: ['people-with-dementia'] },
  ],
});

const needsFor = (...words: string[]) => expandQuery(words, vocabulary).map((e) => e.need);

describe('need-words schema', () => {
  it('accepts a need and fills in the lists it leaves out', () => {
    const parsed = needWordsSchema.parse({ needs: [{ label: 'carers', words: ['carer'], categories: ['carers'] }] });
    expect(parsed.needs[0]).toEqual({ label: 'carers', words: ['carer'], categories: ['carers'], audiences: [], conditions: [], also_match: [] });
  });

  it('names the nearest categories and audiences for an unknown key', () => {
    expect(problems({ needs: [{ label: 'x', words: ['x'], categories: ['socal'], audiences: ['older'] }] })).toEqual([
      'needs[0].categories[0]: "socal" is not one of the categories. Did you mean `social`? Every category is listed in CONTRIBUTING.md.',
      'needs[0].audiences[0]: "older" is not one of the audiences. Did you mean `older-people`? Every audience is listed in CONTRIBUTING.md.',
    ]);
    // A category's label, typed for its key, still leads to the key.
    expect(nearestKeys('befriending', CATEGORIES)).toEqual(['social']);
    expect(nearestKeys('mental', CATEGORIES)[0]).toBe('mental-wellbeing');
    expect(nearestKeys('carer', AUDIENCES)).toEqual(['carers']);
  });

  it('rejects a trigger word used by two needs, naming both, even as a plural', () => {
    expect(problems({
      needs: [
        { label: 'carers', words: ['carers', 'caring'], categories: ['carers'] },
        { label: 'older people', words: ['elderly', 'Carer'], audiences: ['older-people'] },
      ],
    })).toEqual([
      'needs[1].words[1]: "Carer" is a word for both "carers" and "older people" (as "carers"). A word can start only one need: keep it in the one people mean most often, and remove it here.',
    ]);
  });

  it('reports a repeated word alongside other mistakes in the same file', () => {
    expect(problems({
      needs: [
        { label: 'loneliness', words: ['lonely'], categories: ['socal'] },
        { label: 'older people', words: ['lonely'], audiences: ['older-people'] },
      ],
    }).map((p) => p.split(':')[0])).toEqual(['needs[0].categories[0]', 'needs[1].words[0]']);
  });

  it('allows a need to list the same word in several spellings', () => {
    expect(problems({ needs: [{ label: 'carers', words: ['carer', 'carers', "carer's"], categories: ['carers'] }] })).toEqual([]);
  });

  it('rejects a need that finds nothing, a repeated label, HTML, and unknown fields', () => {
    expect(problems({
      needs: [
        { label: 'carers', words: ['carer'] },
        { label: 'Carers', words: ['caring'], categories: ['carers'] },
        { label: '<b>bold</b>', words: ['x'], categories: ['social'], colour: 'red' },
      ],
    })).toEqual([
      'needs[0].words: This need finds nothing extra. Add categories, audiences, conditions or also_match.',
      'needs[2].label: label contains HTML. Write plain words only.',
      'needs[2]: Unknown field "colour". Check the spelling against the contributor guide, or remove it.',
      'needs[1].label: Two needs are labelled "Carers". Give each need its own label, or merge them.',
    ]);
    expect(problems({ needs: [{ label: 'x', words: [], categories: ['social'] }] })).toEqual([
      'needs[0].words: words is empty. List the words people type for this need.',
    ]);
    expect(problems({ words: ['lonely'] })[0]).toMatch(/^needs: /);
  });
});

describe('the shipped need-words', () => {
  const checked = validateNeedWords('content/need-words.yaml', readFileSync(SHIPPED));
  const shipped = checked.data!;
  const expand = (query: string) => expandQuery([query], shipped);

  it('validates', () => {
    expect(checked.problems).toEqual([]);
    expect(shipped.needs.length).toBeGreaterThanOrEqual(28);
  });

  it.each([
    ['lonely', 'loneliness'], ['isolated', 'loneliness'], ['on my own', 'loneliness'],
    ['grief', 'bereavement and grief'], ['bereaved', 'bereavement and grief'],
    ['low mood', 'low mood'], ['depressed', 'depression'], ['anxious', 'anxiety and stress'],
    ['COPD', 'breathing and lung conditions'], ['asthma', 'breathing and lung conditions'],
    ["Alzheimer's", 'memory and dementia'], ['dementia', 'memory and dementia'],
    ['carer', 'carers'], ['carers', 'carers'], ['diabetic', 'diabetes'],
    ['tumour', 'cancer'], ['tumor', 'cancer'], ['anaemia', 'long COVID and fatigue'], ['anemia', 'long COVID and fatigue'],
    ['ESOL', 'refugees and asylum seekers'], ['asylum seekers', 'refugees and asylum seekers'],
    ['hard of hearing', 'hearing loss'], ['partially sighted', 'sight loss'], ['money worries', 'money worries'],
  ])('"%s" finds %s', (query, need) => {
    expect(expand(query).map((e) => e.need)).toEqual([need]);
  });

  it('maps the needs to what they mean', () => {
    const [lonely] = expand('lonely');
    expect(lonely!.categories).toContain('social');
    expect(lonely!.alsoWords).toContain('befriending');
    expect(expand('grief')[0]!.categories).toContain('peer-support');
    expect(expand('depression')[0]!.categories).toContain('mental-wellbeing');
    expect(expand('COPD')[0]!.conditions.map((c) => c.toLowerCase())).toContain('copd');
    expect(expand('carers')[0]!.audiences).toEqual(['carers']);
  });

  it('leaves ambiguous everyday words alone', () => {
    for (const word of ['down', 'low', 'me', 'walking', 'music', 'the']) expect(expand(word)).toEqual([]);
  });
});

describe('the contributor guide', () => {
  it('shows an example need that validates as written', () => {
    const guide = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## Need-words: the words people search by'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const checked = validateNeedWords('example', new TextEncoder().encode(`needs:\n${example}`));
    expect(checked.problems).toEqual([]);
    expect(checked.data!.needs).toHaveLength(1);
  });
});

describe('expanding a search', () => {
  it('adds what a need means: lonely finds social activities and befriending', () => {
    expect(expandQuery(['lonely'], vocabulary)).toEqual([
      { need: 'loneliness', matched: 'lonely', categories: ['social'], audiences: [], conditions: [], alsoWords: ['befriending', 'coffee morning'] },
    ]);
  });

  it('ignores case, plurals, accents and apostrophes', () => {
    expect(needsFor('copd')).toEqual(['breathing']);
    expect(needsFor('CoPd')).toEqual(['breathing']);
    expect(needsFor('carer')).toEqual(['carers']);
    expect(needsFor('Carers')).toEqual(['carers']);
    expect(needsFor("carer's")).toEqual(['carers']);
    expect(needsFor('alzheimers')).toEqual(['memory']);
    expect(needsFor("Alzheimer's")).toEqual(['memory']);
  });

  it('matches multi-word triggers only as a whole phrase, in one string or several', () => {
    expect(needsFor('low mood')).toEqual(['low mood']);
    expect(needsFor('low', 'mood')).toEqual(['low mood']);
    expect(needsFor('Low  Mood!')).toEqual(['low mood']);
    expect(needsFor('low')).toEqual([]);
    expect(needsFor('mood low')).toEqual([]);
    expect(needsFor('living on my own')).toEqual(['loneliness']);
  });

  it('matches whole words only', () => {
    expect(needsFor('women')).toEqual([]);
    expect(needsFor('mentoring')).toEqual([]);
    expect(needsFor('heartburn')).toEqual([]);
    expect(needsFor("men's")).toEqual(['men']);
  });

  it('finds nothing for a word that is no trigger', () => {
    expect(expandQuery(['pottery'], vocabulary)).toEqual([]);
    expect(expandQuery([], vocabulary)).toEqual([]);
    expect(expandQuery(['lonely'], { needs: [] })).toEqual([]);
  });

  it('prefers the longest trigger, so "broken heart" is grief, not heart', () => {
    expect(needsFor('broken heart')).toEqual(['grief']);
    expect(needsFor('heart')).toEqual(['heart']);
  });

  it('lists each need once, in the order its words were typed', () => {
    expect(needsFor('carer feeling lonely and isolated, COPD')).toEqual(['carers', 'loneliness', 'breathing']);
  });

  it('gives the same answers from the compact browser vocabulary, which is smaller and plain JSON', () => {
    const shipped = loadNeedWords(SHIPPED);
    const browser = JSON.parse(JSON.stringify(toBrowserVocabulary(shipped))) as NeedVocabulary;
    expect(JSON.stringify(browser).length).toBeLessThan(JSON.stringify(shipped).length);
    expect(browser.needs.every((n) => Object.values(n).every((v) => !Array.isArray(v) || v.length > 0))).toBe(true);
    const queries = shipped.needs.flatMap((n) => n.words).concat(['Carers', "ALZHEIMER'S", 'pottery', 'lonely carer with COPD']);
    for (const query of queries) expect(expandQuery([query], browser)).toEqual(expandQuery([query], shipped));
  });
});

describe('matching an entry\'s conditions', () => {
  it('matches a condition word anywhere in an entry\'s condition, as whole words', () => {
    expect(matchesCondition(['Type 2 diabetes'], ['diabetes'])).toBe(true);
    expect(matchesCondition(['copd', 'asthma'], ['COPD'])).toBe(true);
    expect(matchesCondition(['heart failure'], ['heart disease'])).toBe(false);
    expect(matchesCondition(['heartburn'], ['heart'])).toBe(false);
    expect(matchesCondition([], ['COPD'])).toBe(false);
  });
});

describe('explaining an expansion', () => {
  const explained = (...words: string[]) => explain(expandQuery(words, vocabulary));

  it('names the need and the categories it added', () => {
    expect(explained('lonely')).toBe('Showing activities for loneliness: Social and befriending');
    expect(explain(expandQuery(['lonely'], vocabulary)[0]!)).toBe('Showing activities for loneliness: Social and befriending');
  });

  it('words audiences and conditions in plain English', () => {
    expect(explained('carers')).toBe('Showing activities for carers: Carers; for carers');
    expect(explained('COPD')).toBe('Showing activities for breathing: Long-term conditions; for people with COPD or asthma');
    expect(explained('dementia')).toBe('Showing activities for memory: for people living with dementia');
    expect(explain([{ need: 'LGBTQ+ people', matched: 'gay', categories: [], audiences: ['lgbtq'], conditions: [], alsoWords: [] }]))
      .toBe('Showing activities for LGBTQ+ people: for LGBTQ+ people');
  });

  it('shortens a long list of conditions', () => {
    expect(explain([{ need: 'heart', matched: 'heart', categories: [], audiences: [], conditions: ['heart disease', 'angina', 'heart failure', 'hypertension'], alsoWords: [] }]))
      .toBe('Showing activities for heart: for people with heart disease, angina, heart failure and similar');
  });

  it('joins several needs and leaves nothing to say when nothing was triggered', () => {
    expect(explained('lonely carer')).toBe('Showing activities for loneliness and carers: Social and befriending or Carers; for carers');
    expect(explained('pottery')).toBe('');
    expect(explain([{ need: 'volunteering', matched: 'volunteer', categories: [], audiences: [], conditions: [], alsoWords: ['volunteer', 'helping out'] }]))
      .toBe('Showing activities for volunteering: mentioning “volunteer” or “helping out”');
  });

  it('uses the labels it is given', () => {
    const labels = { ...VOCABULARY_LABELS, categories: { ...VOCABULARY_LABELS.categories, social: 'Meeting people' } };
    expect(explain(expandQuery(['lonely'], vocabulary), labels)).toBe('Showing activities for loneliness: Meeting people');
  });
});

describe('loading and validating the file', () => {
  const saved = process.env.CONTENT_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
  });

  function directory(needWords?: string): string {
    const dir = scratchDir('need-words');
    mkdirSync(path.join(dir, 'activities'));
    writeFileSync(path.join(dir, 'directory.yaml'), readFileSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid', 'directory.yaml')));
    if (needWords !== undefined) writeFileSync(path.join(dir, 'need-words.yaml'), needWords);
    return dir;
  }

  const BROKEN = [
    '# Words people search by.',
    'needs:',
    '  - label: loneliness',
    '    words: [lonely, isolated]',
    '    categories: [socal]',
    '  - label: older people',
    '    words: [elderly, Lonely]',
    '    audiences: [older-people]',
    '',
  ].join('\n');

  it('reads the file from CONTENT_DIR, and no file means no need-words', () => {
    process.env.CONTENT_DIR = directory();
    expect(loadNeedWords()).toEqual({ needs: [] });
    process.env.CONTENT_DIR = directory('needs:\n  - label: carers\n    words: [carer]\n    audiences: [carers]\n');
    expect(loadNeedWords().needs.map((n) => n.label)).toEqual(['carers']);
  });

  it('reports every problem at its line, through npm run validate and in the build\'s error alike', () => {
    const dir = directory(BROKEN);
    const shown = path.relative(ROOT, path.join(dir, 'need-words.yaml'));
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = [
      `${shown}:5:18  needs[0].categories[0]  "socal" is not one of the categories.  (Did you mean \`social\`? Every category is listed in CONTRIBUTING.md.)`,
      `${shown}:7:22  needs[1].words[1]  "Lonely" is a word for both "loneliness" and "older people".  (A word can start only one need: keep it in the one people mean most often, and remove it here.)`,
    ];
    expect(run.stdout.trim().split('\n')).toEqual([...lines, '✖ 1 file checked: 2 errors in 1 file.']);

    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      process.env.CONTENT_DIR = dir;
      expect(() => loadNeedWords()).toThrow(`The need-words in ${shown} have problems:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    } finally {
      process.chdir(cwd);
    }
  }, 30_000);

  it('reports a YAML mistake at its line instead of crashing', () => {
    const { problems } = validateNeedWords('need-words.yaml', new TextEncoder().encode('needs:\n  - label: x\n    words: [a, b\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'file', severity: 'error' });
    expect(problems[0]!.message).toMatch(/^This line is not valid YAML/);
    const tabbed = validateNeedWords('need-words.yaml', new TextEncoder().encode('needs:\n\t- label: x\n'));
    expect(tabbed.problems).toMatchObject([{ line: 2, column: 1, message: 'This line is indented with a tab.' }]);
  });

  it('checks the vocabulary along with all entries, or on its own when named', () => {
    const dir = scratchDir('need-words');
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'need-words.yaml'), BROKEN);
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate.ts'), ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    const all = run();
    expect(all.status).toBe(1);
    expect(all.stdout).toContain('✖ 3 files checked: 2 errors in 1 file.');
    const entry = path.join(dir, 'activities', readdirSync(path.join(dir, 'activities'))[0]!);
    expect(run(entry)).toMatchObject({ status: 0, stdout: '✔ 1 file checked: no errors.\n' });
    expect(run(path.join(dir, 'need-words.yaml')).stdout).toContain('✖ 1 file checked: 2 errors in 1 file.');
  }, 30_000);
});

describe('words of the categories\' names', () => {
  it('knows the words of every category name, in any case or number, and not the words between them', () => {
    for (const word of ['cooking', 'Walking', 'carer', 'gardening', 'long-term conditions']) expect(namesCategory(word), word).toBe(true);
    for (const word of ['class', 'group', 'and', '', 'walk']) expect(namesCategory(word), word).toBe(false);
  });
});
