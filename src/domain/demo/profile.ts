// Who the demo map is for, and what the brand set out to test. Russian and English side by side.
import type { Arm, HypothesisStatus } from '../types';
import type { Text2 } from './stages';

export const DEMO_MAP_TITLE: Text2 = ['Покупка семейного кроссовера (бренд X)', 'Buying a family crossover (brand X)'];

export const DEMO_SEGMENT = {
  name: ['Семейные мужчины 30+, доход от 100 тыс. ₽ в месяц', 'Family men 30+, income from 100k RUB a month'] as Text2,
  description: [
    'Женаты, один-два ребёнка, первый или второй автомобиль для семьи. Приносят наибольшую маржу: берут старшие комплектации и допоборудование.',
    'Married, one or two children, buying the family’s first or second car. The most profitable group: they choose upper trims and extra equipment.',
  ] as Text2,
};

export const DEMO_PERSONA = {
  name: ['Андрей Соколов', 'Andrey Sokolov'] as Text2,
  gender: ['мужской', 'male'] as Text2,
  city: ['Екатеринбург', 'Yekaterinburg'] as Text2,
  interests: ['Рыбалка, поездки на дачу, хоккей с сыном', 'Fishing, weekends at the dacha, ice hockey with his son'] as Text2,
  onlineBehaviour: [
    'Смотрит автообзоры на видеохостингах, читает форумы владельцев, сидит в родительских чатах в мессенджере',
    'Watches car reviews on video sites, reads owners’ forums, is active in parents’ messenger chats',
  ] as Text2,
  habits: [
    'Сравнивает всё в таблицах; годами верен одной заправке и одному банку',
    'Compares everything in spreadsheets; loyal to one fuel station and one bank for years',
  ] as Text2,
  goals: [
    'Безопасная и вместительная машина, которая прослужит 5–7 лет',
    'A safe, roomy car that will last 5–7 years',
  ] as Text2,
  pains: [
    'Нет времени объезжать салоны; боится переплатить за ненужные опции',
    'No time to tour dealerships; afraid of overpaying for options he doesn’t need',
  ] as Text2,
  quote: ['«Скажите мне честную цену — и я приеду подписывать»', '“Tell me the honest price and I’ll come and sign”'] as Text2,
  notes: [
    'Решение принимает вместе с женой; последнее слово за ним, но салон оценивает она.',
    'Decides together with his wife; he has the final say, but she judges the interior.',
  ] as Text2,
};

export interface DemoHypothesis {
  stageIndex: number;
  recommendationIndex: number;
  title: Text2;
  statement: Text2;
  metric: Text2;
  treatment: Text2;
  control: Text2;
  owner: Text2;
  conclusion: Text2;
  startDaysAgo: number;
  lengthDays: number;
  targetSample: number;
  /** Status changes: [status, days ago], oldest first; the last is the current status. */
  history: [HypothesisStatus, number][];
  /** [arm, days ago, customers, conversions] */
  readings: [Arm, number, number, number][];
  /** The sizing the team did before the start. */
  plan: { baselineRate: number; minDetectableEffect: number; customersPerWeek: number };
}

export const DEMO_HYPOTHESES: DemoHypothesis[] = [
  {
    stageIndex: 4,
    recommendationIndex: 2,
    title: ['Продающая цепочка писем о допоборудовании', 'Sales e-mail chain for extra equipment'],
    statement: [
      'Если подключить клиента к продающей цепочке писем о допоборудовании, то его будут покупать чаще, чем когда продаёт только персональный менеджер, потому что клиент получает советы вовремя и может обдумать их дома.',
      'If we connect customers to a sales e-mail chain about extra equipment, more of them will buy it than when only the personal manager sells it, because they get the advice at the right moment and can think it over at home.',
    ],
    metric: [
      'Клиент — заключивший сделку; успех — покупка допоборудования до выдачи машины',
      'Customer: anyone who signed a deal; success: buying extra equipment before delivery',
    ],
    treatment: ['Цепочка из 5 писем между сделкой и выдачей + работа менеджера', 'A 5-e-mail chain between the deal and delivery, plus the manager'],
    control: ['Только персональный менеджер, без писем', 'The personal manager only, no e-mails'],
    owner: ['Мария, CRM-маркетолог', 'Maria, CRM marketer'],
    conclusion: [
      'Цепочка повысила покупки допоборудования; внедряем её для всех клиентов сегмента.',
      'The chain raised extra-equipment purchases; rolling it out to every customer in the segment.',
    ],
    startDaysAgo: 200,
    lengthDays: 150,
    targetSample: 150,
    history: [
      ['idea', 230],
      ['planned', 215],
      ['running', 200],
      ['analysing', 45],
      ['adopted', 30],
    ],
    readings: [
      ['control', 120, 70, 8],
      ['treatment', 120, 74, 15],
      ['control', 50, 70, 10],
      ['treatment', 50, 76, 19],
    ],
    plan: { baselineRate: 0.12, minDetectableEffect: 0.13, customersPerWeek: 14 },
  },
  {
    stageIndex: 2,
    recommendationIndex: 0,
    title: ['Итоговая цена на сайте дилера', 'Final price on the dealer’s website'],
    statement: [
      'Если показывать на сайте дилера итоговую цену и условия, то больше посетителей оставят заявку, потому что им не придётся объезжать салоны ради цены.',
      'If the dealer’s website shows the final price and terms, more visitors will leave a request, because they no longer have to tour dealerships to learn the price.',
    ],
    metric: [
      'Клиент — посетитель страницы модели; успех — заявка на визит',
      'Customer: a visitor of the model page; success: a visit request',
    ],
    treatment: ['Страница модели с итоговой ценой и условиями', 'Model page with the final price and terms'],
    control: ['Прежняя страница: «цена по запросу»', 'The old page: “price on request”'],
    owner: ['Игорь, digital-маркетинг дилера', 'Igor, dealer digital marketing'],
    conclusion: ['', ''],
    startDaysAgo: 40,
    lengthDays: 120,
    targetSample: 1500,
    history: [
      ['idea', 70],
      ['planned', 55],
      ['running', 40],
    ],
    readings: [
      ['control', 10, 640, 19],
      ['treatment', 10, 655, 27],
    ],
    plan: { baselineRate: 0.03, minDetectableEffect: 0.015, customersPerWeek: 130 },
  },
];
