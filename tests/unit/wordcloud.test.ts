import { isStopWord, tokenize, wordCloud, WORD_CLOUD_MAX } from '../../shared/wordcloud';

describe('word cloud: stop words of the six UN languages', () => {
  test('the stop-word package and the extra list hold the common function words', () => {
    const common = [
      ...['we', 'will', 'our', 'the', 'an', 'on', 'us', 'shall'],
      ...['nous', 'les', 'des', 'pour', 'sur', 'notre'],
      ...['para', 'los', 'las', 'nosotros', 'nuestro', 'antes'],
      ...['и', 'в', 'мы', 'до', 'наш', 'будем'],
      ...['في', 'من', 'على', 'سوف', 'خلال'],
      ...['的', '我们', '和', '将', '之前'],
    ];
    expect(common.filter((w) => !isStopWord(w))).toEqual([]);
    expect(['data', 'open', 'données', 'datos', 'данные', 'بيانات', '数据'].filter((w) => isStopWord(w))).toEqual([]);
  });

  test('fillers a pledge wall would show as its biggest words are dropped in each language', () => {
    const fillers = {
      en: ['least', 'also', 'will', 'more', 'even', 'already', 'including', 'however', 'really', 'always', 'things', 'everyone'],
      fr: ['moins', 'aussi', 'plus', 'également', 'encore', 'déjà', 'notamment', 'toujours', 'plusieurs', 'donc', 'ferons'],
      es: ['menos', 'más', 'también', 'además', 'incluso', 'especialmente', 'muchos', 'siempre', 'través', 'haremos'],
      ru: ['менее', 'более', 'также', 'очень', 'каждый', 'несколько', 'например', 'которые', 'своих', 'вместе'],
      ar: ['الأقل', 'أيضا', 'أيضاً', 'فقط', 'لقد', 'سنقوم', 'عبر'],
      zh: ['至少', '更多', '非常', '许多', '此外', '包括', '进一步'],
    };
    expect(Object.fromEntries(Object.entries(fillers).map(([lang, words]) => [lang, words.filter((w) => !isStopWord(w))]))).toEqual({
      en: [], fr: [], es: [], ru: [], ar: [], zh: [],
    });
    // The words a pledge is about stay.
    expect(['connectivity', 'schools', 'écoles', 'escuelas', 'школы', 'المدارس', '学校', 'training', 'women'].filter((w) => isStopWord(w))).toEqual([]);
    const cloud = wordCloud([
      'We will train at least 200 teachers, and even more librarians, in digital skills.',
      'At least ten schools will also be connected, including rural schools, already this year.',
      'Nous formerons au moins 300 enseignants, notamment dans les écoles rurales.',
      'سنقوم بتدريب 100 معلم على الأقل في المدارس الريفية أيضاً.',
    ]);
    expect(cloud.map((w) => w.word).filter((w) => ['least', 'even', 'also', 'including', 'already', 'moins', 'notamment', 'الأقل', 'أيضا', 'سنقوم'].includes(w))).toEqual([]);
    expect(cloud[0]).toEqual({ word: 'schools', count: 2 });
  });

  test('English', () => {
    expect(tokenize('We will publish an open dataset on connectivity before the next forum, with our partners.')).toEqual([
      'publish', 'open', 'dataset', 'connectivity', 'next', 'forum', 'partners',
    ]);
  });

  test('French, with elisions', () => {
    expect(tokenize("Nous publierons d'ici l'an prochain des données ouvertes sur l'accès à l'internet pour les écoles.")).toEqual([
      'publierons', 'prochain', 'données', 'ouvertes', 'accès', 'internet', 'écoles',
    ]);
    expect(tokenize('Aujourd’hui, qu’il s’agisse des écoles')).toEqual(['agisse', 'écoles']);
  });

  test('Spanish', () => {
    expect(tokenize('Nosotros publicaremos para los municipios un informe anual sobre la conectividad de las escuelas rurales.')).toEqual([
      'publicaremos', 'municipios', 'informe', 'anual', 'conectividad', 'escuelas', 'rurales',
    ]);
  });

  test('Russian (ё read as е for the stop words)', () => {
    expect(tokenize('Мы опубликуем открытые данные о подключении школ и больниц в регионах до конца года.')).toEqual([
      'опубликуем', 'открытые', 'данные', 'подключении', 'школ', 'больниц', 'регионах', 'конца', 'года',
    ]);
    expect(tokenize('Мы всё ещё публикуем')).toEqual(['публикуем']);
  });

  test('Arabic, with diacritics folded away', () => {
    expect(tokenize('سوف ننشر بيانات مفتوحة عن الاتصال في المدارس من خلال شراكة على المستوى الوطني.')).toEqual([
      'ننشر', 'بيانات', 'مفتوحة', 'الاتصال', 'المدارس', 'شراكة', 'المستوى', 'الوطني',
    ]);
    expect(tokenize('بَيَانَاتٌ فِي المدارس')).toEqual(['بيانات', 'المدارس']);
  });

  test('Chinese is segmented into words without its stop words', () => {
    const words = tokenize('我们将在下一届论坛之前发布开放数据');
    expect(words.length).toBeGreaterThanOrEqual(2);
    expect(words.filter((w) => isStopWord(w))).toEqual([]);
    for (const stop of ['我们', '将', '在', '下', '一', '届', '之前']) expect(words).not.toContain(stop);
    expect(words.join('')).toContain('数据');
    expect(words.join('')).toContain('论坛');
    expect(words.every((w) => [...w].length >= 2)).toBe(true);
    expect(words.join('|')).not.toBe('我们将在下一届论坛之前发布开放数据'); // not one block
  });

  test('single Chinese characters: joined where ICU split a word, kept alone unless a stop word', () => {
    expect(tokenize('我们为农村学校提供宽带和数字技能培训。')).toContain('宽带');
    expect(tokenize('我们为学校提供水和电')).toEqual(['学校', '提供', '水', '电']);
  });

  test('Japanese and Thai are segmented too', () => {
    const ja = tokenize('私たちは次のフォーラムまでにオープンデータを公開します');
    expect(ja).toEqual(expect.arrayContaining(['フォーラム', '公開']));
    expect(ja.join('')).toContain('データ');
    for (const stop of ['は', 'の', 'まで', 'に', 'を', 'ます']) expect(ja).not.toContain(stop);
    const th = tokenize('เราจะเผยแพร่ข้อมูลเปิดก่อนการประชุมครั้งหน้า');
    expect(th).toEqual(expect.arrayContaining(['ข้อมูล', 'ประชุม']));
    expect(th.length).toBeGreaterThan(3);
  });

  test('one text mixing languages loses each language’s stop words', () => {
    expect(tokenize('We will share 数据 with the ministerio de educación и школы, في المدارس')).toEqual([
      'share', '数据', 'ministerio', 'educación', 'школы', 'المدارس',
    ]);
  });
});

describe('word cloud: what is not a word', () => {
  test('punctuation, emoji, numbers, URLs and e-mail addresses', () => {
    const words = tokenize(
      '🌍🚀 Open data!!! 2025, 100% — see https://www.example.org/data?id=42 & write to team@example.org (v2.0) #OpenData ١٢٣ 3.5',
    );
    expect(words).toEqual(['open', 'data', 'see', 'write', 'opendata']);
    expect(tokenize('www.example.org/open and example.org')).toEqual([]);
    expect(tokenize('Read e.g. the U.S. report')).toEqual(['read', 'report']);
  });

  test('English contractions and possessives; one-letter words', () => {
    expect(tokenize("We'll share women’s data; we don't sell it, they're sure.")).toEqual(['share', 'women', 'data', 'sell', 'sure']);
    expect(tokenize('x y z e-government')).toEqual(['e-government']);
  });

  test('hyphenated compounds are one word, whichever hyphen; a compound function word is dropped whole', () => {
    expect(tokenize('We will co-fund multi-stakeholder e\u2011government and COVID-19 recovery for well\u2010being - together')).toEqual([
      'co-fund',
      'multi-stakeholder',
      'e-government',
      'covid-19',
      'recovery',
      'well-being',
      'together',
    ]);
    // Spaces around a hyphen (a dash) or numbers alone: no compound.
    expect(tokenize('data - governance 2025-2030')).toEqual(['data', 'governance']);
    expect(tokenize('Из-за этого мы что-то сделаем; peut-être, c’est-à-dire')).toEqual(['сделаем']);
    expect(wordCloud(['multi-stakeholder model', 'Multi\u2011stakeholder forum']).slice(0, 1)).toEqual([{ word: 'multi-stakeholder', count: 2 }]);
  });

  test('acronyms written in capitals are kept, unless the whole text is in capitals', () => {
    expect(tokenize('The UN and WHO will help US farmers use AI and 5G')).toEqual(['un', 'who', 'help', 'us', 'farmers', 'use', 'ai', '5g']);
    expect(tokenize('who will help us use it')).toEqual(['help', 'use']);
    expect(tokenize('WE WILL PUBLISH OPEN DATA')).toEqual(['publish', 'open', 'data']);
    expect(tokenize('我们将推动AI发展')).toContain('ai');
  });

  test('the locale lower-cases', () => {
    expect(tokenize('Pledge for İzmir', 'tr')).toEqual(['pledge', 'izmir']);
    expect(tokenize('Pledge for İzmir')).toEqual(['pledge', 'i\u0307zmir']);
  });

  test('empty input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' … 🙂 2025 ')).toEqual([]);
    expect(wordCloud([])).toEqual([]);
  });
});

describe('word cloud: counting', () => {
  test('counts across texts, most frequent first, ties alphabetical', () => {
    expect(wordCloud(['Open data for schools', 'open DATA, open schools.', 'Data!', 'Libraries'])).toEqual([
      { word: 'data', count: 3 },
      { word: 'open', count: 3 },
      { word: 'schools', count: 2 },
      { word: 'libraries', count: 1 },
    ]);
  });

  test('ties follow localeCompare, not code units', () => {
    const words = wordCloud(['zinc énergie economy']).map((w) => w.word);
    expect(words).toEqual(['economy', 'énergie', 'zinc']);
    expect([...words].sort()).not.toEqual(words); // a plain sort would put énergie last
  });

  test('at most max words, 60 by default', () => {
    const texts = ['data data data schools schools libraries'];
    expect(wordCloud(texts, { max: 2 })).toEqual([
      { word: 'data', count: 3 },
      { word: 'schools', count: 2 },
    ]);
    expect(wordCloud(texts, { max: 0 })).toEqual([]);
    const many = Array.from({ length: 70 }, (_, i) => `topic${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`);
    expect(new Set(many).size).toBe(70);
    expect(wordCloud([many.join(' ')])).toHaveLength(WORD_CLOUD_MAX);
    expect(WORD_CLOUD_MAX).toBe(60);
  });

  test('the same word in six languages’ pledges is counted once per occurrence', () => {
    const cloud = wordCloud([
      'We will publish open data.',
      'Nous publierons des données ouvertes.',
      'Publicaremos datos abiertos para las escuelas.',
      'Мы опубликуем открытые данные.',
      'سوف ننشر بيانات مفتوحة في المدارس.',
      '我们将发布开放数据。',
      'More open data, by our ministry.',
    ]);
    expect(cloud[0]).toEqual({ word: 'data', count: 2 });
    expect(cloud[1]).toEqual({ word: 'open', count: 2 });
    expect(cloud.slice(2).every((w) => w.count === 1)).toBe(true);
    expect(cloud.map((w) => w.word)).toEqual(expect.arrayContaining(['données', 'datos', 'данные', 'بيانات', 'ministry']));
    expect(cloud.some((w) => isStopWord(w.word))).toBe(false);
  });
});
