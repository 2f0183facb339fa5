import { describe, expect, it } from 'vitest';
import { compileQuery, foldText, matchRanges, matchesText, type TextQuery } from './textSearch';

const q = (query: string): TextQuery => {
  const compiled = compileQuery(query);
  if (!compiled) throw new Error(`blank query: "${query}"`);
  return compiled;
};

/** The highlighted parts of a text, as strings. */
const marked = (query: string, text: string) => matchRanges(q(query), text).map((r) => text.slice(r.start, r.end));

describe('matchesText: Russian word forms', () => {
  it.each(['Узнать цену', 'Скидка от цены', 'Торг о цене', 'Расплатиться ценой времени', 'Нет цен на сайте', 'ЦЕНА'])(
    '"цена" finds "%s"',
    (text) => expect(matchesText(q('цена'), text)).toBe(true),
  );

  it.each(['Цель визита', 'Целый день', 'Счёт потерян', 'Отзывы'])(
    '"цена" does not find "%s"',
    (text) => expect(matchesText(q('цена'), text)).toBe(false),
  );

  it('any form of the query finds the other forms', () => {
    for (const query of ['цену', 'цены', 'цене', 'ценой', 'Цена']) {
      expect(matchesText(q(query), 'Какая цена?'), query).toBe(true);
    }
    expect(matchesText(q('скидки'), 'Дают скидку')).toBe(true);
    expect(matchesText(q('оплатить'), 'Оплата картой')).toBe(true);
    expect(matchesText(q('подписка'), 'Хочу оформить подписку')).toBe(true);
  });

  it('ё is е, and case does not matter', () => {
    expect(matchesText(q('ёлка'), 'Купить ЕЛКИ')).toBe(true);
    expect(matchesText(q('Елка'), 'С ёлками')).toBe(true);
    expect(matchesText(q('ЕЩЁ'), 'ещё раз')).toBe(true);
    expect(matchesText(q('еще'), 'Ещё раз')).toBe(true);
  });

  it('"цель" does not find the forms of "цена"', () => {
    expect(matchesText(q('цель'), 'Узнать цену, торг о цене')).toBe(false);
    expect(matchesText(q('цели'), 'Главная цель визита')).toBe(true);
  });
});

describe('matchesText: English word forms', () => {
  it.each(['Compare prices', 'Pricing is unclear', 'Priced too high', 'PRICE'])('"price" finds "%s"', (text) =>
    expect(matchesText(q('price'), text)).toBe(true),
  );

  it.each(['Win a prize', 'Pride of ownership', 'Book a test drive'])('"price" does not find "%s"', (text) =>
    expect(matchesText(q('price'), text)).toBe(false),
  );

  it('other forms of the query find the word', () => {
    expect(matchesText(q('prices'), 'The price is final')).toBe(true);
    expect(matchesText(q('pricing'), 'The price is final')).toBe(true);
    expect(matchesText(q('running'), 'Runs late')).toBe(true);
    expect(matchesText(q('ponies'), 'A pony ride')).toBe(true);
  });
});

describe('matchesText: words and substrings', () => {
  it('every query word must match some word of the text, in any order', () => {
    expect(matchesText(q('цена скидка'), 'Скидки на цену')).toBe(true);
    expect(matchesText(q('цена скидка'), 'Скидки на доставку')).toBe(false);
    expect(matchesText(q('test drives'), 'Book a test drive now')).toBe(true);
    expect(matchesText(q('test price'), 'Book a test drive now')).toBe(false);
  });

  it('plain substrings still match: partial words, and text across words and punctuation', () => {
    expect(matchesText(q('ric'), 'Is the price final?')).toBe(true);
    expect(matchesText(q('ice fin'), 'Is the price final?')).toBe(true);
    expect(matchesText(q('final?'), 'Is the price final?')).toBe(true);
    expect(matchesText(q('?'), 'Is the price final?')).toBe(true);
    expect(matchesText(q('?'), 'The price is final.')).toBe(false);
    expect(matchesText(q('цен'), 'Сцена')).toBe(true);
  });

  it('digits are words too', () => {
    expect(matchesText(q('2024'), 'Тарифы 2024 года')).toBe(true);
    expect(matchesText(q('2025'), 'Тарифы 2024 года')).toBe(false);
  });

  it('a blank query is no query', () => {
    expect(compileQuery('')).toBeNull();
    expect(compileQuery('   ')).toBeNull();
  });

  it('the same query gives the same object', () => {
    expect(compileQuery('Цена ')).toBe(compileQuery(' цена'));
  });
});

describe('matchRanges', () => {
  it('marks every matched word form, whole', () => {
    expect(marked('цена', 'Цена и цены, но не цель; ценой')).toEqual(['Цена', 'цены', 'ценой']);
    expect(marked('price', 'Prices and pricing; not the prize')).toEqual(['Prices', 'pricing']);
    expect(marked('цена скидка', 'Скидки на цену')).toEqual(['Скидки', 'цену']);
  });

  it('widens a substring match to whole words', () => {
    expect(marked('ric', 'Is the price final?')).toEqual(['price']);
    expect(marked('ice fin', 'Is the price final?')).toEqual(['price final']);
    expect(marked('?', 'Why? Really?')).toEqual(['?', '?']);
  });

  it('is empty when the text does not match', () => {
    expect(matchRanges(q('цена'), 'Цель визита')).toEqual([]);
    expect(matchRanges(q('цена скидка'), 'Скидки на доставку')).toEqual([]);
  });

  it('ranges index the original text, whatever its letters', () => {
    const text = 'İstanbul: ЁЛКИ по цене';
    expect(foldText(text)).toHaveLength(text.length);
    expect(marked('елка', text)).toEqual(['ЁЛКИ']);
    expect(marked('цена', text)).toEqual(['цене']);
  });
});

describe('speed on a 5,000-card map', () => {
  it('one query over 5,000 generated card texts (time printed, not asserted)', () => {
    // About 600 word forms: Russian roots with case endings, English roots with suffixes.
    const ru = ['цен', 'скидк', 'оплат', 'доставк', 'подписк', 'клиент', 'менеджер', 'визит', 'сайт', 'отзыв',
      'магазин', 'корзин', 'заказ', 'карт', 'кнопк', 'форм', 'заявк', 'услуг', 'товар', 'консультант'];
    const en = ['price', 'deliver', 'book', 'test', 'drive', 'customer', 'want', 'answer', 'order', 'pay', 'call',
      'visit', 'review', 'cart', 'form', 'offer', 'discount', 'dealer', 'contract', 'finance'];
    const vocabulary = [
      ...ru.flatMap((root) => ['а', 'у', 'е', 'ой', 'ы', 'ами', 'ах', 'ам', 'ом', 'ов', ''].map((end) => root + end)),
      ...en.flatMap((root) => ['', 's', 'ing', 'ed', 'er', 'ers', 'ment', 'able', 'ation', 'ly'].map((end) => root + end)),
      'цель', 'цели', 'целью', 'и', 'в', 'на', 'не', 'от', 'the', 'a', 'to', 'of',
    ];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const texts = Array.from({ length: 5000 }, (_, i) => {
      const n = 4 + Math.floor(random() * 12);
      const words = Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]!);
      return `${words.join(' ')} №${i}`;
    });
    const run = (query: string) => {
      const started = performance.now();
      const compiled = q(query);
      let found = 0;
      for (const text of texts) if (matchesText(compiled, text)) found++;
      return { found, ms: performance.now() - started };
    };
    const cold = run('цена');
    const warm = run('скидка цена');
    const again = run('цена');
    const ranges = performance.now();
    for (const text of texts) matchRanges(q('цена'), text);
    const rangesMs = performance.now() - ranges;
    console.log(
      `find over 5,000 cards: first query ${cold.ms.toFixed(1)} ms (stems computed, ${cold.found} found), ` +
        `second query ${warm.ms.toFixed(1)} ms (${warm.found} found), the first again ${again.ms.toFixed(1)} ms; ` +
        `highlight ranges of all 5,000 ${rangesMs.toFixed(1)} ms`,
    );
    expect(again.found).toBe(cold.found);
    expect(cold.found).toBeGreaterThan(0);
    expect(cold.found).toBeLessThan(5000);
  });
});
