// The demo journey: a family man buying a crossover from brand X, stage by stage.
// Facts follow the method's worked example (domain.md); every text is Tropa's own, in both
// languages side by side so the two versions cannot drift apart.
import type { Channel, GoalAlignment, Severity } from '../types';

/** A text in Russian and English. */
export type Text2 = readonly [ru: string, en: string];

export interface DemoStage {
  name: Text2;
  goals: Text2[];
  thoughts: Text2[];
  actions: Text2[];
  brandGoals: Text2[];
  touchpoints: [Channel, Text2][];
  experience: Text2[];
  /** -2..+2 */
  emotion: number;
  barriers: [Severity, Text2][];
  recommendations: Text2[];
  /** [recommendation index, barrier index] pairs: the recommendation removes that barrier. */
  answers?: [number, number][];
  alignment?: GoalAlignment;
}

export const DEMO_STAGES: DemoStage[] = [
  {
    name: ['Подбор вариантов кроссовера', 'Shortlisting crossovers'],
    goals: [['Понять, какие кроссоверы подходят семье по размеру и бюджету', 'Find which crossovers fit the family’s size and budget']],
    thoughts: [
      ['Хватит ли места для двух детских кресел и коляски?', 'Will two child seats and a pushchair fit?'],
      ['Не переплачу ли я за марку?', 'Am I paying extra just for the badge?'],
    ],
    actions: [
      ['Смотрит обзоры и рейтинги кроссоверов', 'Watches reviews and crossover rankings'],
      ['Спрашивает знакомых, на чём они ездят', 'Asks friends what they drive'],
    ],
    brandGoals: [['Попасть в короткий список клиента', 'Make it onto the customer’s shortlist']],
    touchpoints: [
      ['outdoor', ['Билборды с новой моделью у трассы', 'Roadside billboards with the new model']],
      ['social', ['Видеообзоры в соцсетях', 'Video reviews on social media']],
      ['website', ['Раздел моделей на сайте бренда', 'Model range on the brand’s website']],
    ],
    experience: [['Составил список из пяти моделей, две из них — бренда X', 'Listed five models, two of them from brand X']],
    emotion: 1,
    barriers: [],
    recommendations: [['Сделать на сайте подбор модели по размеру семьи и бюджету', 'Add a model finder by family size and budget to the website']],
    alignment: 'aligned',
  },
  {
    name: ['Сравнение моделей', 'Comparing models'],
    goals: [['Сравнить модели по цене, расходу и безопасности', 'Compare models on price, fuel use and safety']],
    thoughts: [
      ['Где найти честные отзывы владельцев?', 'Where can I find honest owner reviews?'],
      ['Сколько будет стоить обслуживание через три года?', 'What will servicing cost in three years?'],
    ],
    actions: [
      ['Читает форумы владельцев', 'Reads owners’ forums'],
      ['Сравнивает комплектации в таблице', 'Compares trim levels in a spreadsheet'],
    ],
    brandGoals: [['Показать преимущества модели перед конкурентами', 'Show how the model beats its rivals']],
    touchpoints: [
      ['reviews', ['Форумы и отзывы владельцев', 'Owners’ forums and reviews']],
      ['website', ['Сравнение комплектаций на сайте', 'Trim comparison on the website']],
    ],
    experience: [['Нашёл на форуме негативный отзыв о коробке передач', 'Found a negative forum post about the gearbox']],
    emotion: 0,
    barriers: [['medium', ['Негативный отзыв на форуме без ответа бренда', 'A negative forum post the brand never answered']]],
    recommendations: [
      ['Отвечать на отзывы на форумах от имени бренда', 'Answer forum reviews on behalf of the brand'],
      ['Опубликовать честное сравнение стоимости владения', 'Publish an honest cost-of-ownership comparison'],
    ],
    answers: [[0, 0]],
  },
  {
    name: ['Выбор салона', 'Choosing a dealership'],
    goals: [['Найти удобный салон с лучшими условиями', 'Find a convenient dealership with the best terms']],
    thoughts: [['Почему нигде не пишут итоговую цену?', 'Why does nobody show the final price?']],
    actions: [
      ['Изучает сайты официальных дилеров', 'Studies official dealers’ websites'],
      ['Смотрит салоны на карте', 'Looks dealerships up on a map'],
    ],
    brandGoals: [['Дать актуальные адреса и контакты официальных дилеров', 'Give up-to-date addresses and contacts of official dealers']],
    touchpoints: [
      ['website', ['Список дилеров на сайте бренда', 'Dealer list on the brand’s website']],
      ['website', ['Сайты дилеров', 'Dealers’ own websites']],
    ],
    experience: [['На сайтах дилеров нет цен и условий покупки', 'Dealer websites show no prices or purchase terms']],
    emotion: -1,
    barriers: [
      ['high', ['Нет окончательной стоимости — приходится объезжать каждый салон', 'No final price: he has to visit every dealership to learn the terms']],
      ['medium', ['Выбор салона отнимает много времени', 'Choosing a dealership takes far too long']],
      ['medium', ['На сайтах дилеров мало информации', 'Dealer websites say too little']],
    ],
    recommendations: [
      ['Публиковать итоговую цену и условия на сайте дилера', 'Publish the final price and terms on each dealer’s site'],
      ['Калькулятор предложения на сайте бренда по всем дилерам', 'An offer calculator across all dealers on the brand’s site'],
    ],
    answers: [
      [0, 0],
      [1, 1],
      [0, 2],
    ],
    alignment: 'aligned',
  },
  {
    name: ['Связь с дилером', 'Contacting the dealer'],
    goals: [['Договориться о визите в удобное время', 'Book a visit at a convenient time']],
    thoughts: [['Перезвонят ли мне быстро?', 'Will they call me back quickly?']],
    actions: [['Оставляет заявку на сайте дилера', 'Leaves a request on the dealer’s website']],
    brandGoals: [['Быстро перезвонить и пригласить в салон', 'Call back fast and invite him to the showroom']],
    touchpoints: [
      ['website', ['Форма заявки на сайте', 'Request form on the website']],
      ['phone', ['Обратный звонок менеджера', 'Call back from a sales manager']],
    ],
    experience: [['Перезвонили через 5 минут, сразу назвали салон и время визита', 'Called back within 5 minutes with the showroom and a visit time']],
    emotion: 1,
    barriers: [],
    recommendations: [['Закрепить стандарт: обратный звонок не позже 10 минут', 'Make a 10-minute call-back the standard']],
    alignment: 'aligned',
  },
  {
    name: ['Первичная консультация в салоне', 'First consultation in the showroom'],
    goals: [
      ['Увидеть машину вживую', 'See the car in person'],
      ['Получить ответы на все вопросы', 'Get all his questions answered'],
    ],
    thoughts: [
      ['Понравится ли мне салон внутри?', 'Will I like the interior?'],
      ['Будут ли навязывать допопции?', 'Will they push extra options on me?'],
      ['Знает ли менеджер модель досконально?', 'Does the manager really know this model?'],
    ],
    actions: [
      ['Приезжает в салон', 'Comes to the showroom'],
      ['Общается с менеджером', 'Talks to a sales manager'],
    ],
    brandGoals: [['Сразу записать клиента на тест-драйв', 'Book a test drive straight away']],
    touchpoints: [['showroom', ['Менеджер в салоне', 'Sales manager in the showroom']]],
    experience: [['Менеджер почти сразу предложил тест-драйв, на часть вопросов не ответил', 'The manager pushed a test drive almost at once and left some questions unanswered']],
    emotion: -1,
    barriers: [
      ['high', ['Цели расходятся: клиент хочет ответов, менеджер — записи на тест-драйв', 'Goals clash: the customer wants answers, the manager wants a test-drive booking']],
      ['medium', ['Менеджер плохо знает характеристики модели', 'The manager is unsure of the model’s specifications']],
    ],
    recommendations: [
      ['Сначала ответить на все вопросы, потом предлагать тест-драйв', 'Answer every question first, then offer the test drive'],
      ['Обучить менеджеров модели и держать зрительный контакт', 'Train managers on the model and keep eye contact'],
      ['Подключить клиента к продающей цепочке писем о допоборудовании', 'Sign the customer up to a sales e-mail chain about extra equipment'],
    ],
    answers: [
      [0, 0],
      [1, 1],
    ],
    alignment: 'conflict',
  },
  {
    name: ['Запись на тест-драйв', 'Booking a test drive'],
    goals: [['Выбрать удобную дату тест-драйва', 'Pick a convenient test-drive date']],
    thoughts: [['Можно ли взять с собой семью?', 'Can I bring the family along?']],
    actions: [['Договаривается о дате с менеджером', 'Agrees a date with the manager']],
    brandGoals: [['Закрепить дату и не потерять клиента', 'Fix the date and keep the customer']],
    touchpoints: [
      ['showroom', ['Запись у менеджера в салоне', 'Booking with the manager in the showroom']],
      ['sms', ['SMS с подтверждением записи', 'SMS confirming the booking']],
    ],
    experience: [['Записали на субботу, подтверждение пришло по SMS', 'Booked for Saturday, confirmed by SMS']],
    emotion: 0,
    barriers: [],
    recommendations: [['Давать записаться онлайн и выбрать время самому', 'Let customers book online and pick the slot themselves']],
  },
  {
    name: ['Ожидание тест-драйва', 'Waiting for the test drive'],
    goals: [['Не забыть о тест-драйве и подготовиться', 'Remember the test drive and get ready for it']],
    thoughts: [['Может, пока посмотреть и другие марки?', 'Maybe I should look at other brands meanwhile?']],
    actions: [['Продолжает смотреть предложения конкурентов', 'Keeps looking at rivals’ offers']],
    brandGoals: [['Оставаться на виду, чтобы клиент не передумал', 'Stay in sight so he doesn’t change his mind']],
    touchpoints: [
      ['phone', ['Звонок-напоминание от дилера', 'Reminder call from the dealer']],
      ['email', ['Личное письмо менеджера с напоминанием', 'Personal reminder e-mail from the manager']],
    ],
    experience: [['Накануне позвонили и прислали письмо с адресом и временем', 'The day before: a call and an e-mail with the address and time']],
    emotion: 0,
    barriers: [['low', ['Между записью и поездкой клиент успевает записаться к конкурентам', 'Between booking and the drive he books with rivals too']]],
    recommendations: [['Прислать видео о модели и чек-лист тест-драйва', 'Send a model video and a test-drive checklist']],
    answers: [[0, 0]],
  },
  {
    name: ['Тест-драйв', 'The test drive'],
    goals: [['Проверить машину в реальной езде', 'Try the car on real roads']],
    thoughts: [['Как машина ведёт себя на трассе и в пробке?', 'How does it handle on the motorway and in traffic?']],
    actions: [['Ездит по маршруту с менеджером, семья оценивает салон', 'Drives a set route with the manager; the family tries the cabin']],
    brandGoals: [['Вызвать желание купить именно эту модель', 'Make him want this very model']],
    touchpoints: [['showroom', ['Тест-драйв с менеджером', 'Test drive with the manager']]],
    experience: [['Маршрут 20 минут, детские кресла поставили по просьбе', 'A 20-minute route; child seats fitted on request']],
    emotion: 2,
    barriers: [],
    recommendations: [['Предлагать маршрут с трассой и парковкой', 'Offer a route with a motorway stretch and parking']],
    alignment: 'aligned',
  },
  {
    name: ['Обсуждение предложения', 'Discussing the offer'],
    goals: [['Получить лучшую цену, кредит и оценку старой машины', 'Get the best price, credit and a trade-in value']],
    thoughts: [['Не спрятаны ли в кредите лишние страховки?', 'Are there hidden insurances in the loan?']],
    actions: [['Сравнивает кредитные предложения и трейд-ин', 'Compares credit offers and the trade-in price']],
    brandGoals: [['Согласовать сделку с допоборудованием', 'Agree a deal that includes extra equipment']],
    touchpoints: [
      ['showroom', ['Кредитный специалист в салоне', 'Finance specialist at the dealership']],
      ['messenger', ['Расчёт предложения в мессенджере', 'Offer calculation sent by messenger']],
    ],
    experience: [['Расчёт прислали в мессенджер на следующий день', 'The calculation arrived by messenger the next day']],
    emotion: 0,
    barriers: [['medium', ['Непрозрачный расчёт кредита', 'An unclear loan calculation']]],
    recommendations: [['Показывать полный расчёт кредита по строкам', 'Show the full loan calculation line by line']],
    answers: [[0, 0]],
  },
  {
    name: ['Сделка', 'The deal'],
    goals: [['Быстро и без ошибок оформить покупку', 'Complete the purchase quickly and without mistakes']],
    thoughts: [['Почему оформление занимает столько времени?', 'Why is the paperwork taking so long?']],
    actions: [['Подписывает договор и вносит предоплату', 'Signs the contract and pays a deposit']],
    brandGoals: [['Заключить сделку и оставить хорошее впечатление', 'Close the deal and leave a good impression']],
    touchpoints: [['showroom', ['Оформление документов в салоне', 'Paperwork at the dealership']]],
    experience: [['Оформление заняло почти три часа', 'The paperwork took almost three hours']],
    emotion: -1,
    barriers: [['high', ['Долгое оформление покупки', 'Slow purchase paperwork']]],
    recommendations: [
      ['Сократить оформление: готовить документы заранее', 'Shorten the paperwork by preparing documents in advance'],
      ['Поздравительное письмо и подарок от бренда', 'A congratulation e-mail and a small gift from the brand'],
    ],
    answers: [[0, 0]],
  },
  {
    name: ['Ожидание автомобиля после предоплаты', 'Waiting for the car after the deposit'],
    goals: [['Знать, где машина и когда её выдадут', 'Know where the car is and when he gets it']],
    thoughts: [['А не найти ли машину быстрее в другом салоне?', 'Could I get a car sooner elsewhere?']],
    actions: [['Звонит менеджеру узнать статус', 'Calls the manager for news']],
    brandGoals: [['Удержать мотивацию клиента до выдачи', 'Keep him motivated until delivery']],
    touchpoints: [['phone', ['Звонки менеджеру по инициативе клиента', 'Calls to the manager, made by the customer']]],
    experience: [['Три недели бренд не выходил на связь сам', 'For three weeks the brand never got in touch first']],
    emotion: -2,
    barriers: [['high', ['Бренд молчит — клиент может уйти в другой салон', 'The brand goes silent: he may walk away to another dealer']]],
    recommendations: [
      ['Контентная цепочка писем о выбранной модели', 'A content e-mail series about the chosen model'],
      ['Статусные письма: где сейчас машина', 'Status e-mails: where the car is now'],
      ['Письмо о допоборудовании: коврики, пороги', 'An e-mail about extras: mats, side steps'],
      ['Письмо о том, как ездить в первые месяцы', 'An e-mail on driving the car in its first months'],
    ],
    answers: [
      [0, 0],
      [1, 0],
    ],
  },
  {
    name: ['Выдача автомобиля', 'Delivery'],
    goals: [['Получить машину в идеальном состоянии', 'Take the car in perfect condition']],
    thoughts: [['Всё ли установлено, что я заказал?', 'Is everything I ordered fitted?']],
    actions: [['Осматривает машину и подписывает акт', 'Inspects the car and signs the handover form']],
    brandGoals: [['Сделать выдачу праздником', 'Make the handover a celebration']],
    touchpoints: [
      ['showroom', ['Торжественная выдача в салоне', 'Handover ceremony at the dealership']],
      ['mobileApp', ['Подключение мобильного приложения', 'Setting up the mobile app']],
    ],
    experience: [['Выдача заняла 40 минут, приложение настроили на месте', 'Handover took 40 minutes; the app was set up on the spot']],
    emotion: 2,
    barriers: [],
    recommendations: [['Фото семьи с новой машиной и отправка в мессенджер', 'Take a family photo with the car and send it by messenger']],
    alignment: 'aligned',
  },
  {
    name: ['Гарантийное обслуживание', 'Warranty service'],
    goals: [['Обслуживаться быстро и без лишних трат', 'Get servicing done quickly with no surprise costs']],
    thoughts: [['Не навяжут ли лишние работы на ТО?', 'Will they add unnecessary work at the service?']],
    actions: [['Записывается на ТО через приложение', 'Books the service through the app']],
    brandGoals: [['Сохранить лояльность владельца к марке', 'Keep the owner loyal to the brand']],
    touchpoints: [
      ['mobileApp', ['Запись на ТО в приложении', 'Service booking in the app']],
      ['callCentre', ['Колл-центр сервиса', 'Service call centre']],
      ['sms', ['SMS о готовности машины', 'SMS when the car is ready']],
    ],
    experience: [['Согласовали список работ заранее, машину отдали в тот же день', 'The work list was agreed beforehand; the car was back the same day']],
    emotion: 1,
    barriers: [['low', ['Нет онлайн-согласования дополнительных работ', 'No way to approve extra work online']]],
    recommendations: [['Согласование доп. работ в приложении с ценой', 'Approve extra work in the app with its price']],
    answers: [[0, 0]],
  },
];
